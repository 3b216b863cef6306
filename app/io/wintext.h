#pragma once

// UTF-16 -> UTF-8 for the Windows seams (nativeio_win, liveeventlog_win, kerberosticket_win):
// one conversion, free of Qt, included by Windows-only sources.
#include <windows.h>

#include <string>

namespace Gpsi::WinText {

// `length` in UTF-16 units, or < 0 for a null-terminated text. Trailing null characters (a
// buffer's terminator counted into its length) are not part of the text.
inline std::string narrow(const wchar_t *text, int length = -1)
{
    if (!text || length == 0)
        return {};
    const int size = WideCharToMultiByte(CP_UTF8, 0, text, length, nullptr, 0, nullptr, nullptr);
    if (size <= 0)
        return {};
    std::string out(size_t(size), '\0');
    WideCharToMultiByte(CP_UTF8, 0, text, length, out.data(), size, nullptr, nullptr);
    while (!out.empty() && out.back() == '\0')
        out.pop_back();
    return out;
}

} // namespace Gpsi::WinText

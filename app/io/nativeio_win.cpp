#include "nativeio.h"
#include "wintext.h"

#include <windows.h>

#include <cstdio>
#include <cstring>
#include <cwctype>

namespace Gpsi::NativeIo {

namespace {

std::string systemMessage(DWORD code)
{
    wchar_t *buffer = nullptr;
    const DWORD n = FormatMessageW(
        FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
        nullptr, code, 0, reinterpret_cast<wchar_t *>(&buffer), 0, nullptr);
    std::string text = n ? WinText::narrow(buffer, int(n)) : "error " + std::to_string(code);
    LocalFree(buffer);
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == '.'))
        text.pop_back();
    return text;
}

Status fromWin32(DWORD code)
{
    Status s;
    s.code = int(code);
    s.detail = systemMessage(code);
    switch (code) {
    case ERROR_FILE_NOT_FOUND:
        s.error = Error::NotFound;
        break;
    case ERROR_PATH_NOT_FOUND:
    case ERROR_INVALID_DRIVE:
    case ERROR_BAD_NETPATH:
        s.error = Error::NoParent;
        break;
    case ERROR_WRITE_PROTECT:
        s.error = Error::ReadOnly;
        break;
    case ERROR_ACCESS_DENIED:
    case ERROR_PRIVILEGE_NOT_HELD:
        s.error = Error::AccessDenied;
        break;
    case ERROR_DISK_FULL:
    case ERROR_HANDLE_DISK_FULL:
    case 1295: // ERROR_DISK_QUOTA_EXCEEDED (not in every SDK)
        s.error = Error::NoSpace;
        break;
    case ERROR_SHARING_VIOLATION:
    case ERROR_LOCK_VIOLATION:
    case ERROR_USER_MAPPED_FILE:
    case ERROR_UNABLE_TO_REMOVE_REPLACED:
        s.error = Error::Busy;
        break;
    case ERROR_BROKEN_PIPE:
    case ERROR_NO_DATA:
    case ERROR_PIPE_NOT_CONNECTED:
        s.error = Error::BrokenPipe;
        break;
    case ERROR_CANT_RESOLVE_FILENAME:
        s.error = Error::LinkLoop;
        break;
    default:
        s.error = Error::Other;
        break;
    }
    return s;
}

Status lastError()
{
    return fromWin32(GetLastError());
}

Status failure(Error error)
{
    Status s;
    s.error = error;
    return s;
}

std::wstring lower(std::wstring text)
{
    for (wchar_t &c : text)
        c = wchar_t(std::towlower(c));
    return text;
}

// Win32 device names (NUL, CON, COM1, ...) mean the device in any folder and with any
// extension ("C:\reports\nul.txt" is NUL); "\\.\" names a device or pipe outright.
Kind deviceKind(const std::wstring &path)
{
    const std::wstring l = lower(path);
    if (l.rfind(L"\\\\.\\pipe\\", 0) == 0 || l.rfind(L"//./pipe/", 0) == 0)
        return Kind::Fifo;
    if (l.rfind(L"\\\\.\\", 0) == 0 || l.rfind(L"//./", 0) == 0) {
        const std::wstring rest = l.substr(4);
        const bool disk = rest.rfind(L"physicaldrive", 0) == 0 ||
                          (rest.size() == 2 && rest[1] == L':') ||
                          rest.rfind(L"harddisk", 0) == 0 || rest.rfind(L"volume", 0) == 0;
        return disk ? Kind::BlockDevice : Kind::CharDevice;
    }
    const std::size_t slash = l.find_last_of(L"\\/:");
    std::wstring name = slash == std::wstring::npos ? l : l.substr(slash + 1);
    name = name.substr(0, name.find(L'.'));
    while (!name.empty() && (name.back() == L' '))
        name.pop_back();
    static const wchar_t *const reserved[] = {L"con", L"prn",    L"aux",
                                              L"nul", L"conin$", L"conout$"};
    for (const wchar_t *r : reserved) {
        if (name == r)
            return Kind::CharDevice;
    }
    if (name.size() == 4 && (name.rfind(L"com", 0) == 0 || name.rfind(L"lpt", 0) == 0) &&
        name[3] >= L'1' && name[3] <= L'9')
        return Kind::CharDevice;
    return Kind::Missing; // not a device name
}

std::wstring dirName(const std::wstring &path)
{
    const std::size_t slash = path.find_last_of(L"\\/");
    if (slash == std::wstring::npos)
        return L".";
    return path.substr(0, slash == 0 || (slash == 2 && path[1] == L':') ? slash + 1 : slash);
}

// The path with every reparse point followed (GetFinalPathNameByHandleW), or empty.
std::wstring finalPath(HANDLE h)
{
    std::wstring out(MAX_PATH, L'\0');
    DWORD n = GetFinalPathNameByHandleW(h, out.data(), DWORD(out.size()), FILE_NAME_NORMALIZED);
    if (n >= out.size()) {
        out.resize(n + 1);
        n = GetFinalPathNameByHandleW(h, out.data(), DWORD(out.size()), FILE_NAME_NORMALIZED);
    }
    out.resize(n < out.size() ? n : 0);
    return out;
}

Kind kindOfHandle(HANDLE h, bool *readOnly)
{
    *readOnly = false;
    switch (GetFileType(h)) {
    case FILE_TYPE_CHAR:
        return Kind::CharDevice;
    case FILE_TYPE_PIPE:
        return Kind::Fifo;
    case FILE_TYPE_DISK:
        break;
    default:
        return Kind::Other;
    }
    BY_HANDLE_FILE_INFORMATION info{};
    if (!GetFileInformationByHandle(h, &info))
        return Kind::Other;
    *readOnly = (info.dwFileAttributes & FILE_ATTRIBUTE_READONLY) != 0;
    return (info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) ? Kind::Directory : Kind::Regular;
}

Status writeAll(HANDLE h, const char *data, std::size_t size)
{
    while (size > 0) {
        const DWORD chunk = size > 0x40000000u ? 0x40000000u : DWORD(size);
        DWORD written = 0;
        if (!WriteFile(h, data, chunk, &written, nullptr))
            return lastError();
        if (written == 0)
            return fromWin32(ERROR_DISK_FULL);
        data += written;
        size -= written;
    }
    return {};
}

} // namespace

Status resolve(const Path &given, Target *out)
{
    out->given = given;
    out->resolved = given;
    out->viaLink = false;
    const Kind device = deviceKind(given);
    if (device != Kind::Missing) {
        out->kind = device;
        return {};
    }
    const DWORD attributes = GetFileAttributesW(given.c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES) {
        const DWORD e = GetLastError();
        if (e != ERROR_FILE_NOT_FOUND && e != ERROR_PATH_NOT_FOUND)
            return fromWin32(e);
        out->kind = Kind::Missing;
        return {};
    }
    // Opening without access rights follows every reparse point to the final file.
    HANDLE h = CreateFileW(given.c_str(), 0, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                           nullptr, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (h == INVALID_HANDLE_VALUE) {
        // A dangling link: the replacement would overwrite the link itself, so refuse.
        if (attributes & FILE_ATTRIBUTE_REPARSE_POINT)
            return fromWin32(ERROR_CANT_RESOLVE_FILENAME);
        return lastError();
    }
    bool readOnly = false;
    out->kind = kindOfHandle(h, &readOnly);
    // The final path also when no reparse attribute shows (a link inside a linked folder).
    out->viaLink = (attributes & FILE_ATTRIBUTE_REPARSE_POINT) != 0;
    if (out->kind == Kind::Regular) {
        const std::wstring final = finalPath(h);
        if (!final.empty())
            out->resolved = final;
    }
    CloseHandle(h);
    return {};
}

struct Sink::Impl
{
    HANDLE handle = INVALID_HANDLE_VALUE;
    bool ownsHandle = true;
    bool atomic = false;
    bool replacing = false;
    std::wstring tempPath;
    std::wstring finalPath;
    Status firstError;
};

Sink::Sink()
    : d(std::make_unique<Impl>())
{}

Sink::~Sink()
{
    discard();
}

Status check(const Target &target)
{
    const std::wstring &path = target.resolved;
    switch (target.kind) {
    case Kind::Directory:
        return failure(Error::IsDirectory);
    case Kind::BlockDevice:
        return failure(Error::BlockDevice);
    case Kind::Other:
    case Kind::Socket:
        return failure(Error::Other);
    case Kind::CharDevice:
    case Kind::Fifo:
        return {};
    case Kind::Regular: {
        const DWORD attributes = GetFileAttributesW(path.c_str());
        if (attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_READONLY))
            return failure(Error::ReadOnly);
        return {};
    }
    case Kind::Missing: {
        const DWORD parent = GetFileAttributesW(dirName(path).c_str());
        if (parent == INVALID_FILE_ATTRIBUTES || !(parent & FILE_ATTRIBUTE_DIRECTORY))
            return failure(Error::NoParent);
        return {};
    }
    }
    return failure(Error::Other);
}

Status Sink::open(const Target &target)
{
    discard();
    if (const Status s = check(target); !s.ok())
        return s;
    const std::wstring &path = target.resolved;
    if (target.kind == Kind::CharDevice || target.kind == Kind::Fifo) {
        d->handle = CreateFileW(path.c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                                nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
        return d->handle == INVALID_HANDLE_VALUE ? lastError() : Status{};
    }
    d->replacing = target.kind == Kind::Regular;
    wchar_t temp[MAX_PATH + 1] = {};
    if (!GetTempFileNameW(dirName(path).c_str(), L"gps", 0, temp))
        return lastError();
    d->tempPath = temp;
    d->handle = CreateFileW(temp, GENERIC_WRITE, 0, nullptr, TRUNCATE_EXISTING,
                            FILE_ATTRIBUTE_NORMAL, nullptr);
    if (d->handle == INVALID_HANDLE_VALUE) {
        const Status s = lastError();
        discard();
        return s;
    }
    d->finalPath = path;
    d->atomic = true;
    return {};
}

// Windows hands out handles, not the lowest free number: nothing can take stdout's place.
void protectStandardDescriptors()
{
    // A console program, or output redirected to a file or pipe: the handles are there.
    const auto usable = [](HANDLE h) { return h != nullptr && h != INVALID_HANDLE_VALUE; };
    if (usable(GetStdHandle(STD_OUTPUT_HANDLE)) || usable(GetStdHandle(STD_ERROR_HANDLE)))
        return;
    // gpsi-doctor.exe (GUI subsystem) typed in cmd: the shell does not wait for it, but its
    // output can still go to that console. Started from Explorer there is none to attach to.
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return;
    const HANDLE console =
        CreateFileW(L"CONOUT$", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                    nullptr, OPEN_EXISTING, 0, nullptr);
    if (!usable(console))
        return;
    SetStdHandle(STD_OUTPUT_HANDLE, console);
    SetStdHandle(STD_ERROR_HANDLE, console);
    // The C runtime's streams were set up without handles; point them at the console too.
    FILE *ignored = nullptr;
    ignored = std::freopen("CONOUT$", "w", stdout);
    ignored = std::freopen("CONOUT$", "w", stderr);
    (void)ignored;
}

bool interactiveDesktop()
{
    USEROBJECTFLAGS flags{};
    HWINSTA station = GetProcessWindowStation();
    if (!station || !GetUserObjectInformationW(station, UOI_FLAGS, &flags, sizeof flags, nullptr))
        return true; // cannot tell: assume a desktop, as Windows programs do
    return (flags.dwFlags & WSF_VISIBLE) != 0;
}

std::string wineVersion()
{
    // Wine's ntdll exports wine_get_version; Windows' does not.
    using Getter = const char *(*)();
    const HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    const FARPROC proc = ntdll ? GetProcAddress(ntdll, "wine_get_version") : nullptr;
    if (!proc)
        return {};
    Getter getter = nullptr;
    static_assert(sizeof getter == sizeof proc);
    std::memcpy(&getter, &proc, sizeof getter); // a function pointer cast, without UB warnings
    const char *version = getter();
    return version ? version : "unknown";
}

Status Sink::openStandardOutput()
{
    discard();
    d->handle = GetStdHandle(STD_OUTPUT_HANDLE);
    d->ownsHandle = false;
    return d->handle == INVALID_HANDLE_VALUE || d->handle == nullptr ? lastError() : Status{};
}

Status Sink::write(const char *data, std::size_t size)
{
    if (!d->firstError.ok())
        return d->firstError;
    if (d->handle == INVALID_HANDLE_VALUE)
        return fromWin32(ERROR_INVALID_HANDLE);
    d->firstError = writeAll(d->handle, data, size);
    return d->firstError;
}

Status Sink::commit()
{
    Status s = d->firstError;
    if (d->handle == INVALID_HANDLE_VALUE)
        return s.ok() ? fromWin32(ERROR_INVALID_HANDLE) : s;
    if (s.ok() && d->atomic && !FlushFileBuffers(d->handle))
        s = lastError();
    if (d->ownsHandle)
        CloseHandle(d->handle);
    d->handle = INVALID_HANDLE_VALUE;
    if (s.ok() && d->atomic) {
        // ReplaceFileW keeps the old file's ACL and attributes. Another program (an editor, a
        // virus scanner) may hold the file for a moment: retry for about two seconds.
        for (int attempt = 0; attempt < 20; ++attempt) {
            const BOOL moved =
                d->replacing ? ReplaceFileW(d->finalPath.c_str(), d->tempPath.c_str(), nullptr,
                                            REPLACEFILE_IGNORE_MERGE_ERRORS, nullptr, nullptr)
                             : MoveFileExW(d->tempPath.c_str(), d->finalPath.c_str(),
                                           MOVEFILE_WRITE_THROUGH);
            if (moved) {
                d->tempPath.clear();
                s = {};
                break;
            }
            s = lastError();
            if (s.error != Error::Busy && s.error != Error::AccessDenied)
                break;
            Sleep(100);
        }
    }
    discard();
    return s;
}

void Sink::discard()
{
    if (d->handle != INVALID_HANDLE_VALUE && d->ownsHandle)
        CloseHandle(d->handle);
    d->handle = INVALID_HANDLE_VALUE;
    d->ownsHandle = true;
    if (!d->tempPath.empty())
        DeleteFileW(d->tempPath.c_str());
    d->tempPath.clear();
    d->atomic = false;
    d->replacing = false;
    d->firstError = {};
}

bool Sink::isAtomic() const
{
    return d->atomic;
}

Status inspectInput(const Path &path, InputInfo *out)
{
    const Kind device = deviceKind(path);
    if (device != Kind::Missing) {
        out->kind = device;
        out->size = 0;
        return {};
    }
    HANDLE h = CreateFileW(path.c_str(), 0, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                           nullptr, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return lastError();
    bool readOnly = false;
    out->kind = kindOfHandle(h, &readOnly);
    LARGE_INTEGER size{};
    out->size = (out->kind == Kind::Regular && GetFileSizeEx(h, &size)) ? size.QuadPart : 0;
    CloseHandle(h);
    return {};
}

Status sniffStream(const Path &path, std::size_t max, int timeoutMs, std::string *out)
{
    out->clear();
    HANDLE h = CreateFileW(path.c_str(), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr,
                           OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return lastError();
    // Console and pipe reads block: only read what a pipe already holds, within the time.
    const ULONGLONG deadline = GetTickCount64() + ULONGLONG(timeoutMs);
    std::string buffer(max, '\0');
    Status s;
    while (out->size() < max) {
        DWORD want = DWORD(max - out->size());
        if (GetFileType(h) == FILE_TYPE_PIPE) {
            DWORD available = 0;
            if (!PeekNamedPipe(h, nullptr, 0, nullptr, &available, nullptr))
                break;
            if (available == 0) {
                if (GetTickCount64() >= deadline)
                    break;
                Sleep(10);
                continue;
            }
            want = available < want ? available : want;
        } else if (GetFileType(h) != FILE_TYPE_DISK) {
            break; // a console or other device: never wait on it
        }
        DWORD got = 0;
        if (!ReadFile(h, buffer.data(), want, &got, nullptr)) {
            const Status e = lastError();
            if (e.error != Error::BrokenPipe)
                s = e;
            break;
        }
        if (got == 0)
            break;
        out->append(buffer.data(), got);
    }
    CloseHandle(h);
    return s;
}

std::int64_t currentSize(const Path &path)
{
    WIN32_FILE_ATTRIBUTE_DATA data{};
    if (!GetFileAttributesExW(path.c_str(), GetFileExInfoStandard, &data))
        return -1;
    return (std::int64_t(data.nFileSizeHigh) << 32) | data.nFileSizeLow;
}

// Sparse files are rare on Windows and asking (FSCTL_QUERY_ALLOCATED_RANGES) needs a handle
// Qt does not expose as an int: never a hole.
bool isHole(int, std::uint64_t, std::uint64_t)
{
    return false;
}

// The working set is trimmed by the system; nothing to do.
void releaseMapped(const void *, std::size_t) {}

// A mapped file cannot be truncated on Windows (ERROR_USER_MAPPED_FILE): nothing to guard.
MappingGuard::MappingGuard(const void *, std::size_t) {}
MappingGuard::~MappingGuard() = default;
bool MappingGuard::faulted() const
{
    return false;
}

} // namespace Gpsi::NativeIo

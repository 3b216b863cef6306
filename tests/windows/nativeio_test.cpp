// The Windows side of the output and input seam (app/io/nativeio_win.cpp) against Windows'
// own notions: NUL, a named pipe, the read-only attribute, a folder, a missing folder, a file
// another program holds open, a symbolic link (where it can be made) and a dangling one.
// Built with mingw-w64 (no Qt) by ctest, run under Wine where it is installed:
//   nativeio_test.exe SCRATCH_DIR      prints "N passed, N failed"; exit status 0 when all pass
#include "io/nativeio.h"

#include <windows.h>

#include <cstdio>
#include <string>
#include <thread>

using namespace Gpsi::NativeIo;

namespace {

int g_passed = 0;
int g_failed = 0;

void check(bool ok, const char *what, const Status &s = {})
{
    if (ok) {
        ++g_passed;
        return;
    }
    ++g_failed;
    std::printf("FAIL: %s (error %d: %s)\n", what, s.code, s.detail.c_str());
}

std::string readFile(const std::wstring &path)
{
    HANDLE h = CreateFileW(path.c_str(), GENERIC_READ, FILE_SHARE_READ, nullptr, OPEN_EXISTING, 0,
                           nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return "<unreadable>";
    std::string out;
    char buffer[4096];
    DWORD got = 0;
    while (ReadFile(h, buffer, sizeof buffer, &got, nullptr) && got > 0)
        out.append(buffer, got);
    CloseHandle(h);
    return out;
}

Status writeTo(const std::wstring &path, const std::string &bytes)
{
    Target target;
    Status s = resolve(path, &target);
    Sink sink;
    if (s.ok())
        s = sink.open(target);
    if (s.ok())
        s = sink.write(bytes.data(), bytes.size());
    if (s.ok())
        s = sink.commit();
    return s;
}

int filesIn(const std::wstring &dir)
{
    WIN32_FIND_DATAW data;
    HANDLE h = FindFirstFileW((dir + L"\\*").c_str(), &data);
    int n = 0;
    if (h == INVALID_HANDLE_VALUE)
        return -1;
    do {
        const std::wstring name = data.cFileName;
        n += name != L"." && name != L"..";
    } while (FindNextFileW(h, &data));
    FindClose(h);
    return n;
}

void regularFiles(const std::wstring &dir)
{
    const std::wstring file = dir + L"\\r.json";
    Status s = writeTo(file, "old");
    check(s.ok() && readFile(file) == "old", "a new file is written", s);
    s = writeTo(file, "new report");
    check(s.ok() && readFile(file) == "new report", "an existing file is replaced", s);
    check(filesIn(dir) == 1, "no temporary file is left");

    SetFileAttributesW(file.c_str(), FILE_ATTRIBUTE_READONLY);
    s = writeTo(file, "x");
    check(s.error == Error::ReadOnly, "a read-only file is refused", s);
    check(readFile(file) == "new report", "the read-only file is unchanged");
    SetFileAttributesW(file.c_str(), FILE_ATTRIBUTE_NORMAL);

    s = writeTo(dir, "x");
    check(s.error == Error::IsDirectory, "a folder is refused", s);
    s = writeTo(dir + L"\\no\\such\\r.txt", "x");
    check(s.error == Error::NoParent, "a missing folder is named", s);
}

void heldOpen(const std::wstring &dir)
{
    // An editor or a virus scanner holding the report open without sharing.
    const std::wstring file = dir + L"\\held.html";
    writeTo(file, "old");
    HANDLE h = CreateFileW(file.c_str(), GENERIC_READ, 0, nullptr, OPEN_EXISTING, 0, nullptr);
    check(h != INVALID_HANDLE_VALUE, "the file can be held open");
    const Status s = writeTo(file, "new");
    CloseHandle(h);
    check(s.error == Error::Busy || s.error == Error::AccessDenied,
          "a file held open is reported as in use", s);
    check(readFile(file) == "old", "the held file is unchanged");
    const Status again = writeTo(file, "new");
    check(again.ok() && readFile(file) == "new", "once released it is replaced", again);
}

void devices()
{
    for (const wchar_t *name : {L"NUL", L"nul", L"\\\\.\\NUL"}) {
        Target target;
        resolve(name, &target);
        check(target.kind == Kind::CharDevice, "NUL is a device");
        const Status s = writeTo(name, "report");
        check(s.ok(), "NUL takes the report", s);
    }
    Target disk;
    resolve(L"\\\\.\\PhysicalDrive0", &disk);
    check(disk.kind == Kind::BlockDevice, "a physical drive is a block device");
    Sink sink;
    check(sink.open(disk).error == Error::BlockDevice, "a physical drive is never written");

    std::string head = "unchanged";
    const Status s = sniffStream(L"NUL", 4096, 500, &head);
    check(s.ok() && head.empty(), "NUL gives no data and no wait", s);
    InputInfo info;
    check(inspectInput(L"NUL", &info).ok() && info.kind == Kind::CharDevice,
          "NUL as input is a device");
}

void namedPipe()
{
    const std::wstring name =
        L"\\\\.\\pipe\\gpsi-doctor-test-" + std::to_wstring(GetCurrentProcessId());
    HANDLE pipe = CreateNamedPipeW(name.c_str(), PIPE_ACCESS_INBOUND, PIPE_TYPE_BYTE | PIPE_WAIT, 1,
                                   0, 65536, 0, nullptr);
    check(pipe != INVALID_HANDLE_VALUE, "a named pipe can be made");
    if (pipe == INVALID_HANDLE_VALUE)
        return;
    std::string received;
    std::thread reader([&] {
        ConnectNamedPipe(pipe, nullptr);
        char buffer[4096];
        DWORD got = 0;
        while (ReadFile(pipe, buffer, sizeof buffer, &got, nullptr) && got > 0)
            received.append(buffer, got);
    });
    std::string report;
    for (int i = 0; i < 5000; ++i)
        report += "{\"line\": " + std::to_string(i) + "}\n";
    Target target;
    resolve(name, &target);
    check(target.kind == Kind::Fifo, "a named pipe is a pipe");
    const Status s = writeTo(name, report);
    reader.join();
    CloseHandle(pipe);
    check(s.ok(), "the pipe takes the report", s);
    check(received == report, "the pipe's reader gets all of it");
}

void links(const std::wstring &dir)
{
    const std::wstring target = dir + L"\\target.txt";
    const std::wstring link = dir + L"\\link.txt";
    writeTo(target, "old");
    if (!CreateSymbolicLinkW(link.c_str(), target.c_str(), 0x2 /* unprivileged create */) &&
        !CreateSymbolicLinkW(link.c_str(), target.c_str(), 0)) {
        std::printf("SKIP: symbolic links cannot be made here (error %lu)\n", GetLastError());
        return;
    }
    const DWORD made = GetFileAttributesW(link.c_str());
    if (made == INVALID_FILE_ATTRIBUTES || !(made & FILE_ATTRIBUTE_REPARSE_POINT)) {
        // Wine keeps such links as Unix symlinks that do not show as reparse points.
        std::printf("SKIP: this system does not show symbolic links as reparse points\n");
        return;
    }
    const Status s = writeTo(link, "through the link");
    check(s.ok(), "a link is followed", s);
    check(readFile(target) == "through the link", "the link's target holds the report");
    const DWORD attributes = GetFileAttributesW(link.c_str());
    check(attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_REPARSE_POINT),
          "the link stays a link");
    DeleteFileW(target.c_str());
    const Status dangling = writeTo(link, "x");
    check(!dangling.ok(), "a dangling link is refused, not replaced", dangling);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::printf("usage: nativeio_test.exe SCRATCH_DIR\n");
        return 2;
    }
    const std::string narrow = argv[1];
    std::wstring dir(narrow.begin(), narrow.end());
    CreateDirectoryW(dir.c_str(), nullptr);
    dir += L"\\run-" + std::to_wstring(GetCurrentProcessId()) + L"-" +
           std::to_wstring(GetTickCount64()); // a fresh folder for each run
    CreateDirectoryW(dir.c_str(), nullptr);
    regularFiles(dir);
    heldOpen(dir);
    devices();
    namedPipe();
    links(dir);
    std::printf("%d passed, %d failed\n", g_passed, g_failed);
    return g_failed == 0 ? 0 : 1;
}

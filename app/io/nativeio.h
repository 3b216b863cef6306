#pragma once

// Platform seam for every file the tool writes and for the first look at every file a user
// gives it, free of Qt so that the Windows side compiles with a bare mingw-w64. Two
// implementations, one chosen at build time:
//   nativeio_posix.cpp  open/write/fsync/rename, lstat/readlink, a SIGBUS guard for mappings
//   nativeio_win.cpp    CreateFileW/GetFileType/ReplaceFileW/MoveFileExW, reserved device names
// Why not QSaveFile: it renames a temporary file over whatever the name points at, which
// replaces /dev/null, a FIFO or a symlink with a regular file, and it can report success after
// a short write on a full disk. OutputFile (outputfile.h) is the Qt face of this seam.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace Gpsi::NativeIo {

#ifdef _WIN32
using Path = std::wstring;
#else
using Path = std::string; // bytes, as the file system takes them (QFile::encodeName)
#endif

// What a name refers to once every symbolic link (reparse point) on the way is followed.
enum class Kind { Missing, Regular, Directory, CharDevice, BlockDevice, Fifo, Socket, Other };

// The few outcomes a user is told apart; `code` keeps the OS's own number.
enum class Error {
    None,
    NoParent,     // the folder the file would go into does not exist (or is not a folder)
    IsDirectory,  // the name is a folder
    ReadOnly,     // the file, its folder or the file system is read-only
    AccessDenied, // permissions
    NoSpace,      // disk or quota full (ENOSPC, EDQUOT, ERROR_DISK_FULL)
    Busy,         // held open by another process (Windows sharing violation)
    BlockDevice,  // a disk: never written to
    LinkLoop,     // too many symbolic links
    BrokenPipe,   // the reader of a pipe or socket went away
    NotFound,     // reading: no such file
    Other,
};

struct Status
{
    Error error = Error::None;
    int code = 0;       // errno or GetLastError()
    std::string detail; // the OS's text for `code`, UTF-8
    bool ok() const { return error == Error::None; }
};

struct Target
{
    Path given;    // as the user wrote it
    Path resolved; // after following links; where the bytes go
    Kind kind = Kind::Missing;
    bool viaLink = false; // `given` was (or passed through) a symbolic link
    // /dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N: this process's own open descriptor
    // N, written to as it is (a pipe, a terminal, a file the shell opened with > or >>).
    int descriptor = -1;
};

// Follows links (a dangling link resolves to the path it names) and classifies the result.
// Fails only for a link loop or an unreadable link.
Status resolve(const Path &given, Target *out);

// What open() would refuse, found without creating or opening anything: to fail before a long
// run rather than after it. (open() checks again: things change.)
Status check(const Target &target);

// One output. Regular and new files are written to a temporary file beside the target and
// renamed over it by commit(), keeping the old file's permissions (and owner, as root); an
// existing device, FIFO or socket is written to directly; a folder, a block device, a missing
// parent folder or a read-only target is refused by open().
class Sink
{
public:
    Sink();
    ~Sink(); // an uncommitted temporary file is removed
    Sink(const Sink &) = delete;
    Sink &operator=(const Sink &) = delete;

    Status open(const Target &target);
    Status openStandardOutput();
    Status write(const char *data, std::size_t size); // all of it, or an error
    Status commit();                                  // flush; rename for an atomic replace
    void discard();
    bool isAtomic() const; // a temporary file is renamed over the target on commit()

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Call first thing in main(): a standard descriptor (0, 1, 2) the tool was started without is
// pointed at the null device, so that no file the tool opens later takes its number and gets
// the report; writing to "-" or /dev/stdout then fails with "closed" instead. On Windows, a
// GUI-subsystem program started from a console has no standard output at all: it attaches to
// that console so that help, errors and reports still reach the user.
void protectStandardDescriptors();

// Windows: whether this process's window station is the visible, interactive one (false for a
// service, a scheduled task "run whether logged on or not", an SSH or WinRM shell), i.e.
// whether a window would be seen. Elsewhere true: the display variables decide there.
bool interactiveDesktop();

// Windows: Wine's version ("8.0") when the program runs under Wine, else empty. Elsewhere empty.
std::string wineVersion();

// Reading a user's input: what it is, and for a device or pipe a bounded first look.
struct InputInfo
{
    Kind kind = Kind::Missing;
    std::uint64_t size = 0; // regular files
};
Status inspectInput(const Path &path, InputInfo *out);

// Up to `max` bytes from a non-regular input (character device, FIFO, socket), opened without
// blocking and given at most `timeoutMs` for data: /dev/zero and /dev/urandom answer at once,
// a silent pipe or terminal does not hold the tool.
Status sniffStream(const Path &path, std::size_t max, int timeoutMs, std::string *out);

// While alive, a read-only mapping of a regular file survives the file being truncated under
// it: pages past the new end read as zeros instead of killing the process with SIGBUS, and
// faulted() says it happened (POSIX; on Windows a mapped file cannot be truncated).
class MappingGuard
{
public:
    MappingGuard(const void *base, std::size_t size);
    ~MappingGuard();
    MappingGuard(const MappingGuard &) = delete;
    MappingGuard &operator=(const MappingGuard &) = delete;
    bool faulted() const;

private:
    int m_slot = -1;
};

// Whether [offset, offset + length) of an open file (its descriptor) is a hole of a sparse
// file: SEEK_DATA on POSIX; false where that cannot be asked.
bool isHole(int fd, std::uint64_t offset, std::uint64_t length);

// Drops the pages of a read-only file mapping in [data, data + size) from this process's
// memory (they are read again from the file if touched). Never use it on anything but a file
// mapping: anonymous memory would read back as zeros.
void releaseMapped(const void *data, std::size_t size);

// The file's size now (to tell how far it shrank), or -1.
std::int64_t currentSize(const Path &path);

} // namespace Gpsi::NativeIo

#include "nativeio.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <mutex>
#include <random>

#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

namespace Gpsi::NativeIo {

namespace {

Status fromErrno(int e, Error fallback = Error::Other)
{
    Status s;
    s.code = e;
    switch (e) {
    case ENOENT:
        s.error = Error::NotFound;
        break;
    case ENOTDIR:
        s.error = Error::NoParent;
        break;
    case EISDIR:
        s.error = Error::IsDirectory;
        break;
    case EROFS:
        s.error = Error::ReadOnly;
        break;
    case EACCES:
    case EPERM:
        s.error = Error::AccessDenied;
        break;
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
        s.error = Error::NoSpace;
        break;
    case EPIPE:
    case ECONNRESET:
        s.error = Error::BrokenPipe;
        break;
    case ELOOP:
        s.error = Error::LinkLoop;
        break;
    case ETXTBSY:
        s.error = Error::Busy;
        break;
    default:
        s.error = fallback;
        break;
    }
    s.detail = std::strerror(e);
    return s;
}

Status failure(Error error, int code = 0)
{
    Status s = fromErrno(code);
    s.error = error;
    if (code == 0)
        s.detail.clear();
    return s;
}

std::string dirName(const std::string &path)
{
    const std::size_t slash = path.find_last_of('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

std::string baseName(const std::string &path)
{
    const std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

Kind kindOf(mode_t mode)
{
    if (S_ISREG(mode))
        return Kind::Regular;
    if (S_ISDIR(mode))
        return Kind::Directory;
    if (S_ISCHR(mode))
        return Kind::CharDevice;
    if (S_ISBLK(mode))
        return Kind::BlockDevice;
    if (S_ISFIFO(mode))
        return Kind::Fifo;
    if (S_ISSOCK(mode))
        return Kind::Socket;
    return Kind::Other;
}

// A write to a pipe or socket whose reader has gone raises SIGPIPE, which would end the
// process without a word: block it for this thread while writing and swallow a pending one,
// so the write fails with EPIPE and the user is told.
class SigpipeBlock
{
public:
    SigpipeBlock()
    {
        sigemptyset(&m_set);
        sigaddset(&m_set, SIGPIPE);
        sigset_t pending;
        sigpending(&pending);
        m_wasPending = sigismember(&pending, SIGPIPE) == 1;
        pthread_sigmask(SIG_BLOCK, &m_set, &m_old);
    }
    ~SigpipeBlock()
    {
        sigset_t pending;
        sigpending(&pending);
        if (!m_wasPending && sigismember(&pending, SIGPIPE) == 1) {
            const timespec zero{0, 0};
            sigtimedwait(&m_set, nullptr, &zero);
        }
        pthread_sigmask(SIG_SETMASK, &m_old, nullptr);
    }
    SigpipeBlock(const SigpipeBlock &) = delete;
    SigpipeBlock &operator=(const SigpipeBlock &) = delete;

private:
    sigset_t m_set;
    sigset_t m_old;
    bool m_wasPending = false;
};

Status writeAll(int fd, const char *data, std::size_t size)
{
    SigpipeBlock block;
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n > 0) {
            data += n;
            size -= std::size_t(n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            pollfd p{fd, POLLOUT, 0};
            ::poll(&p, 1, -1);
            continue;
        }
        return fromErrno(n < 0 ? errno : ENOSPC);
    }
    return {};
}

int connectUnixSocket(const std::string &path)
{
    sockaddr_un addr{};
    if (path.size() >= sizeof(addr.sun_path)) {
        errno = ENAMETOOLONG;
        return -1;
    }
    addr.sun_family = AF_UNIX;
    std::memcpy(addr.sun_path, path.c_str(), path.size() + 1);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof(addr)) != 0) {
        const int e = errno;
        ::close(fd);
        errno = e;
        return -1;
    }
    return fd;
}

} // namespace

bool g_standardClosed[3] = {false, false, false};

// The descriptor a name stands for in this process (/dev/stdout, /dev/fd/1, /proc/self/fd/1),
// or -1. Their links point at "pipe:[...]" or at a file the shell opened: following them as
// names would fail, or reopen a file the shell opened for appending at its start.
int ownDescriptor(const std::string &path)
{
    if (path == "/dev/stdout")
        return STDOUT_FILENO;
    if (path == "/dev/stderr")
        return STDERR_FILENO;
    for (const char *prefix : {"/dev/fd/", "/proc/self/fd/"}) {
        const std::size_t n = std::strlen(prefix);
        if (path.compare(0, n, prefix) != 0 || path.size() == n || path.size() > n + 6)
            continue;
        if (path.find_first_not_of("0123456789", n) != std::string::npos)
            continue;
        return std::stoi(path.substr(n));
    }
    return -1;
}

Status resolve(const Path &given, Target *out)
{
    out->given = given;
    out->viaLink = false;
    out->descriptor = -1;
    std::string path = given;
    for (int hops = 0; hops <= 40; ++hops) {
        if (const int fd = ownDescriptor(path); fd >= 0) {
            if (fd <= STDERR_FILENO && g_standardClosed[fd])
                return failure(Error::Other, EBADF);
            struct stat st = {};
            if (::fstat(fd, &st) != 0)
                return fromErrno(errno);
            out->resolved = path;
            out->kind = kindOf(st.st_mode);
            out->descriptor = fd;
            return {};
        }
        struct stat st
        {};
        if (::lstat(path.c_str(), &st) != 0) {
            const int e = errno;
            if (e != ENOENT && e != ENOTDIR)
                return fromErrno(e);
            out->resolved = path;
            out->kind = Kind::Missing;
            return {};
        }
        if (!S_ISLNK(st.st_mode)) {
            out->resolved = path;
            out->kind = kindOf(st.st_mode);
            return {};
        }
        std::string link(std::size_t(st.st_size > 0 ? st.st_size : 4096) + 1, '\0');
        const ssize_t n = ::readlink(path.c_str(), link.data(), link.size());
        if (n < 0)
            return fromErrno(errno);
        link.resize(std::size_t(n));
        path = (!link.empty() && link.front() == '/') ? link : dirName(path) + "/" + link;
        out->viaLink = true;
    }
    return failure(Error::LinkLoop, ELOOP);
}

struct Sink::Impl
{
    int fd = -1;
    bool ownsFd = true;
    bool atomic = false;
    std::string tempPath;
    std::string finalPath;
    Status firstError;

    Status openTemp(const std::string &target, const struct stat *old);
};

Status Sink::Impl::openTemp(const std::string &target, const struct stat *old)
{
    std::random_device random;
    const std::string prefix = dirName(target) + "/." + baseName(target) + ".gpsi-";
    for (int attempt = 0; attempt < 100; ++attempt) {
        tempPath = prefix + std::to_string(random() % 1000000000u);
        // 0666 less the umask, like any new file; the old file's mode below when replacing.
        fd = ::open(tempPath.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOCTTY, 0666);
        if (fd >= 0)
            break;
        if (errno != EEXIST) {
            const Status s = fromErrno(errno);
            tempPath.clear();
            return s;
        }
    }
    if (fd < 0)
        return failure(Error::Other, EEXIST);
    if (old) {
        ::fchmod(fd, old->st_mode & 07777);
        if (::geteuid() == 0 && ::fchown(fd, old->st_uid, old->st_gid) != 0)
            ::fchmod(fd, old->st_mode & 0777); // no set-id bits for a different owner
    }
    finalPath = target;
    atomic = true;
    return {};
}

Sink::Sink()
    : d(std::make_unique<Impl>())
{}

Sink::~Sink()
{
    discard();
}

Status check(const Target &target)
{
    const std::string &path = target.resolved;
    const std::string folder = dirName(path);
    struct stat st = {};
    if (target.descriptor >= 0) {
        const int flags = ::fcntl(target.descriptor, F_GETFL);
        if (flags < 0)
            return fromErrno(errno);
        return (flags & O_ACCMODE) == O_RDONLY ? failure(Error::AccessDenied, EBADF) : Status{};
    }
    switch (target.kind) {
    case Kind::Directory:
        return failure(Error::IsDirectory, EISDIR);
    case Kind::BlockDevice:
        return failure(Error::BlockDevice);
    case Kind::Other:
        return failure(Error::Other);
    case Kind::CharDevice:
    case Kind::Fifo:
    case Kind::Socket:
        return ::access(path.c_str(), W_OK) == 0 ? Status{} : fromErrno(errno);
    case Kind::Regular:
        if (::stat(path.c_str(), &st) != 0)
            return fromErrno(errno);
        // Root may write anything: a file with no write bit at all is still read-only to us.
        if (::access(path.c_str(), W_OK) != 0)
            return errno == EACCES ? failure(Error::ReadOnly, EACCES) : fromErrno(errno);
        if ((st.st_mode & 0222) == 0)
            return failure(Error::ReadOnly);
        break;
    case Kind::Missing:
        if (::stat(folder.c_str(), &st) != 0)
            return errno == ENOENT ? failure(Error::NoParent, ENOENT) : fromErrno(errno);
        if (!S_ISDIR(st.st_mode))
            return failure(Error::NoParent, ENOTDIR);
        break;
    }
    // The temporary file goes into the same folder.
    return ::access(folder.c_str(), W_OK | X_OK) == 0 ? Status{} : fromErrno(errno);
}

Status Sink::open(const Target &target)
{
    discard();
    if (const Status s = check(target); !s.ok())
        return s;
    if (target.descriptor >= 0) {
        d->fd = target.descriptor;
        d->ownsFd = false;
        return {};
    }
    const std::string &path = target.resolved;
    switch (target.kind) {
    case Kind::CharDevice:
    case Kind::Fifo:
        // No O_CREAT, no O_TRUNC: the node stays what it is. A FIFO waits for its reader.
        d->fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
        return d->fd < 0 ? fromErrno(errno) : Status{};
    case Kind::Socket:
        d->fd = connectUnixSocket(path);
        return d->fd < 0 ? fromErrno(errno) : Status{};
    case Kind::Regular: {
        struct stat st = {};
        if (::stat(path.c_str(), &st) != 0)
            return fromErrno(errno);
        return d->openTemp(path, &st);
    }
    case Kind::Missing:
        return d->openTemp(path, nullptr);
    default:
        return failure(Error::Other);
    }
}

bool interactiveDesktop()
{
    return true;
}

std::string wineVersion()
{
    return {};
}

void protectStandardDescriptors()
{
    for (int fd = STDIN_FILENO; fd <= STDERR_FILENO; ++fd) {
        if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF)
            continue;
        g_standardClosed[fd] = true;
        const int null = ::open("/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY);
        if (null >= 0 && null != fd) {
            ::dup2(null, fd);
            ::close(null);
        }
    }
}

Status Sink::openStandardOutput()
{
    discard();
    if (g_standardClosed[STDOUT_FILENO])
        return failure(Error::Other, EBADF);
    d->fd = STDOUT_FILENO;
    d->ownsFd = false;
    return {};
}

Status Sink::write(const char *data, std::size_t size)
{
    if (!d->firstError.ok())
        return d->firstError;
    if (d->fd < 0)
        return failure(Error::Other, EBADF);
    d->firstError = writeAll(d->fd, data, size);
    return d->firstError;
}

Status Sink::commit()
{
    Status s = d->firstError;
    if (d->fd < 0)
        return s.ok() ? failure(Error::Other, EBADF) : s;
    // fsync before the rename: a delayed-allocation file system reports a full disk only here.
    if (s.ok() && d->atomic && ::fsync(d->fd) != 0)
        s = fromErrno(errno);
    if (d->ownsFd) {
        if (::close(d->fd) != 0 && s.ok() && errno != EINTR)
            s = fromErrno(errno);
    }
    d->fd = -1;
    if (s.ok() && d->atomic) {
        if (::rename(d->tempPath.c_str(), d->finalPath.c_str()) != 0)
            s = fromErrno(errno);
        else
            d->tempPath.clear();
    }
    discard();
    return s;
}

void Sink::discard()
{
    if (d->fd >= 0 && d->ownsFd)
        ::close(d->fd);
    d->fd = -1;
    d->ownsFd = true;
    if (!d->tempPath.empty())
        ::unlink(d->tempPath.c_str());
    d->tempPath.clear();
    d->atomic = false;
    d->firstError = {};
}

bool Sink::isAtomic() const
{
    return d->atomic;
}

Status inspectInput(const Path &path, InputInfo *out)
{
    struct stat st
    {};
    if (::stat(path.c_str(), &st) != 0)
        return fromErrno(errno);
    out->kind = kindOf(st.st_mode);
    out->size = S_ISREG(st.st_mode) ? std::uint64_t(st.st_size) : 0;
    return {};
}

Status sniffStream(const Path &path, std::size_t max, int timeoutMs, std::string *out)
{
    out->clear();
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return fromErrno(errno);
    timespec start{};
    clock_gettime(CLOCK_MONOTONIC, &start);
    std::string buffer(max, '\0');
    Status s;
    while (out->size() < max) {
        const ssize_t n = ::read(fd, buffer.data(), max - out->size());
        if (n > 0) {
            out->append(buffer.data(), std::size_t(n));
            continue;
        }
        if (n == 0)
            break; // end of data (or a FIFO with no writer)
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK) {
            s = fromErrno(errno);
            break;
        }
        timespec now{};
        clock_gettime(CLOCK_MONOTONIC, &now);
        const long elapsed =
            (now.tv_sec - start.tv_sec) * 1000 + (now.tv_nsec - start.tv_nsec) / 1000000;
        if (elapsed >= timeoutMs)
            break;
        pollfd p{fd, POLLIN, 0};
        ::poll(&p, 1, int(timeoutMs - elapsed));
    }
    ::close(fd);
    return s;
}

bool isHole(int fd, std::uint64_t offset, std::uint64_t length)
{
    if (fd < 0 || length == 0)
        return false;
    const off_t data = ::lseek(fd, off_t(offset), SEEK_DATA);
    if (data < 0)
        return errno == ENXIO; // no data from offset to the end
    return std::uint64_t(data) >= offset + length;
}

void releaseMapped(const void *data, std::size_t size)
{
    const auto page = std::uintptr_t(::sysconf(_SC_PAGESIZE));
    const auto begin = (reinterpret_cast<std::uintptr_t>(data) + page - 1) & ~(page - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(data) + size) & ~(page - 1);
    if (end > begin)
        ::madvise(reinterpret_cast<void *>(begin), end - begin, MADV_DONTNEED);
}

std::int64_t currentSize(const Path &path)
{
    struct stat st
    {};
    return ::stat(path.c_str(), &st) == 0 ? std::int64_t(st.st_size) : -1;
}

// ---- SIGBUS guard --------------------------------------------------------------------------

namespace {

constexpr int kGuardSlots = 64;

struct GuardSlot
{
    std::atomic<std::uintptr_t> base{0};
    std::atomic<std::size_t> size{0};
    std::atomic<bool> faulted{false};
};

GuardSlot g_slots[kGuardSlots];
struct sigaction g_previousBus
{};
std::uintptr_t g_pageSize = 4096;

void onSigbus(int sig, siginfo_t *info, void *context)
{
    const auto addr = reinterpret_cast<std::uintptr_t>(info->si_addr);
    for (GuardSlot &slot : g_slots) {
        const std::uintptr_t base = slot.base.load(std::memory_order_acquire);
        if (base <= 1 || addr < base || addr >= base + slot.size.load())
            continue;
        // The file shrank under the mapping: put a page of zeros where the file's page was and
        // let the reader go on; it sees zeros (damage it reports) and faulted() tells why.
        void *page = reinterpret_cast<void *>(addr & ~(g_pageSize - 1));
        if (::mmap(page, g_pageSize, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) !=
            MAP_FAILED) {
            slot.faulted.store(true);
            return;
        }
    }
    // Not ours: whatever handled SIGBUS before (by default, the end of the process).
    if (g_previousBus.sa_flags & SA_SIGINFO) {
        if (g_previousBus.sa_sigaction) {
            g_previousBus.sa_sigaction(sig, info, context);
            return;
        }
    } else if (g_previousBus.sa_handler != SIG_DFL && g_previousBus.sa_handler != SIG_IGN) {
        g_previousBus.sa_handler(sig);
        return;
    }
    ::signal(SIGBUS, SIG_DFL);
    ::raise(SIGBUS);
}

void installSigbusHandler()
{
    static std::once_flag once;
    std::call_once(once, [] {
        g_pageSize = std::uintptr_t(::sysconf(_SC_PAGESIZE));
        struct sigaction action
        {};
        action.sa_sigaction = onSigbus;
        action.sa_flags = SA_SIGINFO | SA_NODEFER;
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGBUS, &action, &g_previousBus);
    });
}

} // namespace

MappingGuard::MappingGuard(const void *base, std::size_t size)
{
    if (!base || size == 0)
        return;
    installSigbusHandler();
    // Reserve a free slot (base 1: taken, not yet armed), fill it, then arm it.
    for (int i = 0; i < kGuardSlots; ++i) {
        std::uintptr_t expected = 0;
        if (!g_slots[i].base.compare_exchange_strong(expected, 1))
            continue;
        g_slots[i].size.store(size);
        g_slots[i].faulted.store(false);
        g_slots[i].base.store(reinterpret_cast<std::uintptr_t>(base), std::memory_order_release);
        m_slot = i;
        return;
    }
}

MappingGuard::~MappingGuard()
{
    if (m_slot >= 0)
        g_slots[m_slot].base.store(0, std::memory_order_release);
}

bool MappingGuard::faulted() const
{
    return m_slot >= 0 && g_slots[m_slot].faulted.load();
}

} // namespace Gpsi::NativeIo

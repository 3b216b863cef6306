// OutputFile and InputFile against real file-system objects: regular files, symbolic links,
// folders, FIFOs, character devices (a pseudo-terminal, /dev/full, nodes made with mknod as
// root), a block device node, a Unix socket, a full tmpfs and a read-only mount (both as root,
// inside the tests' private mount namespace only), and inputs that are not files.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <atomic>
#include <thread>

#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "eventlog/eventreader.h"
#include "eventlog/logformat.h"
#include "io/inputfile.h"
#include "io/outputfile.h"
#include "support/evtxwriter.h"
#include "support/makeeventfixtures.h"

using Gpsi::InputFile;
using Gpsi::OutputFile;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

void writeRaw(const QString &path, const QByteArray &bytes)
{
    // Test setup, not the code under test: plain POSIX.
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    QVERIFY(fd >= 0);
    QCOMPARE(::write(fd, bytes.constData(), size_t(bytes.size())), ssize_t(bytes.size()));
    ::close(fd);
}

mode_t modeOf(const QString &path, bool followLinks = true)
{
    struct stat st
    {};
    const QByteArray p = QFile::encodeName(path);
    if ((followLinks ? ::stat(p.constData(), &st) : ::lstat(p.constData(), &st)) != 0)
        return 0;
    return st.st_mode;
}

bool privileged()
{
    return ::geteuid() == 0 && qEnvironmentVariable("GPSI_TEST_NETNS") == QLatin1String("1");
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                               QDir::NoDotAndDotDot);
}

const QByteArray kReport = QByteArray("{\"report\": \"new\"}\n").repeated(2000);

} // namespace

class TestSafeIo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newAndReplacedFile();
    void symlinksStayLinks();
    void refusesFolderMissingParentReadOnly();
    void fifoGetsWholeReport();
    void pseudoTerminalReceivesBytes();
    void devFullIsADiskFullError();
    void unixSocketReceivesBytes();
    void mknodNodes();
    void fullFileSystemKeepsOldFile();
    void readOnlyMount();
    void streamingDevice();
    void inputsThatAreNotFiles();
    void fifoInputIsRefusedInBoundedTime();
    void truncatedWhileRead();
};

void TestSafeIo::newAndReplacedFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("r.json"));
    QString error;
    QVERIFY2(OutputFile::write(file, "old\n", &error), qPrintable(error));
    QCOMPARE(readAll(file), QByteArray("old\n"));
    QVERIFY(::chmod(QFile::encodeName(file).constData(), 0640) == 0);
    QVERIFY2(OutputFile::write(file, kReport, &error), qPrintable(error));
    QCOMPARE(readAll(file), kReport);
    QCOMPARE(modeOf(file) & 07777, mode_t(0640)); // the replaced file's permissions stay
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("r.json")});

    // Nothing is replaced without commit().
    {
        OutputFile out(file);
        QVERIFY(out.open());
        QCOMPARE(out.write("half"), 4);
    }
    QCOMPARE(readAll(file), kReport);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("r.json")});
}

void TestSafeIo::symlinksStayLinks()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("target.html"));
    const QString link = dir.filePath(QStringLiteral("link.html"));
    writeRaw(target, "old");
    QVERIFY(QFile::link(target, link));
    QString error;
    QVERIFY2(OutputFile::write(link, kReport, &error), qPrintable(error));
    QVERIFY(S_ISLNK(modeOf(link, false)));
    QCOMPARE(readAll(target), kReport);

    // A dangling link: the file it names is created, the link stays.
    const QString dangling = dir.filePath(QStringLiteral("dangling"));
    const QString named = dir.filePath(QStringLiteral("sub/created.txt"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
    QVERIFY(QFile::link(QStringLiteral("sub/created.txt"), dangling)); // relative link
    QVERIFY2(OutputFile::write(dangling, "x", &error), qPrintable(error));
    QVERIFY(S_ISLNK(modeOf(dangling, false)));
    QCOMPARE(readAll(named), QByteArray("x"));

    // A symlinked folder.
    const QString folderLink = dir.filePath(QStringLiteral("reports"));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("sub")), folderLink));
    QVERIFY2(OutputFile::write(folderLink + QStringLiteral("/r.txt"), "y", &error),
             qPrintable(error));
    QCOMPARE(readAll(dir.filePath(QStringLiteral("sub/r.txt"))), QByteArray("y"));

    // A loop is one clear line.
    const QString a = dir.filePath(QStringLiteral("a"));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("b")), a));
    QVERIFY(QFile::link(a, dir.filePath(QStringLiteral("b"))));
    QVERIFY(!OutputFile::write(a, "z", &error));
    QVERIFY2(error.contains(QLatin1String("loop")), qPrintable(error));
}

void TestSafeIo::refusesFolderMissingParentReadOnly()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!OutputFile::write(dir.path(), kReport, &error));
    QVERIFY2(error.contains(QLatin1String("is a folder")), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));

    QVERIFY(!OutputFile::write(dir.filePath(QStringLiteral("no/such/r.txt")), kReport, &error));
    QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));

    const QString file = dir.filePath(QStringLiteral("keep.txt"));
    writeRaw(file, "keep");
    QVERIFY(::chmod(QFile::encodeName(file).constData(), 0444) == 0);
    QVERIFY(!OutputFile::write(file, kReport, &error));
    QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("left unchanged")), qPrintable(error));
    QCOMPARE(readAll(file), QByteArray("keep"));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("keep.txt")});

    // check() says the same before anything is written, and creates nothing.
    QString checked;
    QVERIFY(!OutputFile::check(file, &checked));
    QCOMPARE(checked, error);
    QVERIFY(!OutputFile::check(dir.path(), &checked));
    QVERIFY(checked.contains(QLatin1String("is a folder")));
    QVERIFY(!OutputFile::check(dir.filePath(QStringLiteral("no/r.txt")), &checked));
    QVERIFY(checked.contains(QLatin1String("does not exist")));
    QVERIFY(OutputFile::check(dir.filePath(QStringLiteral("new.txt")), &checked));
    QVERIFY(OutputFile::check(QStringLiteral("-"), &checked));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("keep.txt")});
}

void TestSafeIo::fifoGetsWholeReport()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("p"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    QByteArray received;
    std::thread reader([&] {
        const int fd = ::open(QFile::encodeName(fifo).constData(), O_RDONLY);
        char buffer[4096];
        for (ssize_t n; fd >= 0 && (n = ::read(fd, buffer, sizeof buffer)) > 0;)
            received.append(buffer, n);
        ::close(fd);
    });
    QString error;
    const bool ok = OutputFile::write(fifo, kReport, &error);
    reader.join();
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(received, kReport);
    QVERIFY(S_ISFIFO(modeOf(fifo)));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("p")});
}

void TestSafeIo::pseudoTerminalReceivesBytes()
{
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(master >= 0);
    QVERIFY(::grantpt(master) == 0 && ::unlockpt(master) == 0);
    const QString slave = QString::fromLocal8Bit(::ptsname(master));
    QVERIFY(S_ISCHR(modeOf(slave)));
    QString error;
    QVERIFY2(OutputFile::write(slave, "report-bytes", &error), qPrintable(error));
    char buffer[64] = {};
    const ssize_t n = ::read(master, buffer, sizeof buffer);
    ::close(master);
    QCOMPARE(QByteArray(buffer, int(qMax<ssize_t>(n, 0))), QByteArray("report-bytes"));
    QVERIFY(S_ISCHR(modeOf(slave)) || !QFile::exists(slave));
}

void TestSafeIo::devFullIsADiskFullError()
{
    if (!S_ISCHR(modeOf(QStringLiteral("/dev/full"))))
        QSKIP("no /dev/full on this system");
    QString error;
    QVERIFY(!OutputFile::write(QStringLiteral("/dev/full"), kReport, &error));
    QVERIFY2(error.contains(QLatin1String("disk is full")), qPrintable(error));
    QVERIFY(S_ISCHR(modeOf(QStringLiteral("/dev/full"))));
}

void TestSafeIo::unixSocketReceivesBytes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s"));
    QLocalServer server;
    QVERIFY(server.listen(path));
    QString error;
    QVERIFY2(OutputFile::write(path, kReport, &error), qPrintable(error));
    QVERIFY(server.waitForNewConnection(5000));
    QLocalSocket *socket = server.nextPendingConnection();
    QByteArray received;
    while (socket->state() == QLocalSocket::ConnectedState || socket->bytesAvailable() > 0) {
        socket->waitForReadyRead(1000);
        received += socket->readAll();
        if (received.size() >= kReport.size())
            break;
    }
    QCOMPARE(received, kReport);
}

void TestSafeIo::mknodNodes()
{
    if (::geteuid() != 0)
        QSKIP("mknod needs root");
    QTemporaryDir dir;
    const QString null = dir.filePath(QStringLiteral("null"));
    QVERIFY(::mknod(QFile::encodeName(null).constData(), S_IFCHR | 0666, makedev(1, 3)) == 0);
    QString error;
    QVERIFY2(OutputFile::write(null, kReport, &error), qPrintable(error));
    QVERIFY(S_ISCHR(modeOf(null)));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("null")});

    // Through a symlink, as /dev/stdout -> /proc/self/fd/1 is.
    const QString link = dir.filePath(QStringLiteral("out"));
    QVERIFY(QFile::link(null, link));
    QVERIFY2(OutputFile::write(link, kReport, &error), qPrintable(error));
    QVERIFY(S_ISCHR(modeOf(null)) && S_ISLNK(modeOf(link, false)));

    const QString disk = dir.filePath(QStringLiteral("loop"));
    QVERIFY(::mknod(QFile::encodeName(disk).constData(), S_IFBLK | 0600, makedev(7, 0)) == 0);
    QVERIFY(!OutputFile::write(disk, kReport, &error));
    QVERIFY2(error.contains(QLatin1String("block device")), qPrintable(error));
    QVERIFY(S_ISBLK(modeOf(disk)));
}

void TestSafeIo::fullFileSystemKeepsOldFile()
{
    if (!privileged())
        QSKIP("mounting a tiny tmpfs needs root inside the tests' private namespace "
              "(tests/netns-run.sh)");
    QTemporaryDir dir;
    const QByteArray mnt = QFile::encodeName(dir.path());
    QVERIFY(::mount("gpsi-test", mnt.constData(), "tmpfs", 0, "size=64k") == 0);
    const QString report = dir.filePath(QStringLiteral("r.json"));
    writeRaw(report, "old report");
    // Fill it up: the filler gets what it can.
    const int fd = ::open(QFile::encodeName(dir.filePath(QStringLiteral("filler"))).constData(),
                          O_WRONLY | O_CREAT, 0644);
    const QByteArray block(4096, 'x');
    while (::write(fd, block.constData(), size_t(block.size())) > 0) {
    }
    ::close(fd);
    QString error;
    const bool ok = OutputFile::write(report, kReport, &error);
    const QByteArray kept = readAll(report);
    const QStringList left = entries(dir.path());
    QVERIFY(::umount(mnt.constData()) == 0);
    QVERIFY(!ok);
    QVERIFY2(error.contains(QLatin1String("disk is full")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("left unchanged")), qPrintable(error));
    QCOMPARE(kept, QByteArray("old report"));
    QCOMPARE(left, (QStringList{QStringLiteral("filler"), QStringLiteral("r.json")}));
}

void TestSafeIo::readOnlyMount()
{
    if (!privileged())
        QSKIP("a read-only bind mount needs root inside the tests' private namespace");
    QTemporaryDir dir;
    writeRaw(dir.filePath(QStringLiteral("r.txt")), "old");
    const QByteArray p = QFile::encodeName(dir.path());
    QVERIFY(::mount(p.constData(), p.constData(), nullptr, MS_BIND, nullptr) == 0);
    QVERIFY(::mount(nullptr, p.constData(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY, nullptr) ==
            0);
    QString error, errorNew;
    const bool replaced = OutputFile::write(dir.filePath(QStringLiteral("r.txt")), "new", &error);
    const bool created = OutputFile::write(dir.filePath(QStringLiteral("n.txt")), "new", &errorNew);
    QVERIFY(::umount(p.constData()) == 0);
    QVERIFY(!replaced && !created);
    QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
    QVERIFY2(errorNew.contains(QLatin1String("read-only")), qPrintable(errorNew));
    QCOMPARE(readAll(dir.filePath(QStringLiteral("r.txt"))), QByteArray("old"));
}

void TestSafeIo::streamingDevice()
{
    // As a QIODevice (QTextStream, QPdfWriter): bytes arrive in pieces, one commit.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("lines.jsonl"));
    OutputFile out(file);
    QVERIFY(out.open());
    QTextStream stream(&out);
    for (int i = 0; i < 10000; ++i)
        stream << "{\"n\":" << i << "}\n";
    stream.flush();
    QVERIFY(!QFile::exists(file)); // not before commit()
    QVERIFY2(out.commit(), qPrintable(out.errorString()));
    QCOMPARE(readAll(file).count('\n'), 10000);
    QVERIFY(!out.commit()); // once only
}

void TestSafeIo::inputsThatAreNotFiles()
{
    QElapsedTimer timer;
    timer.start();
    for (const QString &device : {QStringLiteral("/dev/zero"), QStringLiteral("/dev/urandom")}) {
        const Gpsi::LogFormat::Detection d = Gpsi::LogFormat::detect(device);
        QCOMPARE(d.format, Gpsi::LogFormat::Format::NotALog);
        QVERIFY2(d.detail.contains(QLatin1String("not an event log")), qPrintable(d.detail));
        QVERIFY2(d.detail.contains(QLatin1String("character device")), qPrintable(d.detail));
        InputFile in(device);
        QVERIFY(!in.open());
        QVERIFY2(in.errorString().contains(QLatin1String("not a file")),
                 qPrintable(in.errorString()));
        QVERIFY(in.head(1 << 20).size() <= 1 << 20);
    }
    qInfo("two devices looked at in %lld ms", timer.elapsed()); // bounded by the reads, not time

    QTemporaryDir dir;
    const Gpsi::LogFormat::Detection folder = Gpsi::LogFormat::detect(dir.path());
    QCOMPARE(folder.format, Gpsi::LogFormat::Format::Unreadable);
    QVERIFY2(folder.detail.contains(QLatin1String("folder")), qPrintable(folder.detail));
    const Gpsi::LogFormat::Detection missing =
        Gpsi::LogFormat::detect(dir.filePath(QStringLiteral("gone.evtx")));
    QCOMPARE(missing.format, Gpsi::LogFormat::Format::Unreadable);
    QVERIFY2(missing.detail.contains(QLatin1String("no such file")), qPrintable(missing.detail));
}

void TestSafeIo::fifoInputIsRefusedInBoundedTime()
{
    const QString sample = QStringLiteral(GPSI_FIXTURE_DIR "/events/kb323304-win7-system.evtx");
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("log.evtx"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    // A writer that feeds the log slowly and never finishes on its own.
    std::atomic<bool> stop{false};
    std::thread writer([&] {
        const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY);
        const QByteArray bytes = readAll(sample);
        for (int i = 0; fd >= 0 && i < bytes.size() && !stop; i += 512) {
            if (::write(fd, bytes.constData() + i, 512) < 0)
                break;
            ::usleep(20000);
        }
        ::close(fd);
    });
    const Gpsi::LogFormat::Detection d = Gpsi::LogFormat::detect(fifo);
    Gpsi::ReadSummary s;
    if (auto reader = Gpsi::EventReaderFactory::create(Gpsi::LogFormat::Format::Evtx))
        s = reader->read(fifo, {}, [](const Gpsi::EventRecord &) { return true; });
    stop = true;
    // Unblock a writer still waiting for a reader.
    const int fd = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
    writer.join();
    ::close(fd);
    QCOMPARE(d.format, Gpsi::LogFormat::Format::Unreadable);
    QVERIFY2(d.detail.contains(QLatin1String("named pipe")), qPrintable(d.detail));
    QVERIFY(!s.ok);
    QVERIFY2(s.error.contains(QLatin1String("named pipe")), qPrintable(s.error));
}

void TestSafeIo::truncatedWhileRead()
{
    // The KB 323304 System events over and over: several full chunks, each many pages long.
    QList<Gpsi::EventRecord> events;
    for (int i = 0; i < 120; ++i) {
        for (Gpsi::EventRecord e : Gpsi::Test::kb323304Win7SystemEvents()) {
            e.recordId = 0; // numbered on by the writer
            events << e;
        }
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("System.evtx"));
    writeRaw(file, Gpsi::Test::buildEvtx(events));
    QVERIFY(QFileInfo(file).size() >= 4096 + 3 * 65536);
    // The header, one chunk and two pages of the next: the reader, still in the first chunk,
    // goes on into pages that no longer exist (SIGBUS without the guard).
    const qint64 keep = 4096 + 65536 + 8192;
    auto reader = Gpsi::EventReaderFactory::create(Gpsi::LogFormat::Format::Evtx);
    Gpsi::ReadOptions options;
    options.threads = 1; // chunk by chunk on this thread: the cut lands before chunk 1 is read
    qint64 records = 0;
    const Gpsi::ReadSummary s = reader->read(file, options, [&](const Gpsi::EventRecord &) {
        if (++records == 1)
            QFile::resize(file, keep); // the admin's "clear log" while we read it
        return true;
    });
    QVERIFY2(s.ok, qPrintable(s.error));
    QVERIFY(records > 1);             // what was read is kept
    QVERIFY(records < events.size()); // and what was cut off is not made up
    bool said = false;
    for (const Gpsi::ReadIssue &issue : s.issues)
        said = said || issue.reason.contains(QLatin1String("shrank"));
    QVERIFY2(said, "the summary says the file was cut while it was read");
}

QTEST_GUILESS_MAIN(TestSafeIo)
#include "tst_safeio.moc"

#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <memory>

namespace Gpsi {

namespace NativeIo {
class Sink;
struct Status;
struct Target;
} // namespace NativeIo

// The one way the tool writes a file (reports, case files, scan and dump output, the demo's
// files, the wizard's Save and Export). "-" is standard output. A regular or new file is
// replaced atomically (a temporary file beside it, renamed by commit(); on any failure the old
// file stays as it was); an existing character device, FIFO or socket (/dev/null, a pipe) is
// written to directly and stays what it is; a symbolic link is followed and stays a link.
// A folder, a block device, a missing parent folder, a read-only target or a full disk give
// one line in errorString().
//
//   OutputFile out(name);
//   if (!out.open() || out.write(bytes) != bytes.size() || !out.commit())
//       fail(out.errorString());
class OutputFile : public QIODevice
{
    Q_OBJECT

public:
    explicit OutputFile(const QString &target, QObject *parent = nullptr);
    ~OutputFile() override; // without commit(), nothing replaces the target

    bool open();
    bool open(OpenMode mode) override; // WriteOnly (and Text) only
    bool commit();                     // false, with errorString(), if any byte was lost
    void close() override;             // discards what was not committed
    bool isSequential() const override;

    QString target() const { return m_target; }
    bool isStandardOutput() const { return m_target == QLatin1String("-"); }

    // Whether `target` could be written now (nothing is created): the same line as open()
    // would give, before a long run instead of after it.
    static bool check(const QString &target, QString *error);

    // Writes all of `bytes` to `target`; false with one line in `error`.
    static bool write(const QString &target, const QByteArray &bytes, QString *error);
    using QIODevice::write;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QString displayName() const;
    void fail(const NativeIo::Status &status);

    QString m_target;
    std::unique_ptr<NativeIo::Sink> m_sink;
    std::unique_ptr<NativeIo::Target> m_resolved;
    bool m_failed = false; // the first error is kept; everything after it is refused
};

} // namespace Gpsi

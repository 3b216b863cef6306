#include "outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "io/nativeio.h"
#include "io/nativepath.h"

#include <cerrno>

namespace Gpsi {

namespace {

// One line for the user: what was to be written, why it was not, and what became of the old
// file. `existing` is true when a regular file was to be replaced (and so is unchanged).
QString describe(const QString &name, const NativeIo::Target &target, const NativeIo::Status &s,
                 bool existing)
{
    const QString detail = QString::fromStdString(s.detail);
    const QString folder =
        QDir::toNativeSeparators(QFileInfo(fromNativePath(target.resolved)).path());
    QString why;
    switch (s.error) {
    case NativeIo::Error::None:
        return QString();
    case NativeIo::Error::NoParent:
        why = OutputFile::tr("the folder %1 does not exist").arg(folder);
        break;
    case NativeIo::Error::IsDirectory:
        why = OutputFile::tr("it is a folder; give a file name");
        break;
    case NativeIo::Error::ReadOnly:
        // The file's own mode (code 0 or EACCES from open()) or its folder or file system.
        why = target.kind == NativeIo::Kind::Regular && (s.code == 0 || s.code == EACCES)
                  ? OutputFile::tr("the file is read-only")
                  : OutputFile::tr("the folder %1 is read-only").arg(folder);
        break;
    case NativeIo::Error::AccessDenied:
        why = target.kind == NativeIo::Kind::Missing || target.kind == NativeIo::Kind::Regular
                  ? OutputFile::tr("permission denied (the folder %1 or the file)").arg(folder)
                  : OutputFile::tr("permission denied");
        break;
    case NativeIo::Error::NoSpace:
        why = OutputFile::tr("the disk is full (%1)").arg(detail);
        break;
    case NativeIo::Error::Busy:
        why = OutputFile::tr("it is open in another program (%1)").arg(detail);
        break;
    case NativeIo::Error::BlockDevice:
        why = OutputFile::tr("it is a block device (a disk); a report is never written onto a "
                             "disk");
        break;
    case NativeIo::Error::LinkLoop:
        why = OutputFile::tr("its symbolic links form a loop or lead nowhere");
        break;
    case NativeIo::Error::BrokenPipe:
        why = OutputFile::tr("the reading end was closed (%1)").arg(detail);
        break;
    case NativeIo::Error::NotFound:
    case NativeIo::Error::Other:
        why = detail.isEmpty() ? OutputFile::tr("it is not a file") : detail;
        break;
    }
    QString line = OutputFile::tr("cannot write %1: %2").arg(name, why);
    if (existing)
        line += OutputFile::tr("; the existing file was left unchanged");
    return line;
}

} // namespace

OutputFile::OutputFile(const QString &target, QObject *parent)
    : QIODevice(parent)
    , m_target(target)
    , m_sink(std::make_unique<NativeIo::Sink>())
    , m_resolved(std::make_unique<NativeIo::Target>())
{}

OutputFile::~OutputFile()
{
    m_sink->discard();
}

bool OutputFile::open()
{
    return open(QIODevice::WriteOnly);
}

bool OutputFile::open(OpenMode mode)
{
    if ((mode & ~QIODevice::Text) != QIODevice::WriteOnly) {
        setErrorString(tr("cannot write %1: an output is opened for writing only").arg(m_target));
        return false;
    }
    m_failed = false;
    NativeIo::Target &target = *m_resolved;
    target = {};
    NativeIo::Status s;
    if (m_target.isEmpty()) {
        setErrorString(tr("cannot write: no file name was given"));
        return false;
    }
    if (isStandardOutput()) {
        s = m_sink->openStandardOutput();
    } else {
        s = NativeIo::resolve(toNativePath(m_target), &target);
        if (s.ok())
            s = m_sink->open(target);
    }
    if (!s.ok()) {
        fail(s);
        return false;
    }
    return QIODevice::open(mode);
}

QString OutputFile::displayName() const
{
    return isStandardOutput() ? tr("standard output") : QDir::toNativeSeparators(m_target);
}

void OutputFile::fail(const NativeIo::Status &status)
{
    m_failed = true;
    setErrorString(
        describe(displayName(), *m_resolved, status,
                 m_resolved->kind == NativeIo::Kind::Regular && m_resolved->descriptor < 0));
}

bool OutputFile::commit()
{
    if (!isOpen()) {
        if (!m_failed)
            setErrorString(tr("cannot write %1: it was not opened").arg(displayName()));
        return false;
    }
    const NativeIo::Status s = m_sink->commit();
    QIODevice::close();
    if (!s.ok() && !m_failed)
        fail(s);
    return !m_failed;
}

void OutputFile::close()
{
    m_sink->discard();
    QIODevice::close();
}

bool OutputFile::isSequential() const
{
    return true;
}

qint64 OutputFile::readData(char *, qint64)
{
    return -1;
}

qint64 OutputFile::writeData(const char *data, qint64 size)
{
    if (m_failed)
        return -1;
    const NativeIo::Status s = m_sink->write(data, std::size_t(size));
    if (!s.ok()) {
        fail(s);
        return -1;
    }
    return size;
}

bool OutputFile::check(const QString &target, QString *error)
{
    if (target == QLatin1String("-"))
        return true;
    OutputFile probe(target);
    NativeIo::Status s;
    if (target.isEmpty()) {
        s.error = NativeIo::Error::Other;
        s.detail = tr("no file name was given").toStdString();
    } else {
        s = NativeIo::resolve(toNativePath(target), probe.m_resolved.get());
        if (s.ok())
            s = NativeIo::check(*probe.m_resolved);
    }
    if (s.ok())
        return true;
    probe.fail(s);
    if (error)
        *error = probe.errorString();
    return false;
}

bool OutputFile::write(const QString &target, const QByteArray &bytes, QString *error)
{
    OutputFile out(target);
    if (out.open() && out.write(bytes) == bytes.size() && out.commit())
        return true;
    if (error)
        *error = out.errorString();
    return false;
}

} // namespace Gpsi

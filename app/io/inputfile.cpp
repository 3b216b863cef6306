#include "inputfile.h"

#include <QDir>

#include "io/nativeio.h"
#include "io/nativepath.h"

namespace Gpsi {

InputFile::InputFile(const QString &path)
    : m_path(path)
    , m_file(path)
{}

InputFile::~InputFile()
{
    m_guard.reset();
    if (m_map)
        m_file.unmap(m_map);
}

bool InputFile::inspect()
{
    if (m_inspected)
        return m_error.isEmpty();
    m_inspected = true;
    const QString name = QDir::toNativeSeparators(m_path);
    if (m_path.isEmpty()) {
        m_error = tr("no file name was given");
        return false;
    }
    NativeIo::InputInfo info;
    const NativeIo::Status s = NativeIo::inspectInput(toNativePath(m_path), &info);
    if (!s.ok()) {
        m_error = s.error == NativeIo::Error::NotFound
                      ? tr("cannot read %1: no such file").arg(name)
                      : tr("cannot read %1: %2").arg(name, QString::fromStdString(s.detail));
        return false;
    }
    m_kind = int(info.kind);
    switch (info.kind) {
    case NativeIo::Kind::Regular:
        m_size = qint64(info.size);
        return true;
    case NativeIo::Kind::Directory:
        m_error = tr("%1 is a folder, not a file").arg(name);
        return false;
    default: // a device, FIFO or socket: see isStream()
        m_size = 0;
        return true;
    }
}

QString InputFile::kindText() const
{
    switch (NativeIo::Kind(m_kind)) {
    case NativeIo::Kind::CharDevice:
        return tr("a character device");
    case NativeIo::Kind::BlockDevice:
        return tr("a block device");
    case NativeIo::Kind::Fifo:
        return tr("a named pipe (FIFO)");
    case NativeIo::Kind::Socket:
        return tr("a socket");
    case NativeIo::Kind::Directory:
        return tr("a folder");
    case NativeIo::Kind::Regular:
        return tr("a file");
    case NativeIo::Kind::Missing:
    case NativeIo::Kind::Other:
        break;
    }
    return tr("not a file");
}

bool InputFile::isStream() const
{
    const auto kind = NativeIo::Kind(m_kind);
    return m_inspected && kind != NativeIo::Kind::Regular && kind != NativeIo::Kind::Directory &&
           kind != NativeIo::Kind::Missing;
}

bool InputFile::canLookInside() const
{
    return !isStream() || NativeIo::Kind(m_kind) == NativeIo::Kind::CharDevice;
}

bool InputFile::open()
{
    if (!inspect())
        return false;
    if (isStream()) {
        m_error = tr("%1 is %2, not a file: save what it gives to a file and open that")
                      .arg(QDir::toNativeSeparators(m_path), kindText());
        return false;
    }
    if (m_file.isOpen())
        return true;
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error =
            tr("cannot read %1: %2").arg(QDir::toNativeSeparators(m_path), m_file.errorString());
        return false;
    }
    m_size = m_file.size();
    return true;
}

QByteArray InputFile::head(qint64 max)
{
    if (!inspect())
        return {};
    if (!canLookInside())
        return {};
    if (isStream()) {
        std::string bytes;
        const NativeIo::Status s =
            NativeIo::sniffStream(toNativePath(m_path), std::size_t(max), kStreamTimeoutMs, &bytes);
        if (!s.ok())
            m_error = tr("cannot read %1: %2")
                          .arg(QDir::toNativeSeparators(m_path), QString::fromStdString(s.detail));
        return QByteArray::fromStdString(bytes);
    }
    if (!open())
        return {};
    m_file.seek(0);
    return m_file.read(max);
}

QByteArrayView InputFile::data()
{
    if (m_map)
        return QByteArrayView(reinterpret_cast<const char *>(m_map), m_size);
    if (!m_copy.isNull() || !open() || m_size <= 0)
        return QByteArrayView(m_copy);
    m_map = m_file.map(0, m_size);
    if (m_map) {
        m_guard = std::make_unique<NativeIo::MappingGuard>(m_map, std::size_t(m_size));
        return QByteArrayView(reinterpret_cast<const char *>(m_map), m_size);
    }
    // Some file systems cannot map: read it (when it fits), keeping what arrived if it shrank.
    if (m_size > kMaxUnmappedBytes) {
        m_error = tr("cannot read %1: it cannot be mapped (%2) and is too large to read into "
                     "memory")
                      .arg(QDir::toNativeSeparators(m_path), m_file.errorString());
        return QByteArrayView();
    }
    m_file.seek(0);
    m_copy = m_file.read(m_size);
    return QByteArrayView(m_copy);
}

bool InputFile::isHole(qint64 offset, qint64 length) const
{
    return m_map && NativeIo::isHole(m_file.handle(), std::uint64_t(offset), std::uint64_t(length));
}

void InputFile::release(qint64 offset, qint64 length) const
{
    if (m_map && offset >= 0 && offset < m_size)
        NativeIo::releaseMapped(m_map + offset, std::size_t(qMin(length, m_size - offset)));
}

qint64 InputFile::sizeNow() const
{
    return NativeIo::currentSize(toNativePath(m_path));
}

QString InputFile::truncationNote() const
{
    if (m_size < 0 || (!m_map && m_copy.isNull()))
        return QString();
    const qint64 now = sizeNow();
    const bool faulted = m_guard && m_guard->faulted();
    const qint64 got = m_map ? m_size : m_copy.size();
    // A file deleted while it was read was read whole: its data stays until it is closed.
    if (!faulted && (now < 0 || now >= m_size) && got >= m_size)
        return QString();
    return tr("the file shrank from %1 to %2 bytes while it was read; what lay past byte %2 "
              "could not be read")
        .arg(m_size)
        .arg(qMax<qint64>(0, qMin(now, got)));
}

} // namespace Gpsi

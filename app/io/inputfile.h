#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <memory>

namespace Gpsi {

namespace NativeIo {
class MappingGuard;
}

// The one way the tool opens a file a user gave it (event logs, case files). Only regular
// files are read whole: a device, FIFO or socket gets a bounded first look (head()) and is
// otherwise refused with one line, so /dev/zero or a silent pipe cannot hold the tool or fill
// its memory. A mapped file that shrinks while it is read does not crash the process: the
// lost tail reads as zeros and truncationNote() says what happened.
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::InputFile)

public:
    static constexpr int kStreamTimeoutMs = 2000; // for head() on a device or pipe
    // A file that cannot be mapped is read into memory only up to this size.
    static constexpr qint64 kMaxUnmappedBytes = qint64(512) << 20;

    explicit InputFile(const QString &path);
    ~InputFile();
    InputFile(const InputFile &) = delete;
    InputFile &operator=(const InputFile &) = delete;

    // What the name is; false (with errorString()) when it does not exist or is a folder.
    bool inspect();
    bool isStream() const; // device, FIFO or socket
    // A character device can be looked at (head()); a FIFO or socket cannot without taking
    // bytes its writer meant for someone else, or waiting for a writer that never comes.
    bool canLookInside() const;
    QString kindText() const; // "a character device", "a named pipe (FIFO)"

    // Opens a regular file read-only; a stream is refused here, with a line saying why.
    bool open();
    qint64 size() const { return m_size; }
    QString errorString() const { return m_error; }

    // Up to `max` bytes from the start: a regular file's head, or whatever a character device
    // gives within kStreamTimeoutMs (opened without blocking); nothing from a FIFO or socket.
    QByteArray head(qint64 max);

    // The whole file, read-only (mapped where possible); valid until the InputFile goes.
    QByteArrayView data();

    bool isMapped() const { return m_map != nullptr; }
    // For a mapped file: whether [offset, offset + length) is a hole of a sparse file (reads as
    // zeros; asking costs no page), and dropping a range the reader is done with from memory.
    bool isHole(qint64 offset, qint64 length) const;
    void release(qint64 offset, qint64 length) const;

    // Empty, or one line when the file shrank (or was cut) while it was read.
    QString truncationNote() const;
    qint64 sizeNow() const;

private:
    QString m_path;
    QFile m_file;
    QString m_error;
    qint64 m_size = -1;
    bool m_inspected = false;
    int m_kind = 0;
    uchar *m_map = nullptr;
    QByteArray m_copy;
    std::unique_ptr<NativeIo::MappingGuard> m_guard;
};

} // namespace Gpsi

#pragma once

#include <QByteArray>
#include <QString>

namespace Gpsi {

// Where and why a wire message could not be parsed.
struct WireError
{
    qsizetype offset = 0; // byte offset into the message
    QString reason;       // one line, for people
};

// Bounds-checked little/big-endian reader over a byte array. Every read past the end fails
// (and records where) instead of reading garbage; no length field can make it allocate.
class WireReader
{
public:
    explicit WireReader(const QByteArray &data, qsizetype offset = 0)
        : m_data(data)
        , m_pos(offset)
    {}

    bool ok() const { return m_ok; }
    qsizetype pos() const { return m_pos; }
    qsizetype remaining() const { return m_ok ? qMax<qsizetype>(0, m_data.size() - m_pos) : 0; }
    const QByteArray &data() const { return m_data; }
    // The first failure: its offset and reason ("truncated at 0x45: needs 8 bytes for the
    // challenge, 3 left").
    WireError error() const { return m_error; }
    void fail(const QString &reason);
    // Names the field the next read is for, so that a truncation error says what was missing.
    // `what` is a QT_TRANSLATE_NOOP("Gpsi::WireReader", ...) literal; it applies to one read.
    WireReader &field(const char *what)
    {
        m_what = what;
        return *this;
    }

    bool seek(qsizetype offset);
    bool skip(qsizetype count);
    quint8 u8();
    quint16 u16le();
    quint32 u32le();
    quint64 u64le();
    quint16 u16be();
    quint32 u32be();
    QByteArray bytes(qsizetype count);
    // UTF-16LE string of `bytes` bytes / NUL-terminated within the remaining bytes.
    QString utf16le(qsizetype bytes);
    QString utf16leZ();
    QString asciiZ();

private:
    bool need(qsizetype count, const char *what);
    const QByteArray &m_data;
    qsizetype m_pos;
    bool m_ok = true;
    const char *m_what = nullptr;
    WireError m_error;
};

} // namespace Gpsi

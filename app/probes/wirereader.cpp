#include "wirereader.h"

#include <QCoreApplication>

namespace Gpsi {

namespace {

QString hexOffset(qsizetype offset)
{
    return QStringLiteral("0x") + QString::number(offset, 16);
}

} // namespace

void WireReader::fail(const QString &reason)
{
    if (!m_ok)
        return; // keep the first failure: later ones are consequences
    m_ok = false;
    m_error.offset = m_pos;
    m_error.reason = reason;
}

bool WireReader::need(qsizetype count, const char *what)
{
    const char *label = m_what ? m_what : what;
    m_what = nullptr;
    if (!m_ok)
        return false;
    const qsizetype left = qMax<qsizetype>(0, m_data.size() - m_pos);
    if (count < 0 || m_pos < 0 || count > left) {
        fail(QCoreApplication::translate("Gpsi::WireReader",
                                         "truncated at %1: needs %2 bytes for %3, %4 left")
                 .arg(hexOffset(m_pos))
                 .arg(count)
                 .arg(QCoreApplication::translate("Gpsi::WireReader", label))
                 .arg(left));
        return false;
    }
    return true;
}

bool WireReader::seek(qsizetype offset)
{
    const char *label = m_what;
    m_what = nullptr;
    if (!m_ok)
        return false;
    if (offset < 0 || offset > m_data.size()) {
        const QString what = label ? QCoreApplication::translate("Gpsi::WireReader", label)
                                   : QCoreApplication::translate("Gpsi::WireReader", "a field");
        fail(QCoreApplication::translate("Gpsi::WireReader",
                                         "offset %1 for %2 lies outside the %3-byte message")
                 .arg(hexOffset(offset), what)
                 .arg(m_data.size()));
        return false;
    }
    m_pos = offset;
    return true;
}

bool WireReader::skip(qsizetype count)
{
    if (!need(count, QT_TRANSLATE_NOOP("Gpsi::WireReader", "skipped bytes")))
        return false;
    m_pos += count;
    return true;
}

quint8 WireReader::u8()
{
    if (!need(1, QT_TRANSLATE_NOOP("Gpsi::WireReader", "a byte")))
        return 0;
    return quint8(m_data.at(m_pos++));
}

quint16 WireReader::u16le()
{
    if (!need(2, QT_TRANSLATE_NOOP("Gpsi::WireReader", "a 16-bit field")))
        return 0;
    const auto *p = reinterpret_cast<const uchar *>(m_data.constData() + m_pos);
    m_pos += 2;
    return quint16(p[0] | (p[1] << 8));
}

quint32 WireReader::u32le()
{
    if (!need(4, QT_TRANSLATE_NOOP("Gpsi::WireReader", "a 32-bit field")))
        return 0;
    const auto *p = reinterpret_cast<const uchar *>(m_data.constData() + m_pos);
    m_pos += 4;
    return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24);
}

quint64 WireReader::u64le()
{
    if (!need(8, QT_TRANSLATE_NOOP("Gpsi::WireReader", "a 64-bit field")))
        return 0;
    const auto *p = reinterpret_cast<const uchar *>(m_data.constData() + m_pos);
    m_pos += 8;
    quint64 v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | p[i];
    return v;
}

quint16 WireReader::u16be()
{
    if (!need(2, QT_TRANSLATE_NOOP("Gpsi::WireReader", "a 16-bit field")))
        return 0;
    const auto *p = reinterpret_cast<const uchar *>(m_data.constData() + m_pos);
    m_pos += 2;
    return quint16((p[0] << 8) | p[1]);
}

quint32 WireReader::u32be()
{
    if (!need(4, QT_TRANSLATE_NOOP("Gpsi::WireReader", "a 32-bit field")))
        return 0;
    const auto *p = reinterpret_cast<const uchar *>(m_data.constData() + m_pos);
    m_pos += 4;
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

QByteArray WireReader::bytes(qsizetype count)
{
    // need() checks the count against what is there before anything is allocated.
    if (!need(count, QT_TRANSLATE_NOOP("Gpsi::WireReader", "a byte string")))
        return {};
    const QByteArray out = m_data.mid(m_pos, count);
    m_pos += count;
    return out;
}

QString WireReader::utf16le(qsizetype bytes)
{
    if (!need(bytes, QT_TRANSLATE_NOOP("Gpsi::WireReader", "a UTF-16 string")))
        return {};
    const auto *p = reinterpret_cast<const uchar *>(m_data.constData() + m_pos);
    QString out;
    out.reserve(bytes / 2);
    for (qsizetype i = 0; i + 1 < bytes; i += 2)
        out.append(QChar(char16_t(p[i] | (p[i + 1] << 8))));
    m_pos += bytes;
    return out;
}

QString WireReader::utf16leZ()
{
    m_what = nullptr;
    if (!m_ok)
        return {};
    // Lenient on purpose: real servers sometimes drop the terminator (or half of it) on the
    // last string of a message, so the end of the data also ends the string.
    const qsizetype end = m_data.size();
    const auto *p = reinterpret_cast<const uchar *>(m_data.constData());
    QString out;
    qsizetype i = m_pos;
    for (; i + 1 < end; i += 2) {
        const char16_t unit = char16_t(p[i] | (p[i + 1] << 8));
        if (unit == 0) {
            m_pos = i + 2;
            return out;
        }
        out.append(QChar(unit));
    }
    m_pos = qMax(m_pos, end);
    return out;
}

QString WireReader::asciiZ()
{
    m_what = nullptr;
    if (!m_ok)
        return {};
    const qsizetype end = m_data.size();
    const qsizetype nul = m_pos < end ? m_data.indexOf('\0', m_pos) : -1;
    const qsizetype stop = nul < 0 ? end : nul;
    const QString out =
        m_pos < stop ? QString::fromLatin1(m_data.constData() + m_pos, stop - m_pos) : QString();
    m_pos = nul < 0 ? qMax(m_pos, end) : nul + 1;
    return out;
}

} // namespace Gpsi

#include "evtwriter.h"

#include <QStringList>

#include <algorithm>

namespace Gpsi::Test {

namespace {

constexpr qint64 kHeaderSize = 0x30;
constexpr qint64 kFixedSize = 56;
constexpr qint64 kEofSize = 0x28;
constexpr quint32 kSignature = 0x654c664c; // "LfLe"
constexpr qint64 kEpochDelta = 116444736000000000LL;
constexpr quint64 kAuditSuccess = 0x0020000000000000ULL;
constexpr quint64 kAuditFailure = 0x0010000000000000ULL;

void put32(QByteArray &b, qint64 at, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b[at + i] = char((v >> (8 * i)) & 0xFF);
}

void put16(QByteArray &b, qint64 at, quint16 v)
{
    b[at] = char(v & 0xFF);
    b[at + 1] = char(v >> 8);
}

void append32(QByteArray &b, quint32 v)
{
    const qint64 at = b.size();
    b.resize(at + 4);
    put32(b, at, v);
}

void appendUtf16z(QByteArray &b, const QString &s)
{
    for (QChar c : s) {
        b.append(char(c.unicode() & 0xFF));
        b.append(char(c.unicode() >> 8));
    }
    b.append(2, '\0');
}

// "S-1-5-21-1-2-3" to the binary SID; empty when the text is not a SID.
QByteArray sidBytes(const QString &sid)
{
    const QStringList parts = sid.split(QLatin1Char('-'));
    if (parts.size() < 3 || parts.at(0).compare(QLatin1String("S"), Qt::CaseInsensitive) != 0)
        return {};
    bool ok = false;
    const uint revision = parts.at(1).toUInt(&ok);
    if (!ok || revision > 255)
        return {};
    const quint64 authority = parts.at(2).startsWith(QLatin1String("0x"), Qt::CaseInsensitive)
                                  ? parts.at(2).mid(2).toULongLong(&ok, 16)
                                  : parts.at(2).toULongLong(&ok);
    if (!ok || authority >= (quint64(1) << 48) || parts.size() - 3 > 15)
        return {};
    QByteArray b;
    b.append(char(revision));
    b.append(char(parts.size() - 3));
    for (int i = 5; i >= 0; --i)
        b.append(char((authority >> (8 * i)) & 0xFF));
    for (qsizetype i = 3; i < parts.size(); ++i) {
        const uint sub = parts.at(i).toUInt(&ok);
        if (!ok)
            return {};
        append32(b, sub);
    }
    return b;
}

quint16 eventType(const EventRecord &r)
{
    switch (r.level) {
    case 1:
    case 2:
        return 0x0001;
    case 3:
        return 0x0002;
    case 4:
    case 5:
        return 0x0004;
    default:
        if (r.keywords & kAuditFailure)
            return 0x0010;
        if (r.keywords & kAuditSuccess)
            return 0x0008;
        return 0x0000;
    }
}

QByteArray recordBytes(const EventRecord &r, quint32 number)
{
    QByteArray v;
    appendUtf16z(v, r.provider);
    appendUtf16z(v, r.computer);
    while ((kFixedSize + v.size()) % 4)
        v.append('\0');
    const QByteArray sid = sidBytes(r.userSid);
    const quint32 sidOffset = sid.isEmpty() ? 0 : quint32(kFixedSize + v.size());
    v += sid;
    const quint32 stringOffset = quint32(kFixedSize + v.size());
    for (const EventDataField &f : r.data)
        appendUtf16z(v, f.value);
    const quint32 dataOffset = quint32(kFixedSize + v.size());
    while ((kFixedSize + v.size()) % 4)
        v.append('\0');
    const quint32 length = quint32(kFixedSize + v.size() + 4);
    const quint32 seconds =
        r.fileTime > kEpochDelta ? quint32((r.fileTime - kEpochDelta) / 10000000) : 0;

    QByteArray b(kFixedSize, '\0');
    put32(b, 0, length);
    put32(b, 4, kSignature);
    put32(b, 8, number);
    put32(b, 12, seconds);
    put32(b, 16, seconds);
    put32(b, 20, quint32(r.eventId) | (quint32(r.qualifiers) << 16));
    put16(b, 24, eventType(r));
    put16(b, 26, quint16(r.data.size()));
    put16(b, 28, r.task);
    put32(b, 36, stringOffset);
    put32(b, 40, quint32(sid.size()));
    put32(b, 44, sidOffset);
    put32(b, 48, 0);
    put32(b, 52, dataOffset);
    b += v;
    append32(b, length);
    return b;
}

QByteArray eofBytes(quint32 begin, quint32 end, quint32 current, quint32 oldest)
{
    QByteArray b;
    for (quint32 v : {quint32(kEofSize), 0x11111111u, 0x22222222u, 0x33333333u, 0x44444444u, begin,
                      end, current, oldest, quint32(kEofSize)})
        append32(b, v);
    return b;
}

// Writes bytes at ring offset rel (0 = just after the header), wrapping at the file end.
void writeRing(QByteArray &file, qint64 rel, const QByteArray &bytes)
{
    const qint64 capacity = file.size() - kHeaderSize;
    for (qint64 i = 0; i < bytes.size(); ++i)
        file[kHeaderSize + (rel + i) % capacity] = bytes.at(i);
}

} // namespace

QByteArray buildEvt(const QList<EventRecord> &records, const EvtWriterOptions &options)
{
    QList<QByteArray> recs;
    QList<quint32> numbers;
    qint64 total = 0;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const quint32 number =
            records.at(i).recordId ? quint32(records.at(i).recordId) : quint32(i + 1);
        numbers.append(number);
        recs.append(recordBytes(records.at(i), number));
        total += recs.last().size();
    }
    const quint32 oldest = numbers.isEmpty() ? 0 : numbers.first();
    const quint32 current = numbers.isEmpty() ? 1 : numbers.last() + 1;
    const bool wrapped = options.wrapped && !recs.isEmpty();

    const qint64 size = std::max(options.fileSize, kHeaderSize + total + kEofSize);
    const qint64 capacity = size - kHeaderSize;
    QByteArray file(size, '\0');

    // Ring offset of the oldest record.
    qint64 startRel = 0;
    if (wrapped) {
        // Record m crosses the file end: its fixed part and some of its strings before it, the
        // rest right after the header.
        const qsizetype m = recs.size() / 2;
        qint64 prefix = 0;
        for (qsizetype i = 0; i < m; ++i)
            prefix += recs.at(i).size();
        const qint64 len = recs.at(m).size();
        const qint64 cut = kFixedSize + (((len - kFixedSize) / 2) & ~qint64(3));
        startRel = capacity - cut - prefix;
    }
    QList<qint64> offsets;
    qint64 rel = startRel;
    for (const QByteArray &r : std::as_const(recs)) {
        offsets.append(kHeaderSize + rel % capacity);
        writeRing(file, rel, r);
        rel += r.size();
    }
    const qint64 begin = kHeaderSize + startRel % capacity;
    const qint64 eofPos = kHeaderSize + rel % capacity;
    writeRing(file, rel,
              eofBytes(quint32(recs.isEmpty() ? eofPos : begin), quint32(eofPos), current, oldest));

    // Header; a dirty one still describes the log before its last record was written.
    quint32 flags = wrapped ? 0x2 : 0x0;
    quint32 headerEnd = quint32(eofPos);
    quint32 headerCurrent = current;
    if (options.dirty) {
        flags |= 0x1;
        if (!offsets.isEmpty()) {
            headerEnd = quint32(offsets.last());
            headerCurrent = numbers.last();
        }
    }
    put32(file, 0, quint32(kHeaderSize));
    put32(file, 4, kSignature);
    put32(file, 8, 1);
    put32(file, 12, 1);
    put32(file, 16, quint32(recs.isEmpty() ? eofPos : begin));
    put32(file, 20, headerEnd);
    put32(file, 24, headerCurrent);
    put32(file, 28, oldest);
    put32(file, 32, quint32(size));
    put32(file, 36, flags);
    put32(file, 40, 0);
    put32(file, 44, quint32(kHeaderSize));

    if (options.corruptRecord >= 0 && options.corruptRecord < offsets.size())
        writeRing(file, offsets.at(options.corruptRecord) - kHeaderSize + 4, QByteArray(4, '\0'));
    return file;
}

} // namespace Gpsi::Test

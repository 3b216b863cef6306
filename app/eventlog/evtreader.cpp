#include "evtreader.h"

#include "eventxml.h"

#include <QLoggingCategory>

#include <algorithm>
#include <cstring>

#include "littleendian.h"
#include "textexport.h"

namespace Gpsi {

Q_LOGGING_CATEGORY(lcEvt, "gpsi.events.evt", QtInfoMsg)

// Layout: libevt "Windows Event Log (EVT) format", the ELF_LOGFILE_HEADER / EVENTLOGRECORD /
// ELF_EOF_RECORD documentation, and ReactOS evtlib (how NT wraps the circular buffer: the 56-byte
// fixed part of a record is never split, the rest and the end-of-file record may be; a gap at the
// end of the file too small for a fixed part is padded and the next record starts right after the
// header). domain.md 7.4.

namespace {

constexpr qint64 kHeaderSize = 0x30;
constexpr qint64 kFixedSize = 56;             // EVENTLOGRECORD without its variable part
constexpr qint64 kMinRecord = kFixedSize + 4; // fixed part and the length copy
constexpr qint64 kEofSize = 0x28;
constexpr quint32 kSignature = 0x654c664c; // "LfLe"
constexpr quint32 kEofMagic[4] = {0x11111111, 0x22222222, 0x33333333, 0x44444444};
constexpr quint32 kFlagDirty = 0x1;
constexpr quint64 kAuditSuccess = 0x0020000000000000ULL;
constexpr quint64 kAuditFailure = 0x0010000000000000ULL;
constexpr quint64 kClassic = 0x0080000000000000ULL; // how Vista+ shows legacy events' keywords
constexpr int kProgressEvery = 256;

// The file as a ring: offsets run from the end of the file back to just after the header.
class Ring
{
public:
    Ring(const uchar *data, qint64 size)
        : m_d(data)
        , m_size(size)
    {}
    qint64 size() const { return m_size; }
    qint64 capacity() const { return m_size - kHeaderSize; }
    // pos in [kHeaderSize, size) after wrapping; pos may run past the end by any amount.
    qint64 wrap(qint64 pos) const
    {
        if (pos >= m_size)
            pos = kHeaderSize + (pos - m_size) % capacity();
        return pos;
    }
    uchar at(qint64 pos) const { return m_d[wrap(pos)]; }
    quint32 u32(qint64 pos) const
    {
        pos = wrap(pos);
        if (pos + 4 <= m_size)
            return le32(m_d + pos);
        return quint32(at(pos)) | (quint32(at(pos + 1)) << 8) | (quint32(at(pos + 2)) << 16) |
               (quint32(at(pos + 3)) << 24);
    }
    // The bytes [pos, pos + n) in order, wrapping; a pointer into the file when contiguous.
    const uchar *bytes(qint64 pos, qint64 n, QByteArray &buffer) const
    {
        pos = wrap(pos);
        if (pos + n <= m_size)
            return m_d + pos;
        buffer.resize(n);
        qint64 done = 0;
        while (done < n) {
            const qint64 p = wrap(pos + done);
            const qint64 chunk = std::min(n - done, m_size - p);
            std::memcpy(buffer.data() + done, m_d + p, size_t(chunk));
            done += chunk;
        }
        return reinterpret_cast<const uchar *>(buffer.constData());
    }
    // Forward distance from one ring offset to another.
    qint64 distance(qint64 from, qint64 to) const
    {
        return to >= from ? to - from : capacity() - (from - to);
    }

private:
    const uchar *m_d;
    qint64 m_size;
};

struct Eof
{
    quint32 begin = 0;
    quint32 end = 0;
    quint32 last = 0;
    quint32 first = 0;
};

bool eofAt(const Ring &ring, qint64 pos, Eof &eof)
{
    if (ring.u32(pos) != kEofSize)
        return false;
    for (int i = 0; i < 4; ++i) {
        if (ring.u32(pos + 4 + 4 * i) != kEofMagic[i])
            return false;
    }
    if (ring.u32(pos + 36) != kEofSize)
        return false;
    eof.begin = ring.u32(pos + 20);
    eof.end = ring.u32(pos + 24);
    eof.last = ring.u32(pos + 28);
    eof.first = ring.u32(pos + 32);
    return true;
}

struct Slot
{
    quint32 number = 0;
    qint64 pos = 0;
    qint64 length = 0;
};

// Empty when a record starts at pos, else why not. limit: the forward distance the record must
// stay within (the end-of-file record), or -1.
QString recordProblem(const Ring &ring, qint64 pos, qint64 limit, qint64 &length)
{
    length = ring.u32(pos);
    if (ring.u32(pos + 4) != kSignature)
        return EvtReader::tr("no record signature (\"LfLe\") where a record should start");
    if (length < kMinRecord || length > ring.capacity())
        return EvtReader::tr("implausible record length %1").arg(length);
    if (ring.u32(pos + length - 4) != quint32(length))
        return EvtReader::tr("the record's length (%1) and its copy at the end (%2) differ")
            .arg(length)
            .arg(ring.u32(pos + length - 4));
    if (limit >= 0 && length > limit)
        return EvtReader::tr("the record (%1 bytes) runs into the end-of-file record").arg(length);
    return {};
}

QString utf16z(const uchar *p, qint64 &pos, qint64 end)
{
    QString s;
    while (pos + 1 < end) {
        const char16_t u = char16_t(le16(p + pos));
        pos += 2;
        if (u == 0)
            return s;
        s += QChar(u);
    }
    pos = end; // unterminated: what is there
    return s;
}

QString sidText(const uchar *p, qint64 length)
{
    if (length < 8)
        return {};
    const int count = p[1];
    if (8 + 4 * qint64(count) > length)
        return {};
    quint64 authority = 0;
    for (int i = 2; i < 8; ++i)
        authority = (authority << 8) | p[i];
    QString s = QStringLiteral("S-%1-").arg(p[0]);
    if (authority >= (quint64(1) << 32))
        s += QStringLiteral("0x%1").arg(authority, 12, 16, QLatin1Char('0')).toUpper();
    else
        s += QString::number(authority);
    for (int i = 0; i < count; ++i)
        s += QLatin1Char('-') + QString::number(le32(p + 8 + 4 * i));
    return s;
}

// Decodes one linear record. Offsets pointing outside the record are ignored (libevt).
void decodeRecord(const uchar *p, qint64 length, EventRecord &r, QString *binaryHex)
{
    const qint64 end = length - 4;
    r.recordId = le32(p + 8);
    const quint32 generated = le32(p + 12);
    r.fileTime = generated ? TextExport::fileTimeFromUnixSeconds(generated) : 0;
    const quint32 id = le32(p + 20);
    r.eventId = quint16(id & 0xFFFF);
    r.qualifiers = quint16(id >> 16);
    r.hasQualifiers = true;
    switch (le16(p + 24)) {
    case 0x0001:
        r.level = 2;
        break;
    case 0x0002:
        r.level = 3;
        break;
    case 0x0004:
        r.level = 4;
        break;
    case 0x0008:
        r.level = 0;
        r.keywords = kAuditSuccess;
        break;
    case 0x0010:
        r.level = 0;
        r.keywords = kAuditFailure;
        break;
    default:
        r.level = 0; // EVENTLOG_SUCCESS and unknown types
        break;
    }
    const int strings = le16(p + 26);
    r.task = le16(p + 28);
    const quint32 stringOffset = le32(p + 36);
    const quint32 sidLength = le32(p + 40);
    const quint32 sidOffset = le32(p + 44);
    const quint32 dataLength = le32(p + 48);
    const quint32 dataOffset = le32(p + 52);

    qint64 pos = kFixedSize;
    r.provider = utf16z(p, pos, end);
    r.computer = utf16z(p, pos, end);
    if (sidLength > 0 && sidOffset >= kFixedSize && qint64(sidOffset) + sidLength <= end)
        r.userSid = sidText(p + sidOffset, sidLength);
    if (strings > 0 && stringOffset >= kFixedSize && stringOffset < end) {
        qint64 bound = end;
        if (dataLength > 0 && dataOffset > stringOffset && dataOffset <= end)
            bound = dataOffset;
        qint64 s = stringOffset;
        for (int i = 0; i < strings && s < bound; ++i)
            r.data.append(EventDataField{QString(), utf16z(p, s, bound)});
    }
    if (binaryHex && dataLength > 0 && dataOffset >= kFixedSize &&
        qint64(dataOffset) + dataLength <= end) {
        *binaryHex = QString::fromLatin1(
            QByteArray::fromRawData(reinterpret_cast<const char *>(p + dataOffset),
                                    qsizetype(dataLength))
                .toHex()
                .toUpper());
    }
}

class Reader
{
public:
    Reader(const Ring &ring, ReadSummary &summary)
        : m_ring(ring)
        , m_summary(summary)
    {}

    // From the oldest record to the end-of-file record.
    void walk(qint64 begin, qint64 eofPos);
    // Without a usable end-of-file record: every record the file holds.
    void scan();
    QList<Slot> &slots() { return m_slots; }

private:
    void damaged(qint64 pos, const QString &reason)
    {
        const ReadIssue &issue = m_summary.addIssueAtOffset(pos, reason);
        ++m_summary.recordsDamaged;
        qCDebug(lcEvt) << issue.toString();
    }

    const Ring &m_ring;
    ReadSummary &m_summary;
    QList<Slot> m_slots;
};

void Reader::walk(qint64 begin, qint64 eofPos)
{
    qint64 pos = begin;
    qint64 walked = 0;
    const qint64 capacity = m_ring.capacity();
    while (pos != eofPos) {
        if (walked > capacity) {
            damaged(pos, EvtReader::tr("the records do not lead to the end-of-file record"));
            return;
        }
        if (m_ring.size() - pos < kFixedSize) {
            // Too little room for a fixed part: padding, the next record follows the header.
            walked += m_ring.size() - pos;
            pos = kHeaderSize;
            continue;
        }
        qint64 length = 0;
        const QString problem = recordProblem(m_ring, pos, m_ring.distance(pos, eofPos), length);
        if (problem.isEmpty()) {
            m_slots.append(Slot{m_ring.u32(pos + 8), pos, length});
            pos = m_ring.wrap(pos + length);
            walked += length;
            continue;
        }
        // Resynchronise: the next offset holding a whole record before the end-of-file record.
        const qint64 left = m_ring.distance(pos, eofPos);
        qint64 found = -1;
        for (qint64 k = 1; k < left; ++k) {
            const qint64 c = m_ring.wrap(pos + k);
            if (m_ring.at(c + 4) != 'L' || m_ring.u32(c + 4) != kSignature)
                continue;
            if (m_ring.size() - c < kFixedSize)
                continue;
            qint64 len = 0;
            if (recordProblem(m_ring, c, m_ring.distance(c, eofPos), len).isEmpty()) {
                found = k;
                break;
            }
        }
        if (found < 0) {
            damaged(pos, EvtReader::tr("%1; nothing readable follows before the end-of-file "
                                       "record")
                             .arg(problem));
            return;
        }
        damaged(pos, EvtReader::tr("%1; %2 bytes skipped").arg(problem).arg(found));
        walked += found;
        pos = m_ring.wrap(pos + found);
    }
}

void Reader::scan()
{
    const qint64 size = m_ring.size();
    qint64 pos = kHeaderSize;
    while (pos + 8 <= size) {
        if (m_ring.at(pos + 4) != 'L' || m_ring.u32(pos + 4) != kSignature ||
            size - pos < kFixedSize) {
            ++pos;
            continue;
        }
        qint64 length = 0;
        const QString problem = recordProblem(m_ring, pos, -1, length);
        if (!problem.isEmpty()) {
            damaged(pos, problem);
            pos += 4;
            continue;
        }
        m_slots.append(Slot{m_ring.u32(pos + 8), pos, length});
        if (pos + length >= size)
            break; // the record wraps: the rest of the file is inside it
        pos += length;
    }
}

} // namespace

namespace {

bool validOffset(quint32 offset, qint64 size)
{
    return offset >= kHeaderSize && qint64(offset) < size && (offset % 4) == 0;
}

// The end-of-file record: where the header says unless the header is stale (dirty flag), then
// the first one found forward from there (libevt / ReactOS). Its position, or -1.
qint64 findEof(const Ring &ring, qint64 size, quint32 endOffset, bool dirty, Eof &eof,
               ReadSummary &summary)
{
    if (!dirty && validOffset(endOffset, size) && eofAt(ring, endOffset, eof) &&
        eof.end == endOffset)
        return endOffset;
    const qint64 from = validOffset(endOffset, size) ? endOffset : kHeaderSize;
    auto search = [&](qint64 a, qint64 b) {
        for (qint64 p = a; p < b; p += 4) {
            Eof e;
            if (ring.u32(p) == kEofSize && eofAt(ring, p, e) && e.end == quint32(p) &&
                validOffset(e.begin, size)) {
                eof = e;
                return p;
            }
        }
        return qint64(-1);
    };
    qint64 eofPos = search(from, size);
    if (eofPos < 0)
        eofPos = search(kHeaderSize, from);
    if (eofPos >= 0 && !dirty)
        summary.addIssueAtOffset(
            endOffset, EvtReader::tr("the header is not marked dirty but does not point at the "
                                     "end-of-file record (found at 0x%1)")
                           .arg(eofPos, 0, 16));
    return eofPos;
}

// Hands the records on, oldest first and one per record number. False when stopped.
bool deliver(const Ring &ring, qint64 size, QList<Slot> &slots, const ReadOptions &options,
             const RecordSink &sink, ReadSummary &summary)
{
    std::stable_sort(slots.begin(), slots.end(),
                     [](const Slot &a, const Slot &b) { return a.number < b.number; });
    QByteArray buffer;
    qint64 n = 0;
    quint32 previous = 0;
    bool first = true;
    for (const Slot &s : std::as_const(slots)) {
        if (!first && s.number == previous)
            continue;
        first = false;
        previous = s.number;
        if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
            summary.cancelled = true;
            return false;
        }
        ++summary.recordsSeen;
        if (options.progress && (++n % kProgressEvery) == 0)
            options.progress(s.pos, size);
        const quint16 id = quint16(ring.u32(s.pos + 20) & 0xFFFF);
        if (!options.filter.mayAccept(id))
            continue;
        const uchar *p = ring.bytes(s.pos, s.length, buffer);
        EventRecord r;
        QString binary;
        decodeRecord(p, s.length, r, options.renderXml ? &binary : nullptr);
        r.offset = s.pos;
        if (!options.filter.accepts(r.provider, r.channel, r.eventId))
            continue;
        if (options.renderXml) {
            EventRecord shown = r;
            shown.keywords |= kClassic;
            r.xml = EventXml::render(shown, binary);
        }
        ++summary.recordsMatched;
        if (!sink(r)) {
            summary.cancelled = true;
            return false;
        }
    }
    return true;
}

} // namespace

void EvtReader::parse(QByteArrayView data, const ReadOptions &options, const RecordSink &sink,
                      ReadSummary &summary)
{
    const auto *d = reinterpret_cast<const uchar *>(data.data());
    const qint64 size = data.size();
    if (size < 8 || le32(d) != kHeaderSize || le32(d + 4) != kSignature) {
        summary.error = tr("not a legacy event log (.evt): no \"LfLe\" file header");
        return;
    }
    if (size < kHeaderSize) {
        summary.error = tr("the .evt file is cut short inside its header (%1 bytes)").arg(size);
        return;
    }
    summary.ok = true;
    const quint32 start = le32(d + 16);
    const quint32 endOffset = le32(d + 20);
    const quint32 flags = le32(d + 36);
    const bool dirty = flags & kFlagDirty;
    if (le32(d + 44) != kHeaderSize)
        summary.addIssueAtOffset(44, tr("the header's closing size field is damaged"));
    if (size == kHeaderSize)
        return; // a header and nothing else: an empty log
    if (size - kHeaderSize < kEofSize) {
        summary.addIssueAtOffset(kHeaderSize, tr("the file is cut short after its header"));
        return;
    }
    const Ring ring(d, size);
    Eof eof;
    const qint64 eofPos = findEof(ring, size, endOffset, dirty, eof, summary);
    if (qint64(endOffset) >= size || (!dirty && qint64(start) >= size))
        summary.addIssueAtOffset(
            size, tr("the file is cut short: its header places records up to 0x%1, the "
                     "file ends at 0x%2")
                      .arg(std::max(endOffset, start), 0, 16)
                      .arg(size, 0, 16));

    Reader reader(ring, summary);
    if (eofPos >= 0 && validOffset(eof.begin, size)) {
        reader.walk(eof.begin, eofPos);
    } else {
        summary.addIssueAtOffset(
            validOffset(endOffset, size) ? endOffset : -1,
            tr("no end-of-file record: the file is truncated or damaged; records "
               "were found by scanning"));
        reader.scan();
    }
    if (deliver(ring, size, reader.slots(), options, sink, summary) && options.progress)
        options.progress(size, size);
}

} // namespace Gpsi

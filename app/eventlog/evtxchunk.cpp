#include "evtxchunk.h"

#include <QCoreApplication>

#include <cstring>
#include <span>
#include <unordered_map>

#include "evtxevents.h"
#include "evtxvalue.h"
#include "evtxxmlwriter.h"
#include "xmlescape.h"

// Layout from libevtx's "Windows XML Event Log (EVTX)" and [MS-EVEN6] (binary XML).
//
// How a chunk is read: the records from offset 512 up to the free-space offset. A record's
// binary XML is nearly always a fragment header and a template instance: the template (an
// element tree with substitution tokens) is defined once per chunk, inline in the first record
// that uses it, and referenced by its chunk offset afterwards; the instance carries the values.
// Templates are compiled once per chunk into a flat list of operations (Op), with the places
// of EventID, Provider/@Name and Channel noted so the filter can look at those values alone.
// Running a template with its values yields a flat list of events (start, attribute, text,
// end) over one UTF-16 text buffer; the EventRecord fields and the XML (EvtxXmlWriter) are taken
// from that list.
// Records without a template (forwarded events) and nested binary XML values (type 0x21) are
// compiled the same way on the fly. Element names are stored once per chunk and referenced by
// offset; inside template definitions an element start carries a 2-byte dependency identifier,
// in records and nested values it does not (both forms are recognised by their name offset).

namespace Gpsi::EvtxDetail {

namespace {

const char *const kContext = "Gpsi::EvtxReader";

QString translated(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

constexpr int kMaxNesting = 8;        // nested binary XML values and template instances
constexpr int kMaxElementDepth = 128; // elements inside one another
constexpr int kMaxRenderDepth = 256;  // the same across nested binary XML (bounds the stack)
constexpr int kMaxExtractDepth = 64;  // element depth the field extraction follows
constexpr quint32 kMaxNameChars = 4096;

enum OpKind : quint8 {
    OpStart, // a = name, b = index of the matching OpEnd
    OpAttr,  // a = name; value pieces follow up to OpAttrEnd
    OpAttrEnd,
    OpCloseStart, // '>' of a start tag
    OpEnd,        // a = name, flags 1: closed as an empty element
    OpValue,      // literal value: type, a = chunk offset, b = size in bytes
    OpSubst,      // index, type (as declared), flags 1: optional substitution
    OpCharRef,    // a = character
    OpEntityRef,  // a = name
    OpCData,      // a = chunk offset, b = characters
    OpPITarget,   // a = name
    OpPIData,     // a = chunk offset, b = characters
    OpTemplate,   // a = template, b = chunk offset of the instance data
};

struct Op
{
    quint8 kind = 0;
    quint8 type = 0;
    quint8 flags = 0;
    quint8 spare = 0;
    quint16 index = 0;
    quint16 spare2 = 0;
    quint32 a = 0;
    quint32 b = 0;
};

struct KnownName
{
    std::u16string_view text;
    Known id;
};

constexpr KnownName kKnownNames[] = {
    {u"System", KnSystem},
    {u"Provider", KnProvider},
    {u"EventID", KnEventID},
    {u"Version", KnVersion},
    {u"Level", KnLevel},
    {u"Task", KnTask},
    {u"Opcode", KnOpcode},
    {u"Keywords", KnKeywords},
    {u"TimeCreated", KnTimeCreated},
    {u"EventRecordID", KnEventRecordID},
    {u"Correlation", KnCorrelation},
    {u"Channel", KnChannel},
    {u"Computer", KnComputer},
    {u"Security", KnSecurity},
    {u"EventData", KnEventData},
    {u"Data", KnData},
    {u"UserData", KnUserData},
    {u"Name", KnName},
    {u"Guid", KnGuid},
    {u"EventSourceName", KnEventSourceName},
    {u"Qualifiers", KnQualifiers},
    {u"SystemTime", KnSystemTime},
    {u"UserID", KnUserID},
    {u"ActivityID", KnActivityID},
    {u"xmlns", KnXmlns},
};

Known knownName(std::u16string_view name)
{
    for (const KnownName &k : kKnownNames) {
        if (k.text == name)
            return k.id;
    }
    if (name.substr(0, 6) == u"xmlns:")
        return KnXmlns;
    return KnNone;
}

enum SrcKind : quint8 { SrcNone, SrcOp, SrcComplex };

// Where a template keeps one of the values the prefilter needs.
struct FieldSrc
{
    SrcKind kind = SrcNone;
    quint32 op = 0; // an OpValue or OpSubst
};

struct Template
{
    quint32 defOffset = 0;
    bool ok = false;
    const char *error = nullptr;
    quint32 errorOffset = 0;
    std::vector<Op> ops;
    FieldSrc eventId, providerName, providerSource, channel;
};

struct Value
{
    quint8 type = 0;
    quint32 offset = 0; // in the chunk
    quint32 size = 0;
};

struct Frame
{
    const Value *values = nullptr;
    quint32 count = 0;
    bool hasArrays = false;
};

// One item of an array substitution while its element is repeated for every item.
struct Override
{
    quint16 index;
    quint8 type;
    quint32 offset;
    quint32 size;
    const Override *outer;
};

bool allZero(const uchar *p, qsizetype n)
{
    static const uchar zeros[4096] = {};
    while (n > 0) {
        const qsizetype k = qMin<qsizetype>(n, sizeof zeros);
        if (std::memcmp(p, zeros, size_t(k)) != 0)
            return false;
        p += k;
        n -= k;
    }
    return true;
}

// Decimal or 0x-hex, optionally negative (as two's complement); 0 when it is not a number.
quint64 parseNumber(const char16_t *s, qsizetype n, bool *ok = nullptr)
{
    qsizetype i = 0;
    while (i < n && (s[i] == u' ' || s[i] == u'\t'))
        ++i;
    while (n > i && (s[n - 1] == u' ' || s[n - 1] == u'\t'))
        --n;
    bool negative = false;
    if (i < n && (s[i] == u'-' || s[i] == u'+')) {
        negative = s[i] == u'-';
        ++i;
    }
    quint64 v = 0;
    bool good = i < n;
    if (i + 1 < n && s[i] == u'0' && (s[i + 1] == u'x' || s[i + 1] == u'X')) {
        i += 2;
        good = i < n;
        for (; i < n; ++i) {
            const char16_t c = s[i];
            int digit;
            if (c >= u'0' && c <= u'9')
                digit = c - u'0';
            else if (c >= u'a' && c <= u'f')
                digit = c - u'a' + 10;
            else if (c >= u'A' && c <= u'F')
                digit = c - u'A' + 10;
            else {
                good = false;
                break;
            }
            v = (v << 4) | quint64(digit);
        }
    } else {
        for (; i < n; ++i) {
            const char16_t c = s[i];
            if (c < u'0' || c > u'9') {
                good = false;
                break;
            }
            v = v * 10 + quint64(c - u'0');
        }
    }
    if (ok)
        *ok = good;
    if (!good)
        return 0;
    return negative ? quint64(0) - v : v;
}

// compile()'s open elements (each its OpStart's index) and where it is in a start tag.
struct CompileState
{
    explicit CompileState(std::vector<Op> &out)
        : ops(out)
    {}

    std::vector<Op> &ops;
    quint32 stack[kMaxElementDepth]; // filled up to depth
    int depth = 0;
    bool inStartTag = false;
    bool sawElement = false;

    // Adds the OpEnd and links the element's OpStart to it.
    void closeElement(bool empty)
    {
        const quint32 start = stack[--depth];
        Op op;
        op.kind = OpEnd;
        op.flags = empty ? 1 : 0;
        op.a = ops[start].a;
        ops.push_back(op);
        ops[start].b = quint32(ops.size() - 1);
    }
};

// One open element while the fields are taken from a record's events.
struct ExtractLevel
{
    Known known;
    bool hadChild;
    bool attrField;      // a UserData attribute became a data field
    quint32 capBegin;    // where its text starts in the capture buffer
    qsizetype dataIndex; // its EventData/Data field, or -1
};

// Provider/@Name, or Provider/@EventSourceName where a classic source has no name.
struct ProviderNames
{
    QString name;
    QString source;
};

// The chunk header fields the reader uses.
struct ChunkHeader
{
    bool magicOk = false; // "ElfChnk\0"
    bool sane = false;    // header size and offsets possible
    quint32 headerSize = 0;
    quint32 freeOffset = 0;
    quint32 dataCrc = 0;
    quint32 headerCrc = 0;
    qint64 expected = -1; // records the first and last record numbers promise; -1 unknown
};

ChunkHeader readChunkHeader(const uchar *d)
{
    ChunkHeader h;
    h.magicOk = std::memcmp(d, "ElfChnk\0", 8) == 0;
    const quint64 firstNumber = le64(d + 8);
    const quint64 lastNumber = le64(d + 16);
    h.headerSize = le32(d + 40);
    const quint32 lastOffset = le32(d + 44);
    h.freeOffset = le32(d + 48);
    h.dataCrc = le32(d + 52);
    h.headerCrc = le32(d + 124);
    h.sane = h.headerSize == 128 && h.freeOffset >= kChunkHeaderSize &&
             h.freeOffset <= kChunkSize && lastOffset < h.freeOffset;
    if (lastNumber >= firstNumber && lastNumber - firstNumber < 10000)
        h.expected = qint64(lastNumber - firstNumber + 1);
    return h;
}

} // namespace

class ChunkParser::Impl
{
public:
    Impl();
    void parse(const ChunkTask &task, const ChunkSettings &settings, ChunkResult &result);

private:
    // Chunk level
    void resetChunk();
    void addIssue(quint32 chunkPos, const QString &reason, qint64 lost = -1);
    bool checkHeader(const ChunkHeader &h, const QString &chunkName, bool *stopAtFirstBad);
    void readRecords(const ChunkHeader &h, bool stopAtFirstBad, const QString &chunkName);
    QString damagedRecordReason(quint32 pos, quint32 limit, const QString &chunkName) const;
    quint32 findRecord(quint32 from, quint32 limit) const;
    enum class RecordStatus { Read, Failed, Rejected };
    RecordStatus readRecord(quint32 pos, quint32 size, bool tentative);

    bool fail(const char *why, quint32 at)
    {
        if (!m_error) {
            m_error = why;
            m_errorOffset = at;
        }
        return false;
    }

    // Names and templates
    bool nameAt(quint32 off, quint32 limit, quint32 &id, quint32 *after);
    bool readNameRef(quint32 &pos, quint32 end, quint32 &id);
    bool readElementStart(quint32 &pos, quint32 end, bool templateMode, quint32 &name);
    bool templateAt(quint32 defOffset, quint32 &index);
    bool parseTemplateInstance(quint32 &pos, quint32 end, quint32 &tplIndex, quint32 &instOffset);
    bool scanValues(quint32 pos, quint32 end, std::vector<Value> &values, quint32 *after,
                    bool *hasArrays);
    bool compile(quint32 pos, quint32 end, bool templateMode, std::vector<Op> &ops);
    bool compileInStartTag(quint32 &pos, quint32 end, quint8 base, CompileState &st);
    bool readCharacters(quint32 &pos, quint32 end, quint8 base, std::vector<Op> &ops);
    bool readPiece(quint32 &pos, quint32 end, std::vector<Op> &ops);
    bool readValueToken(quint32 &pos, quint32 end, Op &op);
    void computeFieldSources(Template &t);

    // Prefilter: 0 reject, 1 passes on ID/provider/channel, 2 cannot tell without rendering
    int prefilter(const Template &t, const Frame &f);
    bool srcText(const Template &t, const FieldSrc &src, const Frame &f, U16Buffer &out);

    // Running templates into events
    bool execTemplate(quint32 tplIndex, quint32 instOffset, int depth);
    bool execNested(quint32 offset, quint32 size, int depth);
    bool execStream(const Op *ops, quint32 n, const Frame &f, int depth);
    bool execElement(const Op *ops, quint32 i, const Frame &f, int depth, const Override *ov);
    bool emitElement(const Op *ops, quint32 i, const Frame &f, int depth, const Override *ov);
    bool contentPiece(const Op &op, const Frame &f, int depth, const Override *ov);
    Value resolve(const Op &op, const Frame &f, const Override *ov) const;
    void appendValue(const Value &v);
    void pushEv(EvKind kind, quint32 name, quint32 begin, quint32 len, const Value *src = nullptr);

    // Results
    void extract(EventRecord &r);
    void extractAttribute(const Ev &ev, ExtractLevel &l, int depth, Known section, EventRecord &r,
                          ProviderNames &provider);
    void extractEnd(const Ev &ev, const ExtractLevel &l, int depth, Known section, EventRecord &r);
    QString sharedString(const char16_t *s, qsizetype n);
    QString sharedUpper(const char16_t *s, qsizetype n);

    const uchar *m_d = nullptr;
    quint32 m_size = 0;
    const ChunkTask *m_task = nullptr;
    const ChunkSettings *m_settings = nullptr;
    ChunkResult *m_result = nullptr;

    U16Buffer m_namePool;
    std::vector<NameEntry> m_names;
    std::unordered_map<quint32, quint32> m_nameByOffset;

    std::vector<std::unique_ptr<Template>> m_templates;
    quint32 m_templateCount = 0;
    std::unordered_map<quint32, quint32> m_templateByOffset;

    std::vector<Op> m_scratch[kMaxNesting + 2];
    std::vector<Value> m_values[kMaxNesting + 2];
    std::vector<std::vector<ArrayItem>> m_itemPool;
    int m_itemDepth = 0;

    std::vector<Ev> m_events; // storage; the record's events are the first m_eventCount
    size_t m_eventCount = 0;
    std::span<const Ev> events() const { return {m_events.data(), m_eventCount}; }
    Q_NEVER_INLINE void growEvents() { m_events.resize(qMax<size_t>(256, m_events.size() * 2)); }
    U16Buffer m_text;
    U16Buffer m_cap;
    U16Buffer m_tmp;
    U16Buffer m_tmp2;
    QString m_shared[256];

    quint32 m_recEnd = 0;
    int m_renderDepth = 0;
    qsizetype m_xmlSize = 0;    // the XML of m_events before escaping
    bool m_xmlOpen = false;     // the last start tag of m_events is still open
    qsizetype m_dataStarts = 0; // Data elements in m_events
    const char *m_error = nullptr;
    quint32 m_errorOffset = 0;
};

ChunkParser::ChunkParser()
    : d(std::make_unique<Impl>())
{}

ChunkParser::~ChunkParser() = default;

void ChunkParser::parse(const ChunkTask &task, const ChunkSettings &settings, ChunkResult &result)
{
    if (task.hole) { // what the all-zeros test below would find, without paging in zeros
        result.wiped = task.counted;
        return;
    }
    d->parse(task, settings, result);
}

ChunkParser::Impl::Impl()
{
    m_events.resize(256);
    m_names.reserve(256);
    m_itemPool.resize(4);
}

void ChunkParser::Impl::resetChunk()
{
    m_namePool.clear();
    m_names.clear();
    m_nameByOffset.clear();
    m_templateCount = 0;
    m_templateByOffset.clear();
}

void ChunkParser::Impl::addIssue(quint32 chunkPos, const QString &reason, qint64 lost)
{
    ReadIssue issue;
    issue.file = m_settings->file;
    issue.offset = m_task->fileOffset + chunkPos;
    issue.reason = reason;
    issue.recordsLost = lost;
    m_result->issues.append(issue);
    if (lost > 0)
        m_result->damaged += lost;
}

// ---------------------------------------------------------------------------------------------
// Chunk and records

void ChunkParser::Impl::parse(const ChunkTask &task, const ChunkSettings &settings,
                              ChunkResult &result)
{
    m_task = &task;
    m_settings = &settings;
    m_result = &result;
    m_d = task.data;
    m_size = quint32(qBound<qsizetype>(0, task.size, kChunkSize));
    resetChunk();

    const QString chunkName = QString::number(task.index);
    if (m_size < kChunkHeaderSize) {
        if (!allZero(m_d, m_size))
            addIssue(0, translated(QT_TRANSLATE_NOOP("Gpsi::EvtxReader",
                                                     "chunk %1: the file ends inside the chunk "
                                                     "header (%2 bytes)"))
                            .arg(chunkName)
                            .arg(m_size));
        return;
    }
    if (allZero(m_d, m_size)) {
        // An unused block, unless the header says the log uses it: then it was wiped (the
        // reader reports runs of such chunks as one issue).
        result.wiped = task.counted;
        return;
    }
    const ChunkHeader header = readChunkHeader(m_d);
    bool stopAtFirstBad = false;
    if (checkHeader(header, chunkName, &stopAtFirstBad))
        readRecords(header, stopAtFirstBad, chunkName);
}

// Reports what is wrong with the chunk header. False when the block cannot be read at all;
// *stopAtFirstBad when the records are read only up to the first damaged one.
bool ChunkParser::Impl::checkHeader(const ChunkHeader &h, const QString &chunkName,
                                    bool *stopAtFirstBad)
{
    if (!h.magicOk) {
        if (!h.sane) {
            addIssue(0, translated(QT_TRANSLATE_NOOP("Gpsi::EvtxReader",
                                                     "chunk %1: bad signature and no usable "
                                                     "header; the block was skipped"))
                            .arg(chunkName));
            return false;
        }
        addIssue(0, translated(QT_TRANSLATE_NOOP("Gpsi::EvtxReader",
                                                 "chunk %1: bad signature; its records were "
                                                 "read up to the first damaged one"))
                        .arg(chunkName));
        *stopAtFirstBad = true;
        return true;
    }
    if (!h.sane) {
        addIssue(0, translated(QT_TRANSLATE_NOOP("Gpsi::EvtxReader",
                                                 "chunk %1: impossible header (header size %2, "
                                                 "free-space offset 0x%3)"))
                        .arg(chunkName)
                        .arg(h.headerSize)
                        .arg(h.freeOffset, 0, 16));
        *stopAtFirstBad = true;
    }
    const bool crcsOptional = m_settings->crcsOptional;
    const quint32 computedHeaderCrc = crc32(m_d + 128, 384, crc32(m_d, 120));
    if (computedHeaderCrc != h.headerCrc && !(crcsOptional && h.headerCrc == 0))
        addIssue(0, translated(QT_TRANSLATE_NOOP("Gpsi::EvtxReader",
                                                 "chunk %1: header checksum mismatch "
                                                 "(stored 0x%2, computed 0x%3)"))
                        .arg(chunkName)
                        .arg(h.headerCrc, 8, 16, QLatin1Char('0'))
                        .arg(computedHeaderCrc, 8, 16, QLatin1Char('0')));
    if (h.sane && h.freeOffset <= m_size) {
        const quint32 computedDataCrc =
            crc32(m_d + kChunkHeaderSize, qsizetype(h.freeOffset) - kChunkHeaderSize);
        if (computedDataCrc != h.dataCrc && !(crcsOptional && h.dataCrc == 0))
            addIssue(kChunkHeaderSize,
                     translated(QT_TRANSLATE_NOOP("Gpsi::EvtxReader",
                                                  "chunk %1: record data checksum mismatch "
                                                  "(stored 0x%2, computed 0x%3)"))
                         .arg(chunkName)
                         .arg(h.dataCrc, 8, 16, QLatin1Char('0'))
                         .arg(computedDataCrc, 8, 16, QLatin1Char('0')));
    }
    return true;
}

// The records from offset 512 up to the free-space offset (or the end of what the file holds);
// damage is reported and skipped, or ends the walk when stopAtFirstBad.
void ChunkParser::Impl::readRecords(const ChunkHeader &h, bool stopAtFirstBad,
                                    const QString &chunkName)
{
    quint32 limit = h.sane ? h.freeOffset : quint32(kChunkSize);
    const bool truncated = limit > m_size;
    if (truncated)
        limit = m_size;
    quint32 pos = kChunkHeaderSize;
    qint64 found = 0;
    while (pos + 24 <= limit) {
        const quint32 magic = le32(m_d + pos);
        const quint32 size = le32(m_d + pos + 4);
        const bool sizeFits = magic == 0x00002a2a && size >= 28 && size <= limit - pos;
        if (sizeFits && le32(m_d + pos + size - 4) == size) {
            readRecord(pos, size, false);
            ++found;
            pos += size;
            continue;
        }
        if (sizeFits) {
            // The size copy at the end is wrong: typically a record whose last four bytes were
            // never written. Keep it when its binary XML reads cleanly and it names itself.
            const quint32 copy = le32(m_d + pos + size - 4);
            if (readRecord(pos, size, true) == RecordStatus::Read) {
                addIssue(pos, translated(QT_TRANSLATE_NOOP("Gpsi::EvtxReader",
                                                           "chunk %1: record %2 has a damaged "
                                                           "size copy (%3); it was read anyway"))
                                  .arg(chunkName)
                                  .arg(le64(m_d + pos + 8))
                                  .arg(copy));
                ++found;
                pos += size;
                continue;
            }
        }
        if (magic == 0x00002a2a && size >= 28 && truncated && size > limit - pos &&
            size <= kChunkSize - pos) {
            addIssue(pos,
                     translated(QT_TRANSLATE_NOOP("Gpsi::EvtxReader",
                                                  "chunk %1: the file ends inside the "
                                                  "record at this offset"))
                         .arg(chunkName),
                     1);
            return;
        }
        if (allZero(m_d + pos, limit - pos)) {
            if (h.sane && !truncated)
                addIssue(pos,
                         translated(QT_TRANSLATE_NOOP("Gpsi::EvtxReader",
                                                      "chunk %1: the records end in zeros "
                                                      "before the free-space offset 0x%2"))
                             .arg(chunkName)
                             .arg(h.freeOffset, 0, 16),
                         h.expected > found ? h.expected - found : -1);
            break;
        }
        const QString why = damagedRecordReason(pos, limit, chunkName);
        if (stopAtFirstBad) {
            addIssue(pos, why, h.expected > found ? h.expected - found : (sizeFits ? 1 : -1));
            break;
        }
        const quint32 next = findRecord(pos + 1, limit);
        addIssue(pos,
                 why + translated(QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "; skipped %1 bytes"))
                           .arg(next ? next - pos : limit - pos),
                 sizeFits ? 1 : -1);
        if (!next)
            break;
        pos = next;
    }
    if (truncated)
        addIssue(m_size, translated(QT_TRANSLATE_NOOP("Gpsi::EvtxReader",
                                                      "chunk %1: the file ends %2 bytes into the "
                                                      "chunk; the records before that were read"))
                             .arg(chunkName)
                             .arg(m_size));
}

// Why the bytes at pos are not a record that can be read.
QString ChunkParser::Impl::damagedRecordReason(quint32 pos, quint32 limit,
                                               const QString &chunkName) const
{
    const quint32 magic = le32(m_d + pos);
    const quint32 size = le32(m_d + pos + 4);
    if (magic == 0x00002a2a && size >= 28 && size <= limit - pos)
        return translated(QT_TRANSLATE_NOOP("Gpsi::EvtxReader",
                                            "chunk %1: damaged record (size %2, size copy %3)"))
            .arg(chunkName)
            .arg(size)
            .arg(le32(m_d + pos + size - 4));
    if (magic != 0x00002a2a)
        return translated(QT_TRANSLATE_NOOP("Gpsi::EvtxReader",
                                            "chunk %1: no record signature at this "
                                            "offset"))
            .arg(chunkName);
    return translated(QT_TRANSLATE_NOOP("Gpsi::EvtxReader",
                                        "chunk %1: record with an impossible size (%2)"))
        .arg(chunkName)
        .arg(size);
}

quint32 ChunkParser::Impl::findRecord(quint32 from, quint32 limit) const
{
    for (quint32 q = from; q + 28 <= limit; ++q) {
        const void *hit = std::memchr(m_d + q, 0x2a, limit - q);
        if (!hit)
            return 0;
        q = quint32(static_cast<const uchar *>(hit) - m_d);
        if (q + 28 > limit)
            return 0;
        if (le32(m_d + q) != 0x00002a2a)
            continue;
        const quint32 size = le32(m_d + q + 4);
        if (size >= 28 && size <= limit - q && le32(m_d + q + size - 4) == size)
            return q;
    }
    return 0;
}

ChunkParser::Impl::RecordStatus ChunkParser::Impl::readRecord(quint32 pos, quint32 size,
                                                              bool tentative)
{
    const quint64 recordId = le64(m_d + pos + 8);
    const quint64 written = le64(m_d + pos + 16);
    m_recEnd = pos + size - 4;
    m_error = nullptr;
    m_itemDepth = 0;
    m_renderDepth = 0;

    quint32 p = pos + 24;
    quint32 q = p;
    while (q + 4 <= m_recEnd && m_d[q] == 0x0f)
        q += 4;
    const bool viaTemplate = q < m_recEnd && (m_d[q] & 0x0f) == 0x0c;
    quint32 tplIndex = 0;
    quint32 instOffset = 0;
    bool ok;
    if (viaTemplate) {
        ok = parseTemplateInstance(q, m_recEnd, tplIndex, instOffset);
    } else {
        ok = compile(p, m_recEnd, false, m_scratch[0]);
        bool hasEvent = false;
        for (const Op &op : m_scratch[0])
            hasEvent |= op.kind == OpStart || op.kind == OpTemplate;
        if (ok && !hasEvent)
            ok = fail(QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "no event in the binary XML"), p);
    }

    const EventFilter *filter = m_settings->filter;
    const bool filtering = filter && !filter->isEmpty();
    if (ok && filtering && viaTemplate && !tentative) {
        bool hasArrays = false;
        ok = scanValues(instOffset, m_recEnd, m_values[0], nullptr, &hasArrays);
        if (ok) {
            const Frame f{m_values[0].data(), quint32(m_values[0].size()), hasArrays};
            if (prefilter(*m_templates[tplIndex], f) == 0) {
                ++m_result->seen;
                return RecordStatus::Read;
            }
        }
    }
    if (ok) {
        m_eventCount = 0;
        m_text.clear();
        m_xmlSize = 0;
        m_xmlOpen = false;
        m_dataStarts = 0;
        if (viaTemplate)
            ok = execTemplate(tplIndex, instOffset, 0);
        else
            ok = execStream(m_scratch[0].data(), quint32(m_scratch[0].size()), Frame(), 0);
    }
    if (!ok && tentative)
        return RecordStatus::Rejected;
    if (!ok) {
        const char *why =
            m_error ? m_error : QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "unreadable binary XML");
        addIssue(pos,
                 translated(QT_TRANSLATE_NOOP("Gpsi::EvtxReader",
                                              "chunk %1: record %2 skipped: %3 (at offset 0x%4)"))
                     .arg(m_task->index)
                     .arg(recordId)
                     .arg(translated(why))
                     .arg(m_task->fileOffset + m_errorOffset, 0, 16),
                 1);
        return RecordStatus::Failed;
    }
    EventRecord record;
    extract(record);
    if (tentative && (record.recordId == 0 || record.fileTime <= 0))
        return RecordStatus::Rejected;
    ++m_result->seen;
    if (filtering && !filter->accepts(record.provider, record.channel, record.eventId))
        return RecordStatus::Read;
    if (record.recordId == 0) // saved logs number their records anew; EventRecordID is kept
        record.recordId = recordId;
    record.offset = m_task->fileOffset + pos;
    if (record.fileTime <= 0 && written > 0 && written < quint64(0x7fffffffffffffffLL))
        record.fileTime = qint64(written);
    if (m_settings->renderXml) {
        record.xml = EvtxXmlWriter(events(), m_text, m_names, m_namePool).write(m_xmlSize);
    }
    m_result->records.push_back(std::move(record));
    return RecordStatus::Read;
}

// ---------------------------------------------------------------------------------------------
// Names, templates, compiling binary XML

bool ChunkParser::Impl::nameAt(quint32 off, quint32 limit, quint32 &id, quint32 *after)
{
    const auto it = m_nameByOffset.find(off);
    if (it != m_nameByOffset.end()) {
        id = it->second;
        if (after) {
            const quint32 end = off + 10 + 2 * quint32(le16(m_d + off + 6));
            if (end > limit)
                return false;
            *after = end;
        }
        return true;
    }
    if (off < kChunkHeaderSize || off > m_size || m_size - off < 10 || limit > m_size)
        return false;
    const quint32 chars = le16(m_d + off + 6);
    const quint32 end = off + 10 + 2 * chars;
    if (chars > kMaxNameChars || end > limit || le16(m_d + off + 8 + 2 * chars) != 0)
        return false;
    NameEntry entry;
    entry.begin = quint32(m_namePool.size());
    m_namePool.appendUtf16Le(m_d + off + 8, chars);
    char16_t *text = m_namePool.tail(0) - chars;
    entry.len = chars;
    entry.known = knownName(std::u16string_view(text, chars));
    // Keep the XML well formed whatever the name holds.
    for (quint32 i = 0; i < chars; ++i) {
        const char16_t c = text[i];
        if (c <= 0x20 || c == u'<' || c == u'>' || c == u'&' || c == u'"' || c == u'\'' ||
            c == u'=' || c == u'/' || c == 0x7f || !isXmlChar(c) || (c >= 0xD800 && c < 0xE000))
            text[i] = u'_';
    }
    if (chars == 0) {
        m_namePool.append(u'_');
        entry.len = 1;
    }
    id = quint32(m_names.size());
    m_names.push_back(entry);
    m_nameByOffset.emplace(off, id);
    if (after)
        *after = end;
    return true;
}

bool ChunkParser::Impl::readNameRef(quint32 &pos, quint32 end, quint32 &id)
{
    if (pos + 4 > end)
        return fail(QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "truncated name reference"), pos);
    const quint32 off = le32(m_d + pos);
    const quint32 next = pos + 4;
    if (off == next) {
        quint32 after = 0;
        if (!nameAt(off, end, id, &after))
            return fail(QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "damaged name"), off);
        pos = after;
        return true;
    }
    if (off < pos && nameAt(off, m_size, id, nullptr)) {
        pos = next;
        return true;
    }
    return fail(QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "name offset points to no name"), pos);
}

bool ChunkParser::Impl::readElementStart(quint32 &pos, quint32 end, bool templateMode,
                                         quint32 &name)
{
    const quint32 start = pos;
    const bool hasAttributes = m_d[start] & 0x40;
    for (int attempt = 0; attempt < 2; ++attempt) {
        const bool dependency = (attempt == 0) == templateMode;
        const quint32 field = start + 1 + (dependency ? 2 : 0) + 4;
        if (field + 4 > end)
            continue;
        const quint32 off = le32(m_d + field);
        quint32 after = field + 4;
        if (off == after) {
            if (!nameAt(off, end, name, &after))
                continue;
        } else if (off >= start || !nameAt(off, m_size, name, nullptr)) {
            continue;
        }
        if (hasAttributes) {
            if (after + 4 > end)
                continue;
            after += 4; // size of the attribute list
        }
        pos = after;
        return true;
    }
    return fail(QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "element start with no valid name"), start);
}

bool ChunkParser::Impl::templateAt(quint32 defOffset, quint32 &index)
{
    const auto it = m_templateByOffset.find(defOffset);
    if (it != m_templateByOffset.end()) {
        index = it->second;
        const Template &t = *m_templates[index];
        return t.ok || fail(t.error, t.errorOffset);
    }
    if (defOffset < kChunkHeaderSize || defOffset > m_size || m_size - defOffset < 24)
        return fail(QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "template definition outside the chunk"),
                    defOffset);
    const quint32 dataSize = le32(m_d + defOffset + 20);
    if (dataSize > m_size - defOffset - 24)
        return fail(
            QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "template definition larger than the chunk"),
            defOffset);
    if (m_templateCount == m_templates.size())
        m_templates.push_back(std::make_unique<Template>());
    index = m_templateCount++;
    Template &t = *m_templates[index];
    t.defOffset = defOffset;
    t.error = nullptr;
    t.eventId = t.providerName = t.providerSource = t.channel = FieldSrc();
    const char *outerError = m_error;
    const quint32 outerOffset = m_errorOffset;
    m_error = nullptr;
    t.ok = compile(defOffset + 24, defOffset + 24 + dataSize, true, t.ops);
    if (!t.ok) {
        t.error = m_error;
        t.errorOffset = m_errorOffset;
    } else {
        computeFieldSources(t);
    }
    m_error = outerError;
    m_errorOffset = outerOffset;
    m_templateByOffset.emplace(defOffset, index);
    return t.ok || fail(t.error, t.errorOffset);
}

bool ChunkParser::Impl::parseTemplateInstance(quint32 &pos, quint32 end, quint32 &tplIndex,
                                              quint32 &instOffset)
{
    if (pos + 10 > end)
        return fail(QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "truncated template instance"), pos);
    const quint32 defOffset = le32(m_d + pos + 6);
    quint32 p = pos + 10;
    if (defOffset == p) {
        if (p + 24 > end)
            return fail(QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "truncated template definition"), p);
        const quint32 dataSize = le32(m_d + p + 20);
        if (dataSize > end - p - 24)
            return fail(
                QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "template definition larger than its record"),
                p);
        p += 24 + dataSize;
    } else if (defOffset > p) {
        return fail(
            QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "template definition offset points ahead"), pos);
    }
    if (!templateAt(defOffset, tplIndex))
        return false;
    instOffset = p;
    std::vector<Value> &scratch = m_values[kMaxNesting + 1];
    return scanValues(p, end, scratch, &pos, nullptr);
}

bool ChunkParser::Impl::scanValues(quint32 pos, quint32 end, std::vector<Value> &values,
                                   quint32 *after, bool *hasArrays)
{
    values.clear();
    if (pos + 4 > end)
        return fail(QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "truncated template values"), pos);
    const quint32 count = le32(m_d + pos);
    if (count > (end - pos - 4) / 4)
        return fail(QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "impossible number of template values"),
                    pos);
    quint32 desc = pos + 4;
    quint32 data = desc + 4 * count;
    bool arrays = false;
    for (quint32 i = 0; i < count; ++i, desc += 4) {
        const quint32 size = le16(m_d + desc);
        const quint8 type = m_d[desc + 2];
        if (size > end - data)
            return fail(QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "template value beyond its record"),
                        desc);
        values.push_back(Value{type, data, size});
        arrays |= (type & VtArray) != 0;
        data += size;
    }
    if (after)
        *after = data;
    if (hasArrays)
        *hasArrays = arrays;
    return true;
}

bool ChunkParser::Impl::readValueToken(quint32 &pos, quint32 end, Op &op)
{
    if (pos + 2 > end)
        return fail(QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "truncated value"), pos);
    const quint8 type = m_d[pos + 1];
    quint32 p = pos + 2;
    quint32 size = 0;
    switch (type) {
    case VtNull:
        break;
    case VtString:
    case VtAnsiString:
    case VtString | VtArray:
    case VtAnsiString | VtArray:
        if (p + 2 > end)
            return fail(QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "truncated value"), pos);
        size = le16(m_d + p);
        if (type == VtString)
            size *= 2;
        p += 2;
        break;
    case VtBinary:
        if (p + 4 > end)
            return fail(QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "truncated value"), pos);
        size = le32(m_d + p);
        p += 4;
        break;
    case VtSid:
        if (p + 2 > end)
            return fail(QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "truncated value"), pos);
        size = 8 + 4 * quint32(m_d[p + 1]);
        break;
    case VtSizeT:
        size = 8;
        break;
    default:
        size = quint32(fixedValueSize(type));
        if (size == 0)
            return fail(QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "value token of an unsupported type"),
                        pos);
        break;
    }
    if (size > end - p)
        return fail(QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "value beyond the binary XML"), pos);
    op.kind = OpValue;
    op.type = type;
    op.a = p;
    op.b = size;
    pos = p + size;
    return true;
}

bool ChunkParser::Impl::readPiece(quint32 &pos, quint32 end, std::vector<Op> &ops)
{
    Op op;
    switch (m_d[pos] & 0x0f) {
    case 0x05:
        if (!readValueToken(pos, end, op))
            return false;
        break;
    case 0x08:
        if (pos + 3 > end)
            return fail(QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "truncated character reference"),
                        pos);
        op.kind = OpCharRef;
        op.a = le16(m_d + pos + 1);
        pos += 3;
        break;
    case 0x09:
        ++pos;
        op.kind = OpEntityRef;
        if (!readNameRef(pos, end, op.a))
            return false;
        break;
    default: // 0x0d, 0x0e
        if (pos + 4 > end)
            return fail(QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "truncated substitution"), pos);
        op.kind = OpSubst;
        op.flags = (m_d[pos] & 0x0f) == 0x0e ? 1 : 0;
        op.index = le16(m_d + pos + 1);
        op.type = m_d[pos + 3];
        pos += 4;
        break;
    }
    ops.push_back(op);
    return true;
}

bool ChunkParser::Impl::compile(quint32 pos, quint32 end, bool templateMode, std::vector<Op> &ops)
{
    ops.clear();
    CompileState st(ops);
    int &depth = st.depth;
    while (pos < end) {
        if (m_d[pos] & 0xb0) // 0x40 ("more data" / "has attributes") is the only flag
            return fail(QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "unknown binary XML token"), pos);
        const quint8 base = m_d[pos] & 0x0f;
        if (st.inStartTag) {
            if (!compileInStartTag(pos, end, base, st))
                return false;
            continue;
        }
        if (depth == 0 && st.sawElement && !templateMode && base != 0x0f && base != 0x01 &&
            base != 0x0a && base != 0x0b && base != 0x0c)
            break; // the document is complete; what follows is padding
        switch (base) {
        case 0x00: // end of file
            ++pos;
            if (depth != 0)
                return fail(
                    QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "binary XML ends inside an element"),
                    pos);
            return true;
        case 0x01: {
            if (depth >= kMaxElementDepth)
                return fail(QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "elements nested too deeply"),
                            pos);
            Op op;
            op.kind = OpStart;
            if (!readElementStart(pos, end, templateMode, op.a))
                return false;
            st.stack[depth++] = quint32(ops.size());
            ops.push_back(op);
            st.inStartTag = true;
            st.sawElement = true;
            break;
        }
        case 0x04:
            if (depth == 0)
                return fail(QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "end tag without an element"),
                            pos);
            ++pos;
            st.closeElement(false);
            break;
        case 0x05:
        case 0x08:
        case 0x09:
        case 0x0d:
        case 0x0e:
            if (!readPiece(pos, end, ops))
                return false;
            break;
        case 0x07:
        case 0x0b:
            if (!readCharacters(pos, end, base, ops))
                return false;
            break;
        case 0x0a: {
            ++pos;
            Op op;
            op.kind = OpPITarget;
            if (!readNameRef(pos, end, op.a))
                return false;
            ops.push_back(op);
            break;
        }
        case 0x0c: {
            if (templateMode)
                return fail(QT_TRANSLATE_NOOP("Gpsi::EvtxReader",
                                              "template instance inside a template definition"),
                            pos);
            Op op;
            op.kind = OpTemplate;
            if (!parseTemplateInstance(pos, end, op.a, op.b))
                return false;
            ops.push_back(op);
            st.sawElement = true;
            break;
        }
        case 0x0f:
            if (pos + 4 > end)
                return fail(QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "truncated fragment header"),
                            pos);
            pos += 4;
            break;
        default:
            return fail(QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "unknown binary XML token"), pos);
        }
    }
    if (depth != 0 || st.inStartTag)
        return fail(QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "binary XML ends inside an element"),
                    pos);
    return true;
}

// Inside a start tag: an attribute, '>' or '/>'.
bool ChunkParser::Impl::compileInStartTag(quint32 &pos, quint32 end, quint8 base, CompileState &st)
{
    std::vector<Op> &ops = st.ops;
    if (base == 0x06) {
        ++pos;
        Op attr;
        attr.kind = OpAttr;
        if (!readNameRef(pos, end, attr.a))
            return false;
        ops.push_back(attr);
        while (pos < end) {
            const quint8 b = m_d[pos] & 0x0f;
            if (b != 0x05 && b != 0x08 && b != 0x09 && b != 0x0d && b != 0x0e)
                break;
            if (!readPiece(pos, end, ops))
                return false;
        }
        Op close;
        close.kind = OpAttrEnd;
        ops.push_back(close);
        return true;
    }
    if (base == 0x02) {
        Op op;
        op.kind = OpCloseStart;
        ops.push_back(op);
        st.inStartTag = false;
        ++pos;
        return true;
    }
    if (base == 0x03) {
        ++pos;
        st.closeElement(true);
        st.inStartTag = false;
        return true;
    }
    return fail(QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "unexpected token in a start tag"), pos);
}

// CDATA (0x07) or processing-instruction data (0x0b): a character count and UTF-16 text.
bool ChunkParser::Impl::readCharacters(quint32 &pos, quint32 end, quint8 base, std::vector<Op> &ops)
{
    if (pos + 3 > end)
        return fail(QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "truncated text"), pos);
    const quint32 chars = le16(m_d + pos + 1);
    if (2 * chars > end - pos - 3)
        return fail(QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "text beyond the binary XML"), pos);
    Op op;
    op.kind = base == 0x07 ? OpCData : OpPIData;
    op.a = pos + 3;
    op.b = chars;
    ops.push_back(op);
    pos += 3 + 2 * chars;
    return true;
}

void ChunkParser::Impl::computeFieldSources(Template &t)
{
    // Mirrors extract(): EventID and Channel are the text of the root's System/EventID and
    // System/Channel, the provider the System/Provider attributes. Only a single literal or
    // substitution counts as a simple source; anything else is left to the full render.
    Known stack[kMaxElementDepth];
    int depth = 0;
    FieldSrc *attrTarget = nullptr;
    int attrPieces = 0;
    int contentPieces = 0;
    auto systemChild = [&](Known k) { return depth >= 3 && stack[1] == KnSystem && stack[2] == k; };
    auto contentTarget = [&]() -> FieldSrc * {
        if (systemChild(KnEventID))
            return &t.eventId;
        if (systemChild(KnChannel))
            return &t.channel;
        return nullptr;
    };
    bool inAttr = false;
    const quint32 n = quint32(t.ops.size());
    for (quint32 i = 0; i < n; ++i) {
        const Op &op = t.ops[i];
        switch (op.kind) {
        case OpStart:
            if (FieldSrc *target = contentTarget())
                target->kind = SrcComplex; // an element inside EventID or Channel
            if (depth < kMaxElementDepth)
                stack[depth] = m_names[op.a].known;
            ++depth;
            if (depth == 3) {
                contentPieces = 0;
                if (FieldSrc *target = contentTarget(); target && target->kind != SrcNone)
                    target->kind = SrcComplex; // a second EventID or Channel
            }
            break;
        case OpEnd:
            --depth;
            break;
        case OpAttr:
            inAttr = true;
            attrPieces = 0;
            attrTarget = nullptr;
            if (depth == 3 && systemChild(KnProvider)) {
                const Known k = m_names[op.a].known;
                if (k == KnName)
                    attrTarget = &t.providerName;
                else if (k == KnEventSourceName)
                    attrTarget = &t.providerSource;
                if (attrTarget && attrTarget->kind != SrcNone)
                    attrTarget->kind = SrcComplex;
            }
            break;
        case OpAttrEnd:
            inAttr = false;
            attrTarget = nullptr;
            break;
        case OpCloseStart:
            break;
        default: {
            const bool simple = op.kind == OpValue || op.kind == OpSubst;
            FieldSrc *target = nullptr;
            int pieces = 0;
            if (inAttr) {
                target = attrTarget;
                pieces = ++attrPieces;
            } else if (depth == 3) {
                target = contentTarget();
                pieces = ++contentPieces;
            } else if (depth > 3) {
                target = contentTarget();
                pieces = 2;
            }
            if (!target)
                break;
            if (simple && pieces == 1 && target->kind == SrcNone) {
                target->kind = SrcOp;
                target->op = i;
            } else {
                target->kind = SrcComplex;
            }
            break;
        }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Prefilter

bool ChunkParser::Impl::srcText(const Template &t, const FieldSrc &src, const Frame &f,
                                U16Buffer &out)
{
    out.clear();
    if (src.kind != SrcOp)
        return false;
    const Op &op = t.ops[src.op];
    Value v;
    if (op.kind == OpValue) {
        v = Value{op.type, op.a, op.b};
    } else {
        if (op.index >= f.count)
            return true; // a missing value renders as nothing
        v = f.values[op.index];
    }
    if ((v.type & VtArray) || v.type == VtBinXml)
        return false;
    if (v.type == VtString)
        out.appendUtf16Le(m_d + v.offset, v.size / 2);
    else
        appendValueText(out, v.type, m_d + v.offset, v.size);
    if (v.type == VtString) { // as appendValueText: without the trailing NULs
        qsizetype n = out.size();
        while (n > 0 && *out.at(n - 1) == 0)
            --n;
        out.truncate(n);
    }
    return true;
}

int ChunkParser::Impl::prefilter(const Template &t, const Frame &f)
{
    const EventFilter &filter = *m_settings->filter;
    if (!srcText(t, t.eventId, f, m_tmp))
        return 2;
    const quint16 id = quint16(parseNumber(m_tmp.data(), m_tmp.size()));
    if (!filter.mayAccept(id))
        return 0;
    // Provider: @Name, else @EventSourceName.
    if (!srcText(t, t.providerName, f, m_tmp))
        return 2;
    if (m_tmp.isEmpty() && !srcText(t, t.providerSource, f, m_tmp))
        return 2;
    if (!srcText(t, t.channel, f, m_tmp2))
        return 2;
    return filter.accepts(QStringView(m_tmp.data(), m_tmp.size()),
                          QStringView(m_tmp2.data(), m_tmp2.size()), id)
               ? 1
               : 0;
}

// ---------------------------------------------------------------------------------------------
// Running templates

bool ChunkParser::Impl::execTemplate(quint32 tplIndex, quint32 instOffset, int depth)
{
    if (depth > kMaxNesting)
        return fail(QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "binary XML nested too deeply"),
                    instOffset);
    const Template &t = *m_templates[tplIndex];
    std::vector<Value> &values = m_values[depth];
    bool hasArrays = false;
    if (!scanValues(instOffset, m_recEnd, values, nullptr, &hasArrays))
        return false;
    const Frame f{values.data(), quint32(values.size()), hasArrays};
    return execStream(t.ops.data(), quint32(t.ops.size()), f, depth);
}

bool ChunkParser::Impl::execNested(quint32 offset, quint32 size, int depth)
{
    if (depth + 1 > kMaxNesting)
        return fail(QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "binary XML nested too deeply"), offset);
    std::vector<Op> &ops = m_scratch[depth + 1];
    if (!compile(offset, offset + size, false, ops))
        return false;
    return execStream(ops.data(), quint32(ops.size()), Frame(), depth + 1);
}

bool ChunkParser::Impl::execStream(const Op *ops, quint32 n, const Frame &f, int depth)
{
    for (quint32 i = 0; i < n;) {
        const Op &op = ops[i];
        switch (op.kind) {
        case OpStart:
            if (op.b >= n || !execElement(ops, i, f, depth, nullptr))
                return m_error ? false
                               : fail(QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "damaged element"), 0);
            i = op.b + 1;
            continue;
        case OpTemplate:
            if (!execTemplate(op.a, op.b, depth))
                return false;
            break;
        default:
            if (!contentPiece(op, f, depth, nullptr))
                return false;
            break;
        }
        ++i;
    }
    return true;
}

Value ChunkParser::Impl::resolve(const Op &op, const Frame &f, const Override *ov) const
{
    if (op.kind == OpValue)
        return Value{op.type, op.a, op.b};
    for (const Override *o = ov; o; o = o->outer) {
        if (o->index == op.index)
            return Value{o->type, o->offset, o->size};
    }
    if (op.index < f.count)
        return f.values[op.index];
    return Value{VtNull, 0, 0};
}

void ChunkParser::Impl::appendValue(const Value &v)
{
    if (!(v.type & VtArray)) {
        if (v.type == VtString) {
            qsizetype chars = v.size / 2;
            const uchar *p = m_d + v.offset;
            while (chars > 0 && p[2 * chars - 2] == 0 && p[2 * chars - 1] == 0)
                --chars;
            m_text.appendUtf16Le(p, chars);
        } else {
            appendValueText(m_text, v.type, m_d + v.offset, v.size);
        }
        return;
    }
    // An array outside of a repeated element: its items in one text.
    if (m_itemDepth >= int(m_itemPool.size()))
        m_itemPool.resize(size_t(m_itemDepth) + 1);
    std::vector<ArrayItem> &items = m_itemPool[size_t(m_itemDepth)];
    const quint8 base = splitArray(v.type, m_d + v.offset, v.size, items);
    for (size_t k = 0; k < items.size(); ++k) {
        if (k)
            m_text.appendLiteral(", ");
        appendValueText(m_text, base, m_d + v.offset + items[k].offset, items[k].size);
    }
}

Q_ALWAYS_INLINE void ChunkParser::Impl::pushEv(EvKind kind, quint32 name, quint32 begin,
                                               quint32 len, const Value *src)
{
    // Filled in place (every field): a copy built field by field on the stack and then moved
    // as a whole stalls the store-to-load forwarding.
    if (m_eventCount == m_events.size())
        growEvents();
    Ev &ev = m_events[m_eventCount++];
    ev.kind = kind;
    ev.srcType = src ? src->type : quint8(VtString);
    ev.spare = 0;
    ev.name = name;
    ev.begin = begin;
    ev.len = len;
    ev.srcOffset = src ? src->offset : 0;
    ev.srcSize = src ? src->size : 0;
    // The size of the XML before escaping, as EvtxXmlWriter writes it (it sizes the string).
    switch (kind) {
    case EvStart:
        m_xmlSize += (m_xmlOpen ? 2 : 1) + qsizetype(m_names[name].len);
        m_xmlOpen = true;
        m_dataStarts += m_names[name].known == KnData;
        break;
    case EvAttr:
        m_xmlSize += 4 + qsizetype(m_names[name].len) + qsizetype(len);
        break;
    case EvText:
        if (!len)
            break;
        [[fallthrough]];
    case EvRaw:
        m_xmlSize += (m_xmlOpen ? 1 : 0) + qsizetype(len);
        m_xmlOpen = false;
        break;
    case EvCData:
        m_xmlSize += (m_xmlOpen ? 1 : 0) + 12 + qsizetype(len);
        m_xmlOpen = false;
        break;
    case EvEnd:
        m_xmlSize += m_xmlOpen ? 2 : 3 + qsizetype(m_names[name].len);
        m_xmlOpen = false;
        break;
    }
}

bool ChunkParser::Impl::contentPiece(const Op &op, const Frame &f, int depth, const Override *ov)
{
    const quint32 begin = quint32(m_text.size());
    switch (op.kind) {
    case OpValue:
    case OpSubst: {
        const Value v = resolve(op, f, ov);
        if (v.type == VtNull)
            return true;
        if (v.type == VtBinXml)
            return op.kind == OpSubst ? execNested(v.offset, v.size, depth) : true;
        appendValue(v);
        if (m_text.size() > begin)
            pushEv(EvText, 0, begin, quint32(m_text.size()) - begin,
                   op.kind == OpSubst ? &v : nullptr);
        return true;
    }
    case OpCharRef:
        if (op.a && isXmlChar(char16_t(op.a)) && !(op.a >= 0xD800 && op.a < 0xE000)) {
            m_text.append(char16_t(op.a));
            pushEv(EvText, 0, begin, 1);
        }
        return true;
    case OpEntityRef: {
        const NameEntry &name = m_names[op.a];
        const std::u16string_view entity(m_namePool.at(name.begin), name.len);
        char16_t c = 0;
        if (entity == u"lt")
            c = u'<';
        else if (entity == u"gt")
            c = u'>';
        else if (entity == u"amp")
            c = u'&';
        else if (entity == u"quot")
            c = u'"';
        else if (entity == u"apos")
            c = u'\'';
        if (c) {
            m_text.append(c);
            pushEv(EvText, 0, begin, 1);
        } else {
            m_text.append(u'&');
            m_text.append(entity.data(), qsizetype(entity.size()));
            m_text.append(u';');
            pushEv(EvRaw, 0, begin, quint32(m_text.size()) - begin);
        }
        return true;
    }
    case OpCData:
        m_text.appendUtf16Le(m_d + op.a, op.b);
        pushEv(EvCData, 0, begin, op.b);
        return true;
    case OpPITarget: {
        const NameEntry &name = m_names[op.a];
        m_text.appendLiteral("<?");
        m_text.append(m_namePool.at(name.begin), name.len);
        pushEv(EvRaw, 0, begin, quint32(m_text.size()) - begin);
        return true;
    }
    case OpPIData: {
        m_text.append(u' ');
        const qsizetype start = m_text.size();
        m_text.appendUtf16Le(m_d + op.a, op.b);
        for (qsizetype k = start; k < m_text.size(); ++k) { // keep the instruction closed
            char16_t *c = m_text.tail(0) - (m_text.size() - k);
            if (!isXmlChar(*c) || (*c == u'>' && k > start && c[-1] == u'?'))
                *c = u' ';
        }
        m_text.appendLiteral("?>");
        pushEv(EvRaw, 0, begin, quint32(m_text.size()) - begin);
        return true;
    }
    case OpTemplate:
        return execTemplate(op.a, op.b, depth);
    default:
        return fail(QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "misplaced binary XML token"), 0);
    }
}

bool ChunkParser::Impl::execElement(const Op *ops, quint32 i, const Frame &f, int depth,
                                    const Override *ov)
{
    const quint32 endIndex = ops[i].b;
    if (f.hasArrays) {
        // An array substitution directly in this element repeats the element once per item.
        for (quint32 j = i + 1; j < endIndex;) {
            const Op &op = ops[j];
            if (op.kind == OpStart) {
                if (op.b <= j)
                    break;
                j = op.b + 1;
                continue;
            }
            ++j;
            if (op.kind != OpSubst || op.index >= f.count)
                continue;
            const Value &v = f.values[op.index];
            if (!(v.type & VtArray))
                continue;
            bool overridden = false;
            for (const Override *o = ov; o; o = o->outer)
                overridden |= o->index == op.index;
            if (overridden)
                continue;
            if (m_itemDepth >= int(m_itemPool.size()))
                m_itemPool.resize(size_t(m_itemDepth) + 1);
            std::vector<ArrayItem> &items = m_itemPool[size_t(m_itemDepth)];
            const quint8 base = splitArray(v.type, m_d + v.offset, v.size, items);
            if (items.size() <= 1)
                continue;
            ++m_itemDepth;
            bool ok = true;
            for (size_t k = 0; ok && k < m_itemPool[size_t(m_itemDepth) - 1].size(); ++k) {
                const ArrayItem item = m_itemPool[size_t(m_itemDepth) - 1][k];
                const Override o{op.index, base, v.offset + item.offset, item.size, ov};
                ok = emitElement(ops, i, f, depth, &o);
            }
            --m_itemDepth;
            return ok;
        }
    }
    return emitElement(ops, i, f, depth, ov);
}

bool ChunkParser::Impl::emitElement(const Op *ops, quint32 i, const Frame &f, int depth,
                                    const Override *ov)
{
    const quint32 name = ops[i].a;
    const quint32 endIndex = ops[i].b;
    if (m_renderDepth >= kMaxRenderDepth)
        return fail(QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "elements nested too deeply"), 0);
    struct DepthGuard
    {
        int &depth;
        explicit DepthGuard(int &counter)
            : depth(++counter)
        {}
        ~DepthGuard() { --depth; }
    } guard(m_renderDepth);
    pushEv(EvStart, name, 0, 0);
    quint32 j = i + 1;
    while (j < endIndex && ops[j].kind == OpAttr) {
        const quint32 attrName = ops[j].a;
        ++j;
        const quint32 begin = quint32(m_text.size());
        int pieces = 0;
        int nulls = 0;
        Value src{VtString, 0, 0};
        for (; j < endIndex && ops[j].kind != OpAttrEnd; ++j) {
            const Op &op = ops[j];
            ++pieces;
            if (op.kind == OpValue || op.kind == OpSubst) {
                const Value v = resolve(op, f, ov);
                if (v.type == VtNull) {
                    if (op.kind == OpSubst && (op.flags & 1))
                        ++nulls;
                    continue;
                }
                if (v.type == VtBinXml)
                    continue; // markup cannot go into an attribute value
                if (pieces == 1 && op.kind == OpSubst)
                    src = v;
                appendValue(v);
            } else if (op.kind == OpCharRef) {
                if (op.a && isXmlChar(char16_t(op.a)) && !(op.a >= 0xD800 && op.a < 0xE000))
                    m_text.append(char16_t(op.a));
            } else if (op.kind == OpEntityRef) {
                const NameEntry &n = m_names[op.a];
                const std::u16string_view entity(m_namePool.at(n.begin), n.len);
                if (entity == u"lt")
                    m_text.append(u'<');
                else if (entity == u"gt")
                    m_text.append(u'>');
                else if (entity == u"amp")
                    m_text.append(u'&');
                else if (entity == u"quot")
                    m_text.append(u'"');
                else if (entity == u"apos")
                    m_text.append(u'\'');
            }
        }
        ++j; // OpAttrEnd
        if (pieces > 0 && nulls == pieces) {
            m_text.truncate(begin); // an optional substitution without a value: no attribute
            continue;
        }
        if (pieces != 1)
            src = Value{VtString, 0, 0};
        pushEv(EvAttr, attrName, begin, quint32(m_text.size()) - begin, &src);
    }
    if (j < endIndex && ops[j].kind == OpCloseStart)
        ++j;
    while (j < endIndex) {
        const Op &op = ops[j];
        if (op.kind == OpStart) {
            if (op.b <= j || op.b >= endIndex)
                return fail(QT_TRANSLATE_NOOP("Gpsi::EvtxReader", "damaged element"), 0);
            if (!execElement(ops, j, f, depth, ov))
                return false;
            j = op.b + 1;
            continue;
        }
        if (!contentPiece(op, f, depth, ov))
            return false;
        ++j;
    }
    pushEv(EvEnd, name, 0, 0);
    return true;
}

// ---------------------------------------------------------------------------------------------
// Fields and XML

QString ChunkParser::Impl::sharedString(const char16_t *s, qsizetype n)
{
    // Provider, channel, computer and data names repeat from record to record: share them.
    if (n == 0)
        return QString();
    quint32 h = quint32(n) * 2654435761u;
    h = (h ^ s[0]) * 16777619u;
    h = (h ^ s[n / 2]) * 16777619u;
    h = (h ^ s[n - 1]) * 16777619u;
    QString &slot = m_shared[(h ^ (h >> 15)) & 255];
    if (slot.size() != n || std::memcmp(slot.constData(), s, size_t(n) * 2) != 0)
        slot = QStringView(s, n).toString();
    return slot;
}

QString ChunkParser::Impl::sharedUpper(const char16_t *s, qsizetype n)
{
    // GUIDs as Windows writes them in XML: upper case.
    m_tmp.clear();
    char16_t *t = m_tmp.tail(n);
    for (qsizetype i = 0; i < n; ++i)
        t[i] = (s[i] >= u'a' && s[i] <= u'z') ? char16_t(s[i] - 32) : s[i];
    m_tmp.commit(n);
    return sharedString(m_tmp.data(), n);
}

void ChunkParser::Impl::extract(EventRecord &r)
{
    ExtractLevel stack[kMaxExtractDepth];
    int depth = -1;
    int skipped = 0; // elements deeper than the stack
    m_cap.clear();
    if (m_dataStarts)
        r.data.reserve(m_dataStarts);
    Known section = KnNone;
    ProviderNames provider;
    for (const Ev &ev : events()) {
        switch (ev.kind) {
        case EvStart: {
            if (depth >= 0)
                stack[depth].hadChild = true;
            if (depth + 1 >= kMaxExtractDepth) {
                ++skipped;
                break;
            }
            ++depth;
            ExtractLevel &l = stack[depth];
            l.known = m_names[ev.name].known;
            l.hadChild = false;
            l.attrField = false;
            l.capBegin = quint32(m_cap.size());
            l.dataIndex = -1;
            if (depth == 1)
                section = l.known;
            if (depth == 2 && section == KnEventData && l.known == KnData) {
                r.data.append(EventDataField());
                l.dataIndex = r.data.size() - 1;
            }
            break;
        }
        case EvAttr:
            if (!skipped && depth >= 0)
                extractAttribute(ev, stack[depth], depth, section, r, provider);
            break;
        case EvText:
        case EvCData:
            if (depth >= 1)
                m_cap.append(m_text.at(ev.begin), ev.len);
            break;
        case EvRaw:
            break;
        case EvEnd:
            if (skipped) {
                --skipped;
                break;
            }
            if (depth < 0)
                break;
            extractEnd(ev, stack[depth], depth, section, r);
            if (depth <= 1)
                m_cap.truncate(stack[depth].capBegin);
            --depth;
            break;
        }
    }
    r.provider = provider.name.isEmpty() ? provider.source : provider.name;
}

// An attribute of the element l (at depth) in the record's section.
void ChunkParser::Impl::extractAttribute(const Ev &ev, ExtractLevel &l, int depth, Known section,
                                         EventRecord &r, ProviderNames &provider)
{
    const char16_t *text = m_text.at(ev.begin);
    const Known attr = m_names[ev.name].known;
    if (depth == 2 && section == KnSystem) {
        switch (l.known) {
        case KnProvider:
            if (attr == KnName)
                provider.name = sharedString(text, ev.len);
            else if (attr == KnGuid)
                r.providerGuid = sharedUpper(text, ev.len);
            else if (attr == KnEventSourceName)
                provider.source = sharedString(text, ev.len);
            break;
        case KnEventID:
            if (attr == KnQualifiers && ev.len) {
                bool ok = false;
                const quint64 q = parseNumber(text, ev.len, &ok);
                r.qualifiers = quint16(q);
                r.hasQualifiers = ok;
            }
            break;
        case KnTimeCreated:
            if (attr == KnSystemTime) {
                if (ev.srcType == VtFileTime && ev.srcSize >= 8) {
                    const quint64 ticks = le64(m_d + ev.srcOffset);
                    r.fileTime = ticks < quint64(0x7fffffffffffffffLL) ? qint64(ticks) : 0;
                } else {
                    r.fileTime = parseIsoTime(text, ev.len);
                }
            }
            break;
        case KnCorrelation:
            if (attr == KnActivityID)
                r.activityId = sharedUpper(text, ev.len);
            break;
        case KnSecurity:
            if (attr == KnUserID)
                r.userSid = sharedString(text, ev.len);
            break;
        default:
            break;
        }
    } else if (depth == 2 && l.dataIndex >= 0 && attr == KnName) {
        r.data[l.dataIndex].name = sharedString(text, ev.len);
    } else if (depth >= 2 && section == KnUserData && attr != KnXmlns) {
        const NameEntry &n = m_names[ev.name];
        r.data.append(EventDataField{sharedString(m_namePool.at(n.begin), n.len),
                                     QStringView(text, ev.len).toString()});
        l.attrField = true;
    }
}

// The end of the element l (at depth): its text becomes a System field or a data value.
void ChunkParser::Impl::extractEnd(const Ev &ev, const ExtractLevel &l, int depth, Known section,
                                   EventRecord &r)
{
    const char16_t *cap = m_cap.at(l.capBegin);
    const qsizetype capLen = m_cap.size() - l.capBegin;
    if (depth == 2 && section == KnSystem) {
        switch (l.known) {
        case KnEventID:
            r.eventId = quint16(parseNumber(cap, capLen));
            break;
        case KnVersion:
            r.version = quint8(parseNumber(cap, capLen));
            break;
        case KnLevel:
            r.level = quint8(parseNumber(cap, capLen));
            break;
        case KnTask:
            r.task = quint16(parseNumber(cap, capLen));
            break;
        case KnOpcode:
            r.opcode = quint8(parseNumber(cap, capLen));
            break;
        case KnKeywords:
            r.keywords = parseNumber(cap, capLen);
            break;
        case KnEventRecordID:
            r.recordId = parseNumber(cap, capLen); // as Event Viewer shows it
            break;
        case KnChannel:
            r.channel = sharedString(cap, capLen);
            break;
        case KnComputer:
            r.computer = sharedString(cap, capLen);
            break;
        default:
            break;
        }
    } else if (depth == 2 && l.dataIndex >= 0) {
        // Short values ("-", "0x0", "%%1833") repeat a lot: share them.
        r.data[l.dataIndex].value =
            capLen <= 24 ? sharedString(cap, capLen) : QStringView(cap, capLen).toString();
    } else if (section == KnUserData && !l.hadChild &&
               (depth >= 3 ? !(l.attrField && capLen == 0) : depth == 2 && capLen > 0)) {
        // The leaves under UserData's child (the child itself only when it holds text)
        const NameEntry &n = m_names[ev.name];
        r.data.append(EventDataField{sharedString(m_namePool.at(n.begin), n.len),
                                     QStringView(cap, capLen).toString()});
    }
}

} // namespace Gpsi::EvtxDetail

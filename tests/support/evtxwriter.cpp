#include "evtxwriter.h"

#include <QCryptographicHash>
#include <QHash>
#include <QStringList>
#include <QUuid>
#include <QtDebug>

#include <array>
#include <cstring>
#include <functional>
#include <memory>
#include <vector>

namespace Gpsi::Test {

namespace {

constexpr int kFileHeaderSize = 4096;
constexpr int kChunkSize = 65536;
constexpr int kChunkHeaderSize = 512;

// Binary XML value types (libevtx "Value types").
enum ValueType : quint8 {
    NullType = 0x00,
    StringType = 0x01,
    Int8Type = 0x03,
    UInt8Type = 0x04,
    Int16Type = 0x05,
    UInt16Type = 0x06,
    Int32Type = 0x07,
    UInt32Type = 0x08,
    Int64Type = 0x09,
    UInt64Type = 0x0a,
    BoolType = 0x0d,
    GuidType = 0x0f,
    FileTimeType = 0x11,
    SidType = 0x13,
    HexInt32Type = 0x14,
    HexInt64Type = 0x15,
    BinXmlType = 0x21,
    StringArrayType = 0x81,
};

void putU8(QByteArray &b, quint8 v)
{
    b.append(char(v));
}

void putU16(QByteArray &b, quint16 v)
{
    b.append(char(v & 0xff));
    b.append(char(v >> 8));
}

void putU32(QByteArray &b, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b.append(char((v >> (8 * i)) & 0xff));
}

void putU64(QByteArray &b, quint64 v)
{
    for (int i = 0; i < 8; ++i)
        b.append(char((v >> (8 * i)) & 0xff));
}

void setU32(QByteArray &b, qsizetype at, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b[at + i] = char((v >> (8 * i)) & 0xff);
}

void setU64(QByteArray &b, qsizetype at, quint64 v)
{
    for (int i = 0; i < 8; ++i)
        b[at + i] = char((v >> (8 * i)) & 0xff);
}

void putUtf16(QByteArray &b, const QString &s)
{
    for (QChar c : s)
        putU16(b, c.unicode());
}

// A GUID as Windows stores it: Data1-3 little-endian, Data4 as is.
QByteArray guidBytes(const QUuid &u)
{
    QByteArray b;
    putU32(b, u.data1);
    putU16(b, u.data2);
    putU16(b, u.data3);
    for (uchar c : u.data4)
        putU8(b, c);
    return b;
}

// "S-1-5-21-..." as a binary SID; empty for anything that is not one.
QByteArray sidBytes(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    if (parts.size() < 3 || parts.size() > 3 + 15 ||
        parts.at(0).compare(QLatin1String("S"), Qt::CaseInsensitive))
        return {};
    bool ok = false;
    const uint revision = parts.at(1).toUInt(&ok);
    if (!ok || revision > 255)
        return {};
    const quint64 authority = parts.at(2).toULongLong(&ok);
    if (!ok || authority > 0xffffffffffffULL)
        return {};
    QByteArray b;
    putU8(b, quint8(revision));
    putU8(b, quint8(parts.size() - 3));
    for (int i = 5; i >= 0; --i)
        putU8(b, quint8((authority >> (8 * i)) & 0xff));
    for (qsizetype i = 3; i < parts.size(); ++i) {
        const uint sub = parts.at(i).toUInt(&ok);
        if (!ok)
            return {};
        putU32(b, sub);
    }
    return b;
}

// The 16-bit name hash of the common-string table (multiplier 65599 over the UTF-16 units, as
// the names in real chunks show).
quint16 nameHash(const QString &name)
{
    quint32 h = 0;
    for (QChar c : name)
        h = h * 65599u + c.unicode();
    return quint16(h & 0xffff);
}

struct Value
{
    quint8 type = NullType;
    QByteArray bytes;
};

Value nullValue()
{
    return {};
}

Value u8Value(quint8 v)
{
    Value r{UInt8Type, {}};
    putU8(r.bytes, v);
    return r;
}

Value u16Value(quint16 v)
{
    Value r{UInt16Type, {}};
    putU16(r.bytes, v);
    return r;
}

Value u32Value(quint32 v)
{
    Value r{UInt32Type, {}};
    putU32(r.bytes, v);
    return r;
}

Value u64Value(quint64 v, quint8 type = UInt64Type)
{
    Value r{type, {}};
    putU64(r.bytes, v);
    return r;
}

Value stringValue(const QString &s)
{
    Value r{StringType, {}};
    putUtf16(r.bytes, s);
    return r;
}

Value guidValue(const QString &text)
{
    const QUuid u(text);
    if (u.isNull())
        return nullValue();
    return Value{GuidType, guidBytes(u)};
}

Value sidValue(const QString &text)
{
    const QByteArray b = sidBytes(text);
    if (b.isEmpty())
        return nullValue();
    return Value{SidType, b};
}

bool isLowerHex(QStringView s)
{
    for (QChar c : s) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return !s.isEmpty();
}

bool isPlainDecimal(QStringView s)
{
    QStringView digits = s;
    if (digits.startsWith(QLatin1Char('-')))
        digits = digits.mid(1);
    if (digits.isEmpty() || digits.size() > 20)
        return false;
    for (QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    // No leading zeros, no "-0": the rendered number would not give the same text back.
    if (digits.size() > 1 && digits.front() == QLatin1Char('0'))
        return false;
    return !(s.startsWith(QLatin1Char('-')) && digits == QLatin1String("0"));
}

// A data value for typedValues: the type whose rendering gives exactly this text back.
Value typedValue(const QString &text)
{
    if (isPlainDecimal(text)) {
        bool ok = false;
        if (text.startsWith(QLatin1Char('-'))) {
            const qint64 v = text.toLongLong(&ok);
            if (ok) {
                Value r;
                if (v >= -128) {
                    r.type = Int8Type;
                    putU8(r.bytes, quint8(qint8(v)));
                } else if (v >= -32768) {
                    r.type = Int16Type;
                    putU16(r.bytes, quint16(qint16(v)));
                } else if (v >= -2147483648LL) {
                    r.type = Int32Type;
                    putU32(r.bytes, quint32(qint32(v)));
                } else {
                    r.type = Int64Type;
                    putU64(r.bytes, quint64(v));
                }
                return r;
            }
        } else {
            const quint64 v = text.toULongLong(&ok);
            if (ok) {
                if (v <= 0xff)
                    return u8Value(quint8(v));
                if (v <= 0xffff)
                    return u16Value(quint16(v));
                if (v <= 0xffffffffULL)
                    return u32Value(quint32(v));
                return u64Value(v);
            }
        }
    }
    if (text.startsWith(QLatin1String("0x")) && isLowerHex(QStringView(text).mid(2))) {
        const QStringView digits = QStringView(text).mid(2);
        bool ok = false;
        const quint64 v = digits.toULongLong(&ok, 16);
        if (ok && digits.size() == 8) {
            Value r{HexInt32Type, {}};
            putU32(r.bytes, quint32(v));
            return r;
        }
        if (ok && digits.size() == 16)
            return u64Value(v, HexInt64Type);
    }
    if (text.size() == 38 && text.startsWith(QLatin1Char('{')) && text == text.toLower()) {
        const QUuid u(text);
        if (!u.isNull() && u.toString(QUuid::WithBraces) == text)
            return Value{GuidType, guidBytes(u)};
    }
    if (text.startsWith(QLatin1String("S-1-"))) {
        const QByteArray b = sidBytes(text);
        if (!b.isEmpty())
            return Value{SidType, b};
    }
    if (text == QLatin1String("true") || text == QLatin1String("false")) {
        Value r{BoolType, {}};
        putU32(r.bytes, text == QLatin1String("true") ? 1 : 0);
        return r;
    }
    return stringValue(text);
}

// ---- Template trees ------------------------------------------------------------------------

struct Element;

// Element content or an attribute's value: literal text, a substitution or a child element.
struct Item
{
    enum Kind { Text, Substitution, Child } kind = Text;
    QString text;
    quint16 index = 0;
    quint8 type = NullType;
    bool optional = false;
    std::shared_ptr<Element> child;
};

struct Attribute
{
    QString name;
    Item value;
};

struct Element
{
    QString name;
    quint16 dependency = 0xffff;
    bool endTag = false; // written as <x></x> even when empty (Windows does so for EventData)
    std::vector<Attribute> attributes;
    std::vector<Item> content;
};

using ElementPtr = std::shared_ptr<Element>;

Item text(const QString &t)
{
    Item i;
    i.kind = Item::Text;
    i.text = t;
    return i;
}

Item subst(quint16 index, quint8 type, bool optional = true)
{
    Item i;
    i.kind = Item::Substitution;
    i.index = index;
    i.type = type;
    i.optional = optional;
    return i;
}

ElementPtr element(const QString &name)
{
    auto e = std::make_shared<Element>();
    e->name = name;
    return e;
}

// An element whose only content is an optional substitution depends on that value (Windows
// writes the value index as the element's dependency identifier).
ElementPtr valueElement(const QString &name, quint16 index, quint8 type)
{
    ElementPtr e = element(name);
    e->dependency = index;
    e->content.push_back(subst(index, type));
    return e;
}

Item child(const ElementPtr &e)
{
    Item i;
    i.kind = Item::Child;
    i.child = e;
    return i;
}

void describe(const Item &i, QString &out);

void describe(const Element &e, QString &out)
{
    out += QLatin1Char('<') + e.name + QLatin1Char('#') + QString::number(e.dependency);
    if (e.endTag)
        out += QLatin1Char('/');
    for (const Attribute &a : e.attributes) {
        out += QLatin1Char(' ') + a.name + QLatin1Char('=');
        describe(a.value, out);
    }
    out += QLatin1Char('>');
    for (const Item &i : e.content)
        describe(i, out);
    out += QLatin1String("</>");
}

void describe(const Item &i, QString &out)
{
    switch (i.kind) {
    case Item::Text:
        out += QLatin1Char('"') + i.text + QLatin1Char('"');
        break;
    case Item::Substitution:
        out += QStringLiteral("{%1%2:%3}")
                   .arg(i.optional ? QLatin1Char('?') : QLatin1Char('!'))
                   .arg(i.index)
                   .arg(i.type);
        break;
    case Item::Child:
        describe(*i.child, out);
        break;
    }
}

struct Template
{
    ElementPtr root;
    QByteArray guid; // 16 bytes as stored; the first 4 are the template identifier
};

// The GUID is derived from the template's shape, so identical shapes share one definition.
Template makeTemplate(const ElementPtr &root)
{
    QString shape;
    describe(*root, shape);
    Template t;
    t.root = root;
    t.guid = QCryptographicHash::hash(shape.toUtf8(), QCryptographicHash::Md5);
    return t;
}

const QString kEventNs = QStringLiteral("http://schemas.microsoft.com/win/2004/08/events/event");

// Value indices of Windows' system templates (the same for both shapes).
enum SystemIndex : quint16 {
    IxLevel = 0,
    IxOpcode = 1,
    IxTask = 2,
    IxEventId = 3,
    IxQualifiers = 4,
    IxKeywords = 5,
    IxTimeCreated = 6,
    IxActivityId = 7,
    IxProcessId = 8,
    IxThreadId = 9,
    IxRecordId = 10,
    IxVersion = 11,
    IxUserId = 12,
    IxRelatedActivityId = 13,
    // manifest providers
    IxProviderName = 14,
    IxProviderGuid = 15,
    IxChannel = 16,
    IxManifestData = 17,
    // classic sources
    IxClassicData = 19,
};

// Windows' system template for a classic (GUID-less) source: provider, channel and computer are
// literal text in the template, Version/Opcode/Correlation/Execution are left out.
Template classicSystemTemplate(const EventRecord &r)
{
    ElementPtr event = element(QStringLiteral("Event"));
    event->attributes.push_back({QStringLiteral("xmlns"), text(kEventNs)});
    ElementPtr system = element(QStringLiteral("System"));
    ElementPtr provider = element(QStringLiteral("Provider"));
    provider->attributes.push_back({QStringLiteral("Name"), text(r.provider)});
    system->content.push_back(child(provider));
    ElementPtr eventId = valueElement(QStringLiteral("EventID"), IxEventId, UInt16Type);
    eventId->attributes.push_back({QStringLiteral("Qualifiers"), subst(IxQualifiers, UInt16Type)});
    system->content.push_back(child(eventId));
    system->content.push_back(child(valueElement(QStringLiteral("Level"), IxLevel, UInt8Type)));
    system->content.push_back(child(valueElement(QStringLiteral("Task"), IxTask, UInt16Type)));
    system->content.push_back(
        child(valueElement(QStringLiteral("Keywords"), IxKeywords, HexInt64Type)));
    ElementPtr created = element(QStringLiteral("TimeCreated"));
    created->attributes.push_back(
        {QStringLiteral("SystemTime"), subst(IxTimeCreated, FileTimeType)});
    system->content.push_back(child(created));
    system->content.push_back(
        child(valueElement(QStringLiteral("EventRecordID"), IxRecordId, UInt64Type)));
    ElementPtr channel = element(QStringLiteral("Channel"));
    if (!r.channel.isEmpty())
        channel->content.push_back(text(r.channel));
    system->content.push_back(child(channel));
    ElementPtr computer = element(QStringLiteral("Computer"));
    if (!r.computer.isEmpty())
        computer->content.push_back(text(r.computer));
    system->content.push_back(child(computer));
    ElementPtr security = element(QStringLiteral("Security"));
    security->attributes.push_back({QStringLiteral("UserID"), subst(IxUserId, SidType)});
    system->content.push_back(child(security));
    event->content.push_back(child(system));
    event->content.push_back(subst(IxClassicData, BinXmlType));
    return makeTemplate(event);
}

// Windows' system template for manifest providers: one template for every provider of a
// computer (name, GUID and channel are substitutions; the computer name is literal text).
Template manifestSystemTemplate(const EventRecord &r)
{
    ElementPtr event = element(QStringLiteral("Event"));
    event->attributes.push_back({QStringLiteral("xmlns"), text(kEventNs)});
    ElementPtr system = element(QStringLiteral("System"));
    ElementPtr provider = element(QStringLiteral("Provider"));
    provider->attributes.push_back({QStringLiteral("Name"), subst(IxProviderName, StringType)});
    provider->attributes.push_back({QStringLiteral("Guid"), subst(IxProviderGuid, GuidType)});
    system->content.push_back(child(provider));
    ElementPtr eventId = valueElement(QStringLiteral("EventID"), IxEventId, UInt16Type);
    eventId->attributes.push_back({QStringLiteral("Qualifiers"), subst(IxQualifiers, UInt16Type)});
    system->content.push_back(child(eventId));
    system->content.push_back(child(valueElement(QStringLiteral("Version"), IxVersion, UInt8Type)));
    system->content.push_back(child(valueElement(QStringLiteral("Level"), IxLevel, UInt8Type)));
    system->content.push_back(child(valueElement(QStringLiteral("Task"), IxTask, UInt16Type)));
    system->content.push_back(child(valueElement(QStringLiteral("Opcode"), IxOpcode, UInt8Type)));
    system->content.push_back(
        child(valueElement(QStringLiteral("Keywords"), IxKeywords, HexInt64Type)));
    ElementPtr created = element(QStringLiteral("TimeCreated"));
    created->attributes.push_back(
        {QStringLiteral("SystemTime"), subst(IxTimeCreated, FileTimeType)});
    system->content.push_back(child(created));
    system->content.push_back(
        child(valueElement(QStringLiteral("EventRecordID"), IxRecordId, UInt64Type)));
    ElementPtr correlation = element(QStringLiteral("Correlation"));
    correlation->attributes.push_back(
        {QStringLiteral("ActivityID"), subst(IxActivityId, GuidType)});
    correlation->attributes.push_back(
        {QStringLiteral("RelatedActivityID"), subst(IxRelatedActivityId, GuidType)});
    system->content.push_back(child(correlation));
    ElementPtr execution = element(QStringLiteral("Execution"));
    execution->attributes.push_back({QStringLiteral("ProcessID"), subst(IxProcessId, UInt32Type)});
    execution->attributes.push_back({QStringLiteral("ThreadID"), subst(IxThreadId, UInt32Type)});
    system->content.push_back(child(execution));
    system->content.push_back(
        child(valueElement(QStringLiteral("Channel"), IxChannel, StringType)));
    ElementPtr computer = element(QStringLiteral("Computer"));
    if (!r.computer.isEmpty())
        computer->content.push_back(text(r.computer));
    system->content.push_back(child(computer));
    ElementPtr security = element(QStringLiteral("Security"));
    security->attributes.push_back({QStringLiteral("UserID"), subst(IxUserId, SidType)});
    system->content.push_back(child(security));
    event->content.push_back(child(system));
    event->content.push_back(subst(IxManifestData, BinXmlType));
    return makeTemplate(event);
}

// ---- Chunks --------------------------------------------------------------------------------

struct ChunkState
{
    QHash<QString, quint32> names;
    std::array<quint32, 64> nameBuckets{};
    QHash<QByteArray, quint32> templates;
    std::array<quint32, 32> templateBuckets{};
};

// Serialises binary XML at a known chunk-relative position, defining names and templates
// inline on their first use in the chunk.
class BinXmlWriter
{
public:
    BinXmlWriter(ChunkState &state, quint32 base)
        : m_state(state)
        , m_base(base)
    {}

    QByteArray &bytes() { return m_out; }
    quint32 position() const { return m_base + quint32(m_out.size()); }

    void fragmentHeader()
    {
        putU8(m_out, 0x0f);
        putU8(m_out, 0x01);
        putU8(m_out, 0x01);
        putU8(m_out, 0x00);
    }

    void endOfStream() { putU8(m_out, 0x00); }

    // A template instance: the definition (inline the first time), then the values. Values of
    // type BinXml are produced by their builder at the position they will occupy.
    using Nested = std::function<QByteArray(ChunkState &, quint32 position)>;
    struct InstanceValue
    {
        Value value;
        Nested nested; // set for BinXml values
    };

    void templateInstance(const Template &t, const std::vector<InstanceValue> &values)
    {
        putU8(m_out, 0x0c);
        putU8(m_out, 0x01);
        m_out.append(t.guid.constData(), 4);
        const auto known = m_state.templates.constFind(t.guid);
        if (known != m_state.templates.cend()) {
            putU32(m_out, known.value());
        } else {
            const quint32 definition = position() + 4;
            putU32(m_out, definition);
            const int bucket = int(quint8(t.guid.at(0)) % 32);
            putU32(m_out, m_state.templateBuckets[bucket]);
            m_out.append(t.guid);
            const qsizetype sizeAt = m_out.size();
            putU32(m_out, 0);
            const qsizetype bodyStart = m_out.size();
            fragmentHeader();
            writeElement(*t.root);
            endOfStream();
            setU32(m_out, sizeAt, quint32(m_out.size() - bodyStart));
            m_state.templates.insert(t.guid, definition);
            m_state.templateBuckets[bucket] = definition;
        }
        // Resolve nested values at their final positions.
        std::vector<Value> resolved;
        resolved.reserve(values.size());
        quint32 at = position() + 4 + 4 * quint32(values.size());
        for (const InstanceValue &v : values) {
            if (v.nested) {
                Value n{BinXmlType, v.nested(m_state, at)};
                resolved.push_back(n);
            } else {
                resolved.push_back(v.value);
            }
            at += quint32(resolved.back().bytes.size());
        }
        putU32(m_out, quint32(resolved.size()));
        for (const Value &v : resolved) {
            putU16(m_out, quint16(v.bytes.size()));
            putU8(m_out, v.type);
            putU8(m_out, 0);
        }
        for (const Value &v : resolved)
            m_out.append(v.bytes);
    }

private:
    void writeName(const QString &name)
    {
        const auto known = m_state.names.constFind(name);
        if (known != m_state.names.cend()) {
            putU32(m_out, known.value());
            return;
        }
        const quint32 offset = position() + 4;
        putU32(m_out, offset);
        const quint16 hash = nameHash(name);
        const int bucket = hash % 64;
        putU32(m_out, m_state.nameBuckets[bucket]);
        putU16(m_out, hash);
        putU16(m_out, quint16(name.size()));
        putUtf16(m_out, name);
        putU16(m_out, 0);
        m_state.names.insert(name, offset);
        m_state.nameBuckets[bucket] = offset;
    }

    void writeItem(const Item &i, bool inAttribute = false)
    {
        switch (i.kind) {
        case Item::Text:
            if (i.text.isEmpty() && !inAttribute)
                return;
            putU8(m_out, 0x05);
            putU8(m_out, StringType);
            putU16(m_out, quint16(i.text.size()));
            putUtf16(m_out, i.text);
            break;
        case Item::Substitution:
            putU8(m_out, i.optional ? 0x0e : 0x0d);
            putU16(m_out, i.index);
            putU8(m_out, i.type);
            break;
        case Item::Child:
            writeElement(*i.child);
            break;
        }
    }

    void writeElement(const Element &e)
    {
        const qsizetype start = m_out.size();
        putU8(m_out, e.attributes.empty() ? 0x01 : 0x41);
        putU16(m_out, e.dependency);
        putU32(m_out, 0); // data size, patched below
        writeName(e.name);
        if (!e.attributes.empty()) {
            const qsizetype listSizeAt = m_out.size();
            putU32(m_out, 0);
            const qsizetype listStart = m_out.size();
            for (size_t a = 0; a < e.attributes.size(); ++a) {
                putU8(m_out, a + 1 < e.attributes.size() ? 0x46 : 0x06);
                writeName(e.attributes[a].name);
                writeItem(e.attributes[a].value, true);
            }
            setU32(m_out, listSizeAt, quint32(m_out.size() - listStart));
        }
        bool hasContent = false;
        for (const Item &i : e.content) {
            if (i.kind != Item::Text || !i.text.isEmpty())
                hasContent = true;
        }
        if (!hasContent && !e.endTag) {
            putU8(m_out, 0x03); // close empty element
        } else {
            putU8(m_out, 0x02); // close start element
            for (const Item &i : e.content)
                writeItem(i);
            putU8(m_out, 0x04); // end element
        }
        setU32(m_out, start + 3, quint32(m_out.size() - (start + 7)));
    }

    ChunkState &m_state;
    quint32 m_base;
    QByteArray m_out;
};

quint32 fnv1a(const QString &s)
{
    quint32 h = 2166136261u;
    for (QChar c : s) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

class Builder
{
public:
    explicit Builder(const EvtxWriterOptions &options)
        : m_options(options)
    {}

    void add(const EventRecord &input)
    {
        EventRecord r = input;
        if (r.recordId == 0)
            r.recordId = m_lastId + 1;
        if (m_chunk.isEmpty() ||
            (m_options.recordsPerChunk > 0 && m_recordsInChunk >= m_options.recordsPerChunk))
            startChunk();
        QByteArray bytes = buildRecord(r);
        if (bytes.isEmpty()) {
            if (m_recordsInChunk == 0) {
                qWarning("evtxwriter: record %llu does not fit in a chunk; left out",
                         static_cast<unsigned long long>(r.recordId));
                return;
            }
            startChunk();
            bytes = buildRecord(r);
            if (bytes.isEmpty()) {
                qWarning("evtxwriter: record %llu does not fit in a chunk; left out",
                         static_cast<unsigned long long>(r.recordId));
                return;
            }
        }
        memcpy(m_chunk.data() + m_free, bytes.constData(), size_t(bytes.size()));
        if (m_recordsInChunk == 0) {
            m_firstNumber = m_nextNumber;
            m_firstId = r.recordId;
        }
        m_lastRecordOffset = m_free;
        m_free += quint32(bytes.size());
        m_lastNumber = m_nextNumber++;
        m_lastIdInChunk = r.recordId;
        m_lastId = r.recordId;
        ++m_recordsInChunk;
    }

    QByteArray finish()
    {
        if (!m_chunk.isEmpty() && m_recordsInChunk > 0)
            closeChunk();
        QByteArray header(kFileHeaderSize, '\0');
        memcpy(header.data(), "ElfFile\0", 8);
        const quint64 chunks = quint64(m_chunks.size());
        setU64(header, 8, 0);                            // first chunk number
        setU64(header, 16, chunks > 0 ? chunks - 1 : 0); // last chunk number
        setU64(header, 24, m_lastId + 1);                // next record identifier
        setU32(header, 32, 128);                         // header size
        header[36] = char(m_options.minorVersion & 0xff);
        header[37] = char(m_options.minorVersion >> 8);
        header[38] = 3; // major version
        header[39] = 0;
        header[40] = char(kFileHeaderSize & 0xff);
        header[41] = char(kFileHeaderSize >> 8);
        header[42] = char(chunks & 0xff);
        header[43] = char((chunks >> 8) & 0xff);
        quint32 flags = 0;
        if (m_options.dirty)
            flags |= 0x1;
        if (m_options.noCrc)
            flags |= 0x4;
        setU32(header, 120, flags);
        setU32(header, 124, m_options.noCrc ? 0 : evtxCrc32(header.constData(), 120));
        QByteArray file = header;
        file.reserve(kFileHeaderSize + kChunkSize * m_chunks.size());
        for (const QByteArray &c : m_chunks)
            file.append(c);
        return file;
    }

private:
    void startChunk()
    {
        if (!m_chunk.isEmpty() && m_recordsInChunk > 0)
            closeChunk();
        m_chunk = QByteArray(kChunkSize, '\0');
        m_state = ChunkState();
        m_free = kChunkHeaderSize;
        m_recordsInChunk = 0;
        m_lastRecordOffset = 0;
    }

    void closeChunk()
    {
        QByteArray &c = m_chunk;
        memcpy(c.data(), "ElfChnk\0", 8);
        setU64(c, 8, m_firstNumber);
        setU64(c, 16, m_lastNumber);
        setU64(c, 24, m_firstId);
        setU64(c, 32, m_lastIdInChunk);
        setU32(c, 40, 128);
        setU32(c, 44, m_lastRecordOffset);
        setU32(c, 48, m_free);
        for (int i = 0; i < 64; ++i)
            setU32(c, 128 + 4 * i, m_state.nameBuckets[size_t(i)]);
        for (int i = 0; i < 32; ++i)
            setU32(c, 384 + 4 * i, m_state.templateBuckets[size_t(i)]);
        const bool corrupt = m_options.corruptChunk == m_chunks.size();
        quint32 dataCrc = 0;
        quint32 headerCrc = 0;
        setU32(c, 120, m_options.noCrc ? 0x5 : 0x1);
        if (!m_options.noCrc) {
            dataCrc = evtxCrc32(c.constData() + kChunkHeaderSize, m_free - kChunkHeaderSize);
            setU32(c, 52, dataCrc);
            QByteArray covered = c.left(120) + c.mid(128, kChunkHeaderSize - 128);
            headerCrc = evtxCrc32(covered.constData(), covered.size());
        }
        if (corrupt) {
            memset(c.data(), 0, 8);
            dataCrc ^= 0xdeadbeef;
            headerCrc ^= 0xdeadbeef;
            setU32(c, 52, dataCrc);
        }
        setU32(c, 124, headerCrc);
        m_chunks.append(c);
        m_chunk.clear();
    }

    QByteArray buildRecord(const EventRecord &r)
    {
        const ChunkState saved = m_state;
        BinXmlWriter w(m_state, m_free);
        QByteArray &out = w.bytes();
        putU32(out, 0x00002a2a);
        putU32(out, 0); // size, patched below
        putU64(out, r.recordId);
        putU64(out, quint64(r.fileTime));
        w.fragmentHeader();

        const bool classic = r.providerGuid.isEmpty();
        const Template system = classic ? classicSystemTemplate(r) : manifestSystemTemplate(r);
        std::vector<BinXmlWriter::InstanceValue> values(classic ? 20 : 18);
        auto set = [&values](int index, const Value &v) { values[size_t(index)].value = v; };
        set(IxLevel, u8Value(r.level));
        set(IxOpcode, u8Value(r.opcode));
        set(IxTask, u16Value(r.task));
        set(IxEventId, u16Value(r.eventId));
        set(IxQualifiers, r.hasQualifiers ? u16Value(r.qualifiers) : nullValue());
        set(IxKeywords, u64Value(r.keywords, HexInt64Type));
        set(IxTimeCreated, u64Value(quint64(r.fileTime), FileTimeType));
        set(IxActivityId, r.activityId.isEmpty() ? nullValue() : guidValue(r.activityId));
        set(IxProcessId, u32Value(evtxProcessId(r)));
        set(IxThreadId, u32Value(evtxThreadId(r)));
        set(IxRecordId, u64Value(r.recordId));
        set(IxVersion, u8Value(r.version));
        set(IxUserId, r.userSid.isEmpty() ? nullValue() : sidValue(r.userSid));
        if (!classic) {
            set(IxProviderName, stringValue(r.provider));
            set(IxProviderGuid, guidValue(r.providerGuid));
            set(IxChannel, r.channel.isEmpty() ? nullValue() : stringValue(r.channel));
        }
        // The EventData part is always there; without data it is an empty <EventData> with no
        // values, as Windows writes it (a Null value here trips libevtx).
        const int dataIndex = classic ? IxClassicData : IxManifestData;
        {
            const bool useArray = classic && m_options.classicStringArray && !r.data.isEmpty();
            const bool typed = m_options.typedValues;
            const QList<EventDataField> fields = r.data;
            values[size_t(dataIndex)].nested = [fields, useArray, typed](ChunkState &state,
                                                                         quint32 at) {
                return eventData(state, at, fields, useArray, typed);
            };
        }
        w.templateInstance(system, values);
        w.endOfStream();
        while ((out.size() + 4) % 8 != 0)
            putU8(out, 0);
        putU32(out, quint32(out.size() + 4));
        setU32(out, 4, quint32(out.size()));
        // A record may not end exactly at the chunk end: evtxexport (libevtx 20181227) silently
        // drops such a record, and Windows leaves room there too.
        if (m_free + quint32(out.size()) >= quint32(kChunkSize)) {
            m_state = saved;
            return {};
        }
        return out;
    }

    // The EventData part: a binary-XML value holding its own template instance.
    static QByteArray eventData(ChunkState &state, quint32 at, const QList<EventDataField> &fields,
                                bool useArray, bool typed)
    {
        BinXmlWriter w(state, at);
        w.fragmentHeader();
        ElementPtr eventDataElement = element(QStringLiteral("EventData"));
        eventDataElement->endTag = true;
        std::vector<BinXmlWriter::InstanceValue> values;
        if (useArray) {
            ElementPtr data = element(QStringLiteral("Data"));
            data->content.push_back(subst(0, StringArrayType));
            eventDataElement->content.push_back(child(data));
            Value v{StringArrayType, {}};
            for (const EventDataField &f : fields) {
                putUtf16(v.bytes, f.value);
                putU16(v.bytes, 0);
            }
            values.push_back({v, {}});
        } else {
            quint16 index = 0;
            for (const EventDataField &f : fields) {
                const Value v = typed ? typedValue(f.value) : stringValue(f.value);
                ElementPtr data = element(QStringLiteral("Data"));
                if (!f.name.isEmpty())
                    data->attributes.push_back({QStringLiteral("Name"), text(f.name)});
                data->content.push_back(subst(index++, v.type, false));
                eventDataElement->content.push_back(child(data));
                values.push_back({v, {}});
            }
        }
        w.templateInstance(makeTemplate(eventDataElement), values);
        w.endOfStream();
        return w.bytes();
    }

    EvtxWriterOptions m_options;
    QList<QByteArray> m_chunks;
    QByteArray m_chunk;
    ChunkState m_state;
    quint32 m_free = kChunkHeaderSize;
    quint32 m_lastRecordOffset = 0;
    int m_recordsInChunk = 0;
    quint64 m_nextNumber = 1;
    quint64 m_firstNumber = 0;
    quint64 m_lastNumber = 0;
    quint64 m_firstId = 0;
    quint64 m_lastIdInChunk = 0;
    quint64 m_lastId = 0;
};

} // namespace

quint32 evtxProcessId(const EventRecord &record)
{
    return 400 + (fnv1a(record.provider) % 4000) * 4;
}

quint32 evtxThreadId(const EventRecord &record)
{
    return evtxProcessId(record) + 4 + quint32(record.recordId % 64) * 4;
}

quint32 evtxCrc32(const char *data, qsizetype size)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xffffffffu;
    for (qsizetype i = 0; i < size; ++i)
        crc = table[(crc ^ quint8(data[i])) & 0xff] ^ (crc >> 8);
    return crc ^ 0xffffffffu;
}

QByteArray buildEvtx(const QList<EventRecord> &records, const EvtxWriterOptions &options)
{
    Builder b(options);
    for (const EventRecord &r : records)
        b.add(r);
    return b.finish();
}

} // namespace Gpsi::Test

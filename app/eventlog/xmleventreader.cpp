#include "xmleventreader.h"

#include <QByteArrayMatcher>
#include <QLoggingCategory>
#include <QXmlStreamReader>

#include <limits>

#include "textexport.h"

namespace Gpsi {

Q_LOGGING_CATEGORY(lcXmlEvents, "gpsi.events.xml", QtInfoMsg)

namespace {

constexpr int kMaxDepth = 64;
constexpr int kProgressEvery = 256;

QStringView localName(QStringView qualified)
{
    const qsizetype colon = qualified.lastIndexOf(QLatin1Char(':'));
    return colon < 0 ? qualified : qualified.mid(colon + 1);
}

// Decimal or 0x-hex; false when the text is neither.
bool parseNumber(QStringView text, quint64 &value)
{
    const QStringView t = text.trimmed();
    bool ok = false;
    if (t.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        value = t.mid(2).toULongLong(&ok, 16);
    else
        value = t.toULongLong(&ok, 10);
    return ok;
}

template<typename T> void setNumber(QStringView text, T &out)
{
    quint64 v = 0;
    if (parseNumber(text, v) && v <= quint64(std::numeric_limits<T>::max()))
        out = T(v);
}

enum class Section { None, System, EventData, UserData, Rendering, Other };

// Moves to the start of the next <Event>; false with the reason when there is none.
bool startEvent(QXmlStreamReader &x, QString &error)
{
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() || x.hasError())
            break;
    }
    if (x.hasError()) {
        error = x.errorString();
        return false;
    }
    if (!x.isStartElement() || localName(x.qualifiedName()) != QLatin1String("Event")) {
        error = XmlEventReader::tr("no <Event> element");
        return false;
    }
    return true;
}

// The part of <Event> a child element of it opens; None for one the reader skips.
Section sectionOf(QStringView name)
{
    if (name == QLatin1String("System"))
        return Section::System;
    if (name == QLatin1String("EventData"))
        return Section::EventData;
    if (name == QLatin1String("UserData"))
        return Section::UserData;
    if (name == QLatin1String("RenderingInfo"))
        return Section::Rendering;
    return Section::None;
}

struct EventIdSeen
{
    bool have = false; // a System/EventID that is a number
    bool bad = false;  // a System/EventID that is not
};

void readEventId(QXmlStreamReader &x, const QXmlStreamAttributes &attrs, EventRecord &r,
                 EventIdSeen &seen)
{
    const QString qualifiers = attrs.value(QLatin1String("Qualifiers")).toString();
    const QString text = x.readElementText(QXmlStreamReader::IncludeChildElements);
    quint64 id = 0;
    if (!parseNumber(text, id) || id > 0xFFFFFFFFULL) {
        seen.bad = true;
        return;
    }
    seen.have = true;
    r.eventId = quint16(id & 0xFFFF);
    quint64 q = 0;
    if (!qualifiers.isEmpty() && parseNumber(qualifiers, q) && q <= 0xFFFF) {
        r.qualifiers = quint16(q);
        r.hasQualifiers = true;
    } else if (id > 0xFFFF) {
        r.qualifiers = quint16(id >> 16);
        r.hasQualifiers = true;
    }
}

// One child of <System>, read to its end.
void readSystemElement(QXmlStreamReader &x, QStringView name, EventRecord &r, EventIdSeen &seen)
{
    const QXmlStreamAttributes attrs = x.attributes();
    if (name == QLatin1String("Provider")) {
        r.provider = attrs.value(QLatin1String("Name")).toString();
        if (r.provider.isEmpty())
            r.provider = attrs.value(QLatin1String("EventSourceName")).toString();
        r.providerGuid = attrs.value(QLatin1String("Guid")).toString();
        x.skipCurrentElement();
    } else if (name == QLatin1String("EventID")) {
        readEventId(x, attrs, r, seen);
    } else if (name == QLatin1String("TimeCreated")) {
        r.fileTime = TextExport::fileTimeFromIso(attrs.value(QLatin1String("SystemTime")));
        x.skipCurrentElement();
    } else if (name == QLatin1String("Correlation")) {
        r.activityId = attrs.value(QLatin1String("ActivityID")).toString();
        x.skipCurrentElement();
    } else if (name == QLatin1String("Security")) {
        r.userSid = attrs.value(QLatin1String("UserID")).toString();
        x.skipCurrentElement();
    } else {
        const QString text = x.readElementText(QXmlStreamReader::IncludeChildElements);
        if (name == QLatin1String("Version"))
            setNumber(text, r.version);
        else if (name == QLatin1String("Level"))
            setNumber(text, r.level);
        else if (name == QLatin1String("Task"))
            setNumber(text, r.task);
        else if (name == QLatin1String("Opcode"))
            setNumber(text, r.opcode);
        else if (name == QLatin1String("Keywords"))
            setNumber(text, r.keywords);
        else if (name == QLatin1String("EventRecordID"))
            setNumber(text, r.recordId);
        else if (name == QLatin1String("Channel"))
            r.channel = text;
        else if (name == QLatin1String("Computer"))
            r.computer = text;
    }
}

// UserData has no fixed shape: every element without children becomes a named data field.
struct UserDataStack
{
    struct Open
    {
        QString name;
        QString text;
        bool hasChild = false;
    };
    QList<Open> open;

    void start(QStringView name)
    {
        if (!open.isEmpty())
            open.last().hasChild = true;
        open.append(Open{name.toString(), {}, false});
    }
    void text(QStringView text)
    {
        if (!open.isEmpty())
            open.last().text += text;
    }
    void end(EventRecord &r)
    {
        if (open.isEmpty())
            return;
        const Open o = open.takeLast();
        if (!o.hasChild)
            r.data.append(EventDataField{o.name, o.text});
    }
};

// A start tag below <Event> (depth 2 and deeper), for the section it is in. Returns whether
// the element stays open (the reader consumed it otherwise).
bool startElement(QXmlStreamReader &x, int depth, Section &section, EventRecord &r,
                  EventIdSeen &seen, UserDataStack &userData)
{
    const QStringView name = localName(x.qualifiedName());
    if (depth == 2) {
        section = sectionOf(name);
        if (section != Section::None)
            return true;
        x.skipCurrentElement();
        return false;
    }
    if (section == Section::System && depth == 3) {
        readSystemElement(x, name, r, seen);
        return false;
    }
    if (section == Section::EventData && depth == 3) {
        if (name == QLatin1String("Data")) {
            EventDataField f;
            f.name = x.attributes().value(QLatin1String("Name")).toString();
            f.value = x.readElementText(QXmlStreamReader::IncludeChildElements);
            r.data.append(f);
        } else {
            // <Binary> stays in the XML; ComplexData and the like are skipped.
            x.skipCurrentElement();
        }
        return false;
    }
    if (section == Section::UserData && depth >= 3) {
        userData.start(name);
        return true;
    }
    if (section == Section::Rendering && depth == 3 && name == QLatin1String("Message"))
        r.message = x.readElementText(QXmlStreamReader::IncludeChildElements);
    else
        x.skipCurrentElement();
    return false;
}

// Reads one <Event> element. The reader stands before its start tag (whitespace, comments or a
// declaration may come first). endOffset gets the character offset just after </Event>.
bool readEvent(QXmlStreamReader &x, EventRecord &r, QString &error, qint64 *endOffset)
{
    if (!startEvent(x, error))
        return false;
    int depth = 1;
    Section section = Section::None;
    EventIdSeen seen;
    UserDataStack userData;
    while (!x.atEnd()) {
        const QXmlStreamReader::TokenType t = x.readNext();
        if (t == QXmlStreamReader::StartElement) {
            ++depth;
            if (depth > kMaxDepth) {
                x.raiseError(XmlEventReader::tr("elements are nested too deeply"));
                break;
            }
            if (!startElement(x, depth, section, r, seen, userData))
                --depth;
        } else if (t == QXmlStreamReader::Characters) {
            if (section == Section::UserData)
                userData.text(x.text());
        } else if (t == QXmlStreamReader::EndElement) {
            if (section == Section::UserData && depth >= 3)
                userData.end(r);
            --depth;
            if (depth == 1)
                section = Section::None;
            if (depth == 0) {
                if (seen.bad) {
                    error = XmlEventReader::tr("the EventID is not a number");
                    return false;
                }
                if (!seen.have) {
                    error = XmlEventReader::tr("the event has no System/EventID");
                    return false;
                }
                if (endOffset)
                    *endOffset = x.characterOffset();
                return true;
            }
        }
        if (x.hasError())
            break;
    }
    error = x.hasError() ? x.errorString() : XmlEventReader::tr("the event ends early");
    return false;
}

bool isEventStart(QByteArrayView bytes, qsizetype at)
{
    const qsizetype after = at + 6;
    if (after >= bytes.size())
        return after == bytes.size(); // "<Event" cut off at the end: a (damaged) event
    const char c = bytes.at(after);
    return c == ' ' || c == '>' || c == '/' || c == '\t' || c == '\r' || c == '\n';
}

qsizetype nextEventStart(QByteArrayView bytes, const QByteArrayMatcher &matcher, qsizetype from)
{
    qsizetype at = from;
    for (;;) {
        at = matcher.indexIn(bytes, at);
        if (at < 0 || isEventStart(bytes, at))
            return at;
        ++at;
    }
}

} // namespace

bool XmlEventReader::parseEvent(QStringView xml, EventRecord &record, QString *error)
{
    QXmlStreamReader x(xml.toString());
    x.setNamespaceProcessing(false);
    QString why;
    const bool ok = readEvent(x, record, why, nullptr);
    if (!ok && error)
        *error = why;
    return ok;
}

void XmlEventReader::parse(QByteArrayView data, const ReadOptions &options, const RecordSink &sink,
                           ReadSummary &summary)
{
    // UTF-8 is read in place; UTF-16 (Event Viewer saves it with a BOM) is converted first.
    QByteArray converted;
    QByteArrayView bytes = data;
    qsizetype bom = 0;
    bool utf16 = false;
    if (data.size() >= 3 && data.startsWith("\xEF\xBB\xBF")) {
        bom = 3;
        bytes = data.sliced(3);
    } else if (data.size() >= 2 && (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF") ||
                                    (data.at(0) == '<' && data.at(1) == '\0') ||
                                    (data.at(0) == '\0' && data.at(1) == '<'))) {
        const TextExport::Decoded decoded = TextExport::decode(data);
        converted = decoded.text.toUtf8();
        bytes = converted;
        utf16 = true;
    }
    qsizetype firstChar = 0;
    while (firstChar < bytes.size() && (bytes.at(firstChar) == ' ' || bytes.at(firstChar) == '\t' ||
                                        bytes.at(firstChar) == '\r' || bytes.at(firstChar) == '\n'))
        ++firstChar;
    if (firstChar >= bytes.size()) {
        summary.error = tr("the file holds no events (it is empty)");
        return;
    }
    if (bytes.at(firstChar) != '<') {
        summary.error = tr("not event XML: the file does not start with an XML element");
        return;
    }
    const QByteArrayMatcher matcher(QByteArrayLiteral("<Event"));
    qsizetype start = nextEventStart(bytes, matcher, firstChar);
    if (start < 0) {
        const QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), 4096));
        if (head.indexOf(QByteArrayView("<Events")) >= 0 ||
            head.indexOf(QByteArrayView("<Root")) >= 0) {
            summary.ok = true; // an export without events
            return;
        }
        summary.error = tr("not event XML: no <Event> element");
        return;
    }
    summary.ok = true;

    qint64 line = 1;
    qsizetype counted = 0;
    auto lineAt = [&](qsizetype pos) {
        line += QByteArrayView(bytes.data() + counted, pos - counted).count('\n');
        counted = pos;
        return line;
    };
    qint64 n = 0;
    while (start >= 0) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
            summary.cancelled = true;
            return;
        }
        const qsizetype next = nextEventStart(bytes, matcher, start + 6);
        const qsizetype end = next < 0 ? bytes.size() : next;
        const QByteArrayView segment = bytes.sliced(start, end - start);
        const qint64 startLine = lineAt(start);
        QXmlStreamReader x(QByteArray::fromRawData(segment.data(), segment.size()));
        x.setNamespaceProcessing(false);
        EventRecord r;
        QString error;
        qint64 endChar = 0;
        if (readEvent(x, r, error, &endChar)) {
            r.line = startLine;
            r.offset = utf16 ? -1 : bom + start;
            ++summary.recordsSeen;
            if (options.filter.accepts(r.provider, r.channel, r.eventId)) {
                if (options.renderXml)
                    r.xml = QString::fromUtf8(segment).left(endChar);
                ++summary.recordsMatched;
                if (!sink(r)) {
                    summary.cancelled = true;
                    return;
                }
            }
        } else {
            ReadIssue issue;
            issue.file = summary.file;
            issue.line = startLine + std::max<qint64>(x.lineNumber(), 1) - 1;
            issue.offset = utf16 ? -1 : bom + start;
            issue.reason = tr("malformed event skipped: %1").arg(error);
            issue.recordsLost = 1;
            summary.issues.append(issue);
            ++summary.recordsDamaged;
            qCDebug(lcXmlEvents) << summary.file << issue.toString();
        }
        if (options.progress && (++n % kProgressEvery) == 0)
            options.progress(bom + end, summary.bytes);
        start = next;
    }
    if (options.progress)
        options.progress(summary.bytes, summary.bytes);
}

} // namespace Gpsi

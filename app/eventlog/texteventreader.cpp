#include "texteventreader.h"

#include <QLoggingCategory>

#include "textexport.h"
#include "xmleventreader.h"

namespace Gpsi {

Q_LOGGING_CATEGORY(lcTextEvents, "gpsi.events.text", QtInfoMsg)

namespace {

using Field = TextExport::Field;
using Language = TextExport::Language;

struct Line
{
    QStringView text;
    qint64 number = 0;
};

QList<Line> splitLines(QStringView text)
{
    QList<Line> lines;
    qsizetype pos = 0;
    qint64 number = 1;
    while (pos <= text.size()) {
        qsizetype eol = text.indexOf(QLatin1Char('\n'), pos);
        if (eol < 0)
            eol = text.size();
        QStringView l = text.mid(pos, eol - pos);
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
        if (number == 1) {
            while (!l.isEmpty() && l.front().category() == QChar::Other_Format)
                l = l.mid(1);
        }
        lines.append(Line{l, number});
        ++number;
        pos = eol + 1;
    }
    return lines;
}

// "Label: value" (the label before the first colon, value trimmed); false for other lines.
bool splitLabel(QStringView line, QStringView &label, QStringView &value)
{
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    label = line.left(colon).trimmed();
    value = line.mid(colon + 1).trimmed();
    return !label.isEmpty() && label.size() <= 60;
}

Field fieldOf(QStringView line, Language *language = nullptr)
{
    QStringView label, value;
    if (!splitLabel(line, label, value))
        return Field::None;
    return TextExport::blockField(label, language);
}

bool isHexDumpLine(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.size() < 6 || t.at(4) != QLatin1Char(':'))
        return false;
    for (qsizetype i = 0; i < 4; ++i) {
        const char16_t c = t.at(i).unicode();
        const bool hex =
            (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!hex)
            return false;
    }
    return true;
}

QString trimmedLines(const QStringList &lines)
{
    qsizetype first = 0, last = lines.size();
    while (first < last && lines.at(first).trimmed().isEmpty())
        ++first;
    while (last > first && lines.at(last - 1).trimmed().isEmpty())
        --last;
    QStringList kept = lines.mid(first, last - first);
    for (QString &l : kept) {
        while (l.endsWith(QLatin1Char(' ')))
            l.chop(1);
    }
    return kept.join(QLatin1Char('\n'));
}

// Event blocks: wevtutil qe /f:text ("Event[0]:" then indented "Label: value" lines, then
// "Description:" and the message), Event Viewer "Copy" of Vista+ ("Log Name:" ... "Description:"
// ... "Event Xml:" and the event's XML) and of XP ("Event Type:" ... "Description:" ... "Data:").
class BlockReader
{
public:
    BlockReader(const QList<Line> &lines, ReadSummary &summary)
        : m_lines(lines)
        , m_summary(summary)
    {}

    void read(const ReadOptions &options, const RecordSink &sink);

private:
    struct Block
    {
        TextExport::Pending pending;
        qint64 startLine = 0;
        bool active = false;
        bool haveId = false;
        QString badId;
        QStringList description;
        QStringList xml;
        qint64 xmlLine = 0;
        enum class Part { Fields, Description, Xml, Data } part = Part::Fields;
    };

    bool isStart(qsizetype i) const;
    bool findBlockStart(qsizetype firstIndex);
    void field(Block &b, const Line &line);
    void eventId(Block &b, QStringView value);
    void bodyLine(Block &b, qsizetype i);
    void finish(Block &b);
    void issue(qint64 line, const QString &reason, qint64 lost = -1);

    const QList<Line> &m_lines;
    ReadSummary &m_summary;
    bool m_markers = false;
    Field m_startField = Field::None;
    QList<TextExport::Pending> m_pending;
    int m_votes[4] = {0, 0, 0, 0};
};

bool BlockReader::isStart(qsizetype i) const
{
    const QStringView line = m_lines.at(i).text;
    if (m_markers)
        return TextExport::isBlockStart(line);
    if (fieldOf(line) != m_startField)
        return false;
    // A new block only if a label line follows (a "Log Name:" inside a message does not split).
    for (qsizetype j = i + 1; j < m_lines.size(); ++j) {
        if (m_lines.at(j).text.trimmed().isEmpty())
            continue;
        return fieldOf(m_lines.at(j).text) != Field::None;
    }
    return true;
}

void BlockReader::issue(qint64 line, const QString &reason, qint64 lost)
{
    m_summary.addIssueAtLine(line, reason, lost);
}

void BlockReader::field(Block &b, const Line &line)
{
    QStringView label, value;
    if (!splitLabel(line.text, label, value)) {
        issue(line.number, TextEventReader::tr("not a \"name: value\" line; skipped"));
        return;
    }
    Language language = Language::Unknown;
    const Field f = TextExport::blockField(label, &language);
    if (f != Field::None)
        ++m_votes[int(language)];
    EventRecord &r = b.pending.record;
    switch (f) {
    case Field::Description:
        b.part = Block::Part::Description;
        if (!value.isEmpty())
            b.description.append(value.toString());
        break;
    case Field::EventXml:
        b.part = Block::Part::Xml;
        b.xmlLine = line.number;
        break;
    case Field::LogName:
        r.channel = value.toString();
        break;
    case Field::Source:
        r.provider = TextExport::providerFromSource(value);
        break;
    case Field::Date:
    case Field::DateTime:
        b.pending.date = value.toString();
        break;
    case Field::Time:
        b.pending.time = value.toString();
        break;
    case Field::EventId:
        eventId(b, value);
        break;
    case Field::Task: {
        bool ok = false;
        const uint task = value.toUInt(&ok);
        if (ok && task <= 0xFFFF)
            r.task = quint16(task);
        break;
    }
    case Field::Level:
    case Field::Type: {
        const TextExport::Level lv = TextExport::levelFromWord(value);
        if (lv.known) {
            r.level = lv.level;
            r.keywords |= lv.keywords;
            ++m_votes[int(lv.language)];
        }
        break;
    }
    case Field::Keywords:
        for (const QStringView word : value.split(QLatin1Char(','))) {
            const TextExport::Level lv = TextExport::levelFromWord(word);
            if (lv.known && lv.keywords) {
                r.keywords |= lv.keywords;
                r.level = 0;
            }
        }
        break;
    case Field::User:
    case Field::UserName:
        if (r.userSid.isEmpty())
            r.userSid = TextExport::sidForUser(value);
        break;
    case Field::Computer:
        r.computer = value.toString();
        break;
    case Field::RecordId: {
        bool ok = false;
        const qulonglong id = value.toULongLong(&ok);
        if (ok)
            r.recordId = id;
        break;
    }
    case Field::Data:
        b.part = Block::Part::Data;
        break;
    default:
        break; // Opcode and labels this reader does not use
    }
}

// "1000", or "1073742827" with the qualifiers in the high word (classic events).
void BlockReader::eventId(Block &b, QStringView value)
{
    EventRecord &r = b.pending.record;
    bool ok = false;
    const qulonglong id = value.toULongLong(&ok);
    if (!ok || id > 0xFFFFFFFFULL) {
        b.badId = value.left(40).toString();
        return;
    }
    b.haveId = true;
    r.eventId = quint16(id & 0xFFFF);
    if (id > 0xFFFF) {
        r.qualifiers = quint16(id >> 16);
        r.hasQualifiers = true;
    }
}

void BlockReader::finish(Block &b)
{
    if (!b.active)
        return;
    b.active = false;
    if (!b.haveId) {
        issue(b.startLine,
              b.badId.isEmpty()
                  ? TextEventReader::tr("event without an event ID; skipped")
                  : TextEventReader::tr("the event ID \"%1\" is not a number; the event is "
                                        "skipped")
                        .arg(b.badId),
              1);
        ++m_summary.recordsDamaged;
        return;
    }
    EventRecord &r = b.pending.record;
    r.line = b.startLine;
    r.message = trimmedLines(b.description);
    const QString xml = trimmedLines(b.xml);
    if (!xml.isEmpty()) {
        EventRecord x;
        QString error;
        if (XmlEventReader::parseEvent(xml, x, &error)) {
            // The event's own XML is exact where the text is rendered: take its values.
            r.data = x.data;
            if (x.recordId)
                r.recordId = x.recordId;
            if (x.hasQualifiers) {
                r.qualifiers = x.qualifiers;
                r.hasQualifiers = true;
            }
            r.version = x.version;
            r.level = x.level;
            r.task = x.task;
            r.opcode = x.opcode;
            r.keywords = x.keywords;
            if (!x.providerGuid.isEmpty())
                r.providerGuid = x.providerGuid;
            if (!x.activityId.isEmpty())
                r.activityId = x.activityId;
            if (r.channel.isEmpty())
                r.channel = x.channel;
            if (r.computer.isEmpty())
                r.computer = x.computer;
            if (!x.userSid.isEmpty())
                r.userSid = x.userSid;
            if (x.fileTime > 0) {
                r.fileTime = x.fileTime;
                b.pending.date.clear();
                b.pending.time.clear();
            }
        } else {
            issue(b.xmlLine,
                  TextEventReader::tr("the event's XML cannot be read (%1); the text is used")
                      .arg(error));
        }
    }
    m_pending.append(std::move(b.pending));
}

// How blocks start: with a marker line ("Event[0]:") or with the first label of the first
// block. False when the lines hold no event.
bool BlockReader::findBlockStart(qsizetype firstIndex)
{
    m_markers = false;
    for (qsizetype i = firstIndex; i < m_lines.size(); ++i) {
        if (TextExport::isBlockStart(m_lines.at(i).text)) {
            m_markers = true;
            return true;
        }
        if (i - firstIndex > 50)
            break;
    }
    // The first label of the first block starts every block: "Log Name" (Vista+ "Copy"),
    // "Event Type" (XP), else whatever label comes first.
    Field firstLabel = Field::None;
    for (qsizetype i = firstIndex; i < m_lines.size(); ++i) {
        const Field f = fieldOf(m_lines.at(i).text);
        if (f == Field::LogName || f == Field::Type) {
            m_startField = f;
            break;
        }
        if (firstLabel == Field::None)
            firstLabel = f;
    }
    if (m_startField == Field::None)
        m_startField = firstLabel;
    return m_startField != Field::None && m_startField != Field::Description;
}

// Line i inside an event block, after its start line.
void BlockReader::bodyLine(Block &b, qsizetype i)
{
    const Line &line = m_lines.at(i);
    switch (b.part) {
    case Block::Part::Fields:
        if (!line.text.trimmed().isEmpty())
            field(b, line);
        break;
    case Block::Part::Description:
        if (fieldOf(line.text) == Field::EventXml) {
            b.part = Block::Part::Xml;
            b.xmlLine = line.number;
        } else if (fieldOf(line.text) == Field::Data &&
                   (i + 1 >= m_lines.size() || isHexDumpLine(m_lines.at(i + 1).text))) {
            b.part = Block::Part::Data;
        } else {
            b.description.append(line.text.toString());
        }
        break;
    case Block::Part::Xml:
        b.xml.append(line.text.toString());
        break;
    case Block::Part::Data:
        break;
    }
}

void BlockReader::read(const ReadOptions &options, const RecordSink &sink)
{
    qsizetype firstIndex = 0;
    while (firstIndex < m_lines.size() && m_lines.at(firstIndex).text.trimmed().isEmpty())
        ++firstIndex;
    if (firstIndex >= m_lines.size()) {
        m_summary.error = TextEventReader::tr("the file holds no events (it is empty)");
        return;
    }
    if (!findBlockStart(firstIndex)) {
        m_summary.error = TextEventReader::tr("not an event text export: no event found");
        return;
    }
    m_summary.ok = true;

    Block b;
    qint64 ignored = 0;
    qint64 firstIgnored = -1;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
            m_summary.cancelled = true;
            return;
        }
        const Line &line = m_lines.at(i);
        if (isStart(i)) {
            finish(b);
            b = Block();
            b.active = true;
            b.startLine = line.number;
            if (!m_markers)
                field(b, line);
        } else if (b.active) {
            bodyLine(b, i);
        } else if (!line.text.trimmed().isEmpty()) {
            if (firstIgnored < 0)
                firstIgnored = line.number;
            ++ignored;
        }
    }
    finish(b);
    if (ignored > 0)
        issue(firstIgnored,
              TextEventReader::tr("%1 line(s) before the first event are not part of an event; "
                                  "ignored")
                  .arg(ignored));
    qCDebug(lcTextEvents) << m_summary.file << "event blocks:" << m_pending.size();
    TextExport::deliver(m_pending, TextExport::mostVoted(m_votes), options, sink, m_summary);
}

} // namespace

void TextEventReader::parse(QByteArrayView data, const ReadOptions &options, const RecordSink &sink,
                            ReadSummary &summary)
{
    const TextExport::Decoded decoded = TextExport::decode(data);
    const QList<Line> lines = splitLines(decoded.text);
    QStringView first;
    for (const Line &l : lines) {
        if (!l.text.trimmed().isEmpty()) {
            first = l.text;
            break;
        }
    }
    if (first.isEmpty()) {
        summary.error = tr("the file holds no events (it is empty)");
        return;
    }
    const Field f = fieldOf(first);
    bool blocks = TextExport::isBlockStart(first) || f == Field::LogName || f == Field::Type ||
                  (f != Field::None && !first.contains(QLatin1Char('\t')) &&
                   !first.contains(QLatin1Char(',')));
    if (!blocks && !first.contains(QLatin1Char('\t'))) {
        // Text before the first event (a pasted mail, a note): blocks if one starts soon.
        int looked = 0;
        for (const Line &l : lines) {
            const Field lf = fieldOf(l.text);
            if (TextExport::isBlockStart(l.text) || lf == Field::LogName || lf == Field::Type) {
                blocks = true;
                break;
            }
            if (++looked > 200)
                break;
        }
    }
    if (blocks) {
        BlockReader reader(lines, summary);
        reader.read(options, sink);
    } else {
        TextExport::readDelimited(
            decoded.text, first.contains(QLatin1Char('\t')) ? QChar(QLatin1Char('\t')) : QChar(),
            options, sink, summary);
    }
    if (summary.ok && decoded.ansi) {
        ReadIssue note;
        note.file = summary.file;
        note.reason = tr("the file is not UTF-8; read as Windows-1252 (Western European)");
        note.note = true;
        summary.issues.prepend(note);
    }
}

} // namespace Gpsi

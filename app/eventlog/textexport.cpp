#include "textexport.h"

#include "eventxml.h"

#include <QDate>
#include <QLoggingCategory>
#include <QStringDecoder>
#include <QTime>
#include <QTimeZone>

#include <algorithm>
#include <cstring>

namespace Gpsi {

Q_LOGGING_CATEGORY(lcTextExport, "gpsi.events.textexport", QtInfoMsg)

namespace {

// 100 ns ticks between 1601-01-01 and 1970-01-01.
constexpr qint64 kEpochDelta = 116444736000000000LL;
constexpr qint64 kTicksPerSecond = 10000000LL;
constexpr quint64 kAuditSuccess = 0x0020000000000000ULL;
constexpr quint64 kAuditFailure = 0x0010000000000000ULL;
constexpr int kProgressEvery = 256;

using Language = TextExport::Language;
using Field = TextExport::Field;

struct LevelWord
{
    const char16_t *word; // folded (lower case)
    quint8 level;
    quint64 keywords;
    Language language;
};

// Level and type words as Event Viewer writes them (Vista+ "Level" and "Keywords" columns, XP
// "Type"). English from the exports themselves; German and French from localized exports
// (domain.md 2.6.4; "Informationen" seen in a real German export).
constexpr LevelWord kLevelWords[] = {
    {u"critical", 1, 0, Language::English},
    {u"error", 2, 0, Language::English},
    {u"warning", 3, 0, Language::English},
    {u"information", 4, 0, Language::Unknown}, // English and French
    {u"verbose", 5, 0, Language::English},
    {u"audit success", 0, kAuditSuccess, Language::English},
    {u"success audit", 0, kAuditSuccess, Language::English},
    {u"audit failure", 0, kAuditFailure, Language::English},
    {u"failure audit", 0, kAuditFailure, Language::English},
    {u"kritisch", 1, 0, Language::German},
    {u"fehler", 2, 0, Language::German},
    {u"warnung", 3, 0, Language::German},
    {u"informationen", 4, 0, Language::German},
    {u"ausführlich", 5, 0, Language::German},
    {u"überwachung erfolgreich", 0, kAuditSuccess, Language::German},
    {u"überwachung gescheitert", 0, kAuditFailure, Language::German},
    {u"erfolgsüberwachung", 0, kAuditSuccess, Language::German},
    {u"fehlerüberwachung", 0, kAuditFailure, Language::German},
    {u"critique", 1, 0, Language::French},
    {u"erreur", 2, 0, Language::French},
    {u"avertissement", 3, 0, Language::French},
    {u"informations", 4, 0, Language::French},
    {u"commentaires", 5, 0, Language::French},
    {u"détaillé", 5, 0, Language::French},
    {u"succès de l'audit", 0, kAuditSuccess, Language::French},
    {u"échec de l'audit", 0, kAuditFailure, Language::French},
    {u"audit des succès", 0, kAuditSuccess, Language::French},
    {u"audit des échecs", 0, kAuditFailure, Language::French},
    {u"classic", 0, 0, Language::English},
};

struct Label
{
    const char16_t *label; // folded
    Field field;
    Language language;
};

// Column headers of the "Save as" exports and the labels of event blocks (wevtutil /f:text,
// Event Viewer "Copy"). English verified against real exports; German/French partly (the German
// Vista+ header was seen in a real export), the rest assumed from the localized UI.
constexpr Label kLabels[] = {
    // Vista+ columns and blocks
    {u"level", Field::Level, Language::English},
    {u"date and time", Field::DateTime, Language::English},
    {u"source", Field::Source, Language::Unknown},
    {u"event id", Field::EventId, Language::English},
    {u"task category", Field::Task, Language::English},
    {u"task", Field::Task, Language::English},
    {u"keywords", Field::Keywords, Language::English},
    {u"keyword", Field::Keywords, Language::English},
    {u"log name", Field::LogName, Language::English},
    {u"log", Field::LogName, Language::English},
    {u"opcode", Field::Opcode, Language::Unknown},
    {u"user", Field::User, Language::English},
    {u"user name", Field::UserName, Language::English},
    {u"computer", Field::Computer, Language::Unknown},
    {u"description", Field::Description, Language::Unknown},
    {u"message", Field::Description, Language::English},
    {u"event xml", Field::EventXml, Language::English},
    {u"record id", Field::RecordId, Language::English},
    {u"event record id", Field::RecordId, Language::English},
    // XP columns ("Date,Time,Source,Type,Category,Event,User,Computer,Description") and the
    // XP "Copy" block ("Event Type:", "Event Source:", "Event Category:", "Event ID:", ...)
    {u"date", Field::Date, Language::Unknown},
    {u"time", Field::Time, Language::English},
    {u"type", Field::Type, Language::Unknown},
    {u"category", Field::Task, Language::English},
    {u"event", Field::EventId, Language::English},
    {u"event type", Field::Type, Language::English},
    {u"event source", Field::Source, Language::English},
    {u"event category", Field::Task, Language::English},
    {u"data", Field::Data, Language::English},
    // German
    {u"ebene", Field::Level, Language::German},
    {u"datum und uhrzeit", Field::DateTime, Language::German},
    {u"quelle", Field::Source, Language::German},
    {u"ereignis-id", Field::EventId, Language::German},
    {u"aufgabenkategorie", Field::Task, Language::German},
    {u"aufgabe", Field::Task, Language::German},
    {u"schlüsselwörter", Field::Keywords, Language::German},
    {u"schlüsselwort", Field::Keywords, Language::German},
    {u"protokollname", Field::LogName, Language::German},
    {u"protokoll", Field::LogName, Language::German},
    {u"benutzer", Field::User, Language::German},
    {u"benutzername", Field::UserName, Language::German},
    {u"beschreibung", Field::Description, Language::German},
    {u"ereignis-xml", Field::EventXml, Language::German},
    {u"datum", Field::Date, Language::German},
    {u"uhrzeit", Field::Time, Language::German},
    {u"zeit", Field::Time, Language::German},
    {u"typ", Field::Type, Language::German},
    {u"kategorie", Field::Task, Language::German},
    {u"ereignis", Field::EventId, Language::German},
    {u"ereignistyp", Field::Type, Language::German},
    {u"ereignisquelle", Field::Source, Language::German},
    {u"ereigniskategorie", Field::Task, Language::German},
    {u"ereigniskennung", Field::EventId, Language::German},
    {u"daten", Field::Data, Language::German},
    // French
    {u"niveau", Field::Level, Language::French},
    {u"date et heure", Field::DateTime, Language::French},
    {u"id de l'événement", Field::EventId, Language::French},
    {u"id de l'évènement", Field::EventId, Language::French},
    {u"catégorie de la tâche", Field::Task, Language::French},
    {u"tâche", Field::Task, Language::French},
    {u"mots clés", Field::Keywords, Language::French},
    {u"mots-clés", Field::Keywords, Language::French},
    {u"mot clé", Field::Keywords, Language::French},
    {u"nom du journal", Field::LogName, Language::French},
    {u"journal", Field::LogName, Language::French},
    {u"utilisateur", Field::User, Language::French},
    {u"nom d'utilisateur", Field::UserName, Language::French},
    {u"ordinateur", Field::Computer, Language::French},
    {u"xml de l'événement", Field::EventXml, Language::French},
    {u"heure", Field::Time, Language::French},
    {u"catégorie", Field::Task, Language::French},
    {u"événement", Field::EventId, Language::French},
    {u"type de l'événement", Field::Type, Language::French},
    {u"source de l'événement", Field::Source, Language::French},
    {u"catégorie de l'événement", Field::Task, Language::French},
    {u"données", Field::Data, Language::French},
};

bool isFormatChar(QChar c)
{
    // Left-to-right and right-to-left marks (Windows puts them into localized dates), BOM,
    // other invisible format characters.
    return c.category() == QChar::Other_Format;
}

QString cleaned(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (isFormatChar(c))
            continue;
        if (c == QChar(0x00A0) || c == QChar(0x202F) || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
        out += c;
    }
    return out.trimmed();
}

bool isDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// Up to 9 digits (no overflow), -1 otherwise.
int smallNumber(QStringView s)
{
    if (!isDigits(s) || s.size() > 9)
        return -1;
    int v = 0;
    for (QChar c : s)
        v = v * 10 + (c.unicode() - '0');
    return v;
}

// The three numbers of a date part: "30.11.2026", "11/30/2026", "2026-11-30", "30.11.2026.".
struct DateParts
{
    QStringView a, b, c;
    QChar separator;
};

bool splitDate(QStringView date, DateParts &parts)
{
    if (date.endsWith(QLatin1Char('.')))
        date.chop(1);
    qsizetype first = -1;
    for (qsizetype i = 0; i < date.size(); ++i) {
        const QChar ch = date.at(i);
        if (ch == QLatin1Char('.') || ch == QLatin1Char('/') || ch == QLatin1Char('-')) {
            first = i;
            break;
        }
    }
    if (first <= 0)
        return false;
    parts.separator = date.at(first);
    const qsizetype second = date.indexOf(parts.separator, first + 1);
    if (second < 0)
        return false;
    parts.a = date.left(first).trimmed();
    parts.b = date.mid(first + 1, second - first - 1).trimmed();
    parts.c = date.mid(second + 1).trimmed();
    return isDigits(parts.a) && isDigits(parts.b) && isDigits(parts.c) && parts.a.size() <= 4 &&
           parts.b.size() <= 2 && parts.c.size() <= 4;
}

// Splits "date time" at the first space; ISO's 'T' is handled by the caller.
void splitDateTime(QStringView text, QStringView &date, QStringView &time)
{
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    if (space < 0) {
        date = text;
        time = {};
        return;
    }
    date = text.left(space);
    time = text.mid(space + 1).trimmed();
}

bool parseTime(QStringView text, int &h, int &m, int &s, qint64 &ticks)
{
    QString t = text.toString().toLower();
    int ampm = 0; // 1 am, 2 pm
    static const struct
    {
        const char *marker;
        int kind;
    } markers[] = {{"a.m.", 1}, {"p.m.", 2}, {"am", 1}, {"pm", 2}, {"vorm.", 1}, {"nachm.", 2}};
    for (const auto &mk : markers) {
        const QLatin1String marker(mk.marker);
        if (t.endsWith(marker)) {
            t.chop(marker.size());
            ampm = mk.kind;
            break;
        }
        if (t.startsWith(marker)) {
            t.remove(0, marker.size());
            ampm = mk.kind;
            break;
        }
    }
    t = t.trimmed();
    const QStringList pieces = t.split(QLatin1Char(':'));
    if (pieces.size() < 2 || pieces.size() > 3)
        return false;
    h = smallNumber(pieces.at(0));
    m = smallNumber(pieces.at(1));
    s = 0;
    ticks = 0;
    if (pieces.size() == 3) {
        QStringView sec = pieces.at(2);
        qsizetype dot = sec.indexOf(QLatin1Char('.'));
        if (dot < 0)
            dot = sec.indexOf(QLatin1Char(','));
        if (dot >= 0) {
            const QStringView frac = sec.mid(dot + 1);
            if (!isDigits(frac) || frac.size() > 9)
                return false;
            qint64 f = 0;
            for (qsizetype i = 0; i < 7; ++i)
                f = f * 10 + (i < frac.size() ? frac.at(i).unicode() - '0' : 0);
            ticks = f;
            sec = sec.left(dot);
        }
        s = smallNumber(sec);
    }
    if (h < 0 || m < 0 || s < 0 || m > 59 || s > 59)
        return false;
    if (ampm != 0) {
        if (h < 1 || h > 12)
            return false;
        h = (h % 12) + (ampm == 2 ? 12 : 0);
    }
    return h <= 23;
}

qint64 ticksFrom(const QDate &date, int h, int m, int s, qint64 extraTicks, qint64 offsetSeconds)
{
    if (!date.isValid() || date.year() < 1601 || date.year() > 9999)
        return 0;
    const QDateTime dt(date, QTime(h, m, s), QTimeZone::utc());
    if (!dt.isValid())
        return 0;
    const qint64 ticks =
        (dt.toSecsSinceEpoch() - offsetSeconds) * kTicksPerSecond + extraTicks + kEpochDelta;
    return ticks > 0 ? ticks : 0;
}

const LevelWord *findLevel(const QString &folded)
{
    for (const LevelWord &w : kLevelWords) {
        if (folded == QStringView(w.word))
            return &w;
    }
    return nullptr;
}

const Label *findLabel(const QString &folded)
{
    for (const Label &l : kLabels) {
        if (folded == QStringView(l.label))
            return &l;
    }
    return nullptr;
}

// ---- delimited records --------------------------------------------------------------------

struct Cursor
{
    QStringView text;
    qsizetype pos = 0;
    qint64 line = 1;
    QChar separator;
};

enum class RecordResult { Ok, End, Unterminated };

// Reads up to the next separator or end of line (not consuming it); drops a '\r' before '\n'.
QString readRaw(Cursor &c, bool toEndOfLine)
{
    const qsizetype start = c.pos;
    const qsizetype n = c.text.size();
    while (c.pos < n) {
        const QChar ch = c.text.at(c.pos);
        if (ch == QLatin1Char('\n') || (!toEndOfLine && ch == c.separator))
            break;
        ++c.pos;
    }
    QStringView v = c.text.mid(start, c.pos - start);
    if (v.endsWith(QLatin1Char('\r')))
        v.chop(1);
    return v.toString();
}

// One record of a delimited export: fields separated by c.separator, a field in double quotes
// may hold separators, doubled quotes and line breaks (CRLF becomes LF). With maxFields > 0 the
// last field takes the rest of the record, separators included ("everything after the 8th
// separator is the description"). Empty lines are skipped.
RecordResult nextRecord(Cursor &c, int maxFields, QStringList &fields, qint64 &startLine)
{
    fields.clear();
    const qsizetype n = c.text.size();
    while (c.pos < n) {
        const QChar ch = c.text.at(c.pos);
        if (ch == QLatin1Char('\n'))
            ++c.line;
        else if (ch != QLatin1Char('\r'))
            break;
        ++c.pos;
    }
    if (c.pos >= n)
        return RecordResult::End;
    startLine = c.line;
    const qsizetype recordStart = c.pos;
    for (;;) {
        const bool last = maxFields > 0 && fields.size() == maxFields - 1;
        QString value;
        if (c.pos < n && c.text.at(c.pos) == QLatin1Char('"')) {
            ++c.pos;
            for (;;) {
                const qsizetype q = c.text.indexOf(QLatin1Char('"'), c.pos);
                if (q < 0) {
                    // Unterminated: the record is damaged; go on with the line after its start.
                    const qsizetype eol = c.text.indexOf(QLatin1Char('\n'), recordStart);
                    c.pos = eol < 0 ? n : eol + 1;
                    c.line = startLine + 1;
                    return RecordResult::Unterminated;
                }
                const QStringView piece = c.text.mid(c.pos, q - c.pos);
                c.line += piece.count(QLatin1Char('\n'));
                value += piece;
                if (q + 1 < n && c.text.at(q + 1) == QLatin1Char('"')) {
                    value += QLatin1Char('"');
                    c.pos = q + 2;
                    continue;
                }
                c.pos = q + 1;
                break;
            }
            value.replace(QLatin1String("\r\n"), QLatin1String("\n"));
            // Anything between the closing quote and the next separator is kept (lenient).
            value += readRaw(c, last);
        } else {
            value = readRaw(c, last);
        }
        fields.append(value);
        if (c.pos >= n)
            return RecordResult::Ok;
        if (c.text.at(c.pos) == QLatin1Char('\n')) {
            ++c.pos;
            ++c.line;
            return RecordResult::Ok;
        }
        ++c.pos; // the separator
        if (fields.size() > 4096) {
            // Absurd: skip to the end of the line.
            const qsizetype eol = c.text.indexOf(QLatin1Char('\n'), c.pos);
            c.pos = eol < 0 ? n : eol;
        }
    }
}

// Splits one line at separators outside quotes (for sniffing only).
QStringList splitLine(QStringView line, QChar separator)
{
    QStringList out;
    QString cur;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar ch = line.at(i);
        if (ch == QLatin1Char('"')) {
            if (quoted && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                cur += ch;
                ++i;
            } else {
                quoted = !quoted;
            }
        } else if (ch == separator && !quoted) {
            out.append(cur);
            cur.clear();
        } else {
            cur += ch;
        }
    }
    out.append(cur);
    return out;
}

QChar guessSeparator(QStringView line)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (QChar ch : line) {
        if (ch == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && ch == QLatin1Char(','))
            ++commas;
        else if (!quoted && ch == QLatin1Char(';'))
            ++semicolons;
        else if (!quoted && ch == QLatin1Char('\t'))
            ++tabs;
    }
    if (tabs >= commas && tabs >= semicolons && tabs > 0)
        return QLatin1Char('\t');
    if (semicolons > commas)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

QStringView firstLine(QStringView text, qsizetype *lineIndex = nullptr)
{
    qsizetype pos = 0;
    qsizetype index = 0;
    while (pos < text.size()) {
        qsizetype eol = text.indexOf(QLatin1Char('\n'), pos);
        if (eol < 0)
            eol = text.size();
        QStringView line = text.mid(pos, eol - pos);
        if (!line.trimmed().isEmpty()) {
            if (lineIndex)
                *lineIndex = index;
            while (!line.isEmpty() && isFormatChar(line.front()))
                line = line.mid(1);
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            return line;
        }
        pos = eol + 1;
        ++index;
    }
    return {};
}

// A header row: the role of each column, or an empty list when the row is not a header.
QList<Field> headerColumns(const QStringList &cells, Language *language)
{
    QList<Field> columns;
    int known = 0;
    bool hasTime = false;
    bool hasIdOrSource = false;
    int votes[4] = {0, 0, 0, 0};
    for (const QString &cell : cells) {
        const Label *l = findLabel(TextExport::foldLabel(cell));
        const Field f = l ? l->field : Field::None;
        columns.append(f);
        if (f == Field::None || f == Field::Data || f == Field::EventXml)
            continue;
        ++known;
        if (f == Field::DateTime || f == Field::Date)
            hasTime = true;
        if (f == Field::EventId || f == Field::Source)
            hasIdOrSource = true;
        ++votes[int(l->language)];
    }
    if (known < 3 || !hasTime || !hasIdOrSource)
        return {};
    if (language)
        *language = TextExport::mostVoted(votes);
    return columns;
}

bool looksLikeTime(QStringView s)
{
    int h, m, sec;
    qint64 ticks;
    return parseTime(cleaned(s), h, m, sec, ticks);
}

bool looksLikeDate(QStringView s)
{
    DateParts parts;
    return splitDate(cleaned(s), parts);
}

// XP/2003: Date, Time, Source, Type, Category, Event, User, Computer, Description.
bool looksLikeXpRecord(const QStringList &f)
{
    return f.size() >= 8 && looksLikeDate(f.at(0)) && looksLikeTime(f.at(1)) &&
           smallNumber(f.at(5).trimmed()) >= 0;
}

// Vista+ without its header: Level, Date and Time, Source, Event ID, Task Category, message.
bool looksLikeVistaRecord(const QStringList &f)
{
    if (f.size() < 5 || smallNumber(f.at(3).trimmed()) < 0)
        return false;
    if (!TextExport::levelFromWord(f.at(0)).known)
        return false;
    return TextExport::parseDateTime(f.at(1), {}, TextExport::DateOrder::Unknown) > 0;
}

void sortIssues(ReadSummary &summary)
{
    std::stable_sort(summary.issues.begin(), summary.issues.end(),
                     [](const ReadIssue &a, const ReadIssue &b) { return a.line < b.line; });
}

QString trimmedMessage(const QString &text)
{
    QString m = text;
    m.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    while (m.endsWith(QLatin1Char('\n')) || m.endsWith(QLatin1Char(' ')) ||
           m.endsWith(QLatin1Char('\r')))
        m.chop(1);
    while (m.startsWith(QLatin1Char('\n')))
        m.remove(0, 1);
    return m;
}

} // namespace

// ---- decoding ---------------------------------------------------------------------------------

TextExport::Decoded TextExport::decode(QByteArrayView data)
{
    Decoded d;
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype n = data.size();
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
        d.bomBytes = 3;
        QStringDecoder dec(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        d.text = dec.decode(data.sliced(3));
        return d;
    }
    QStringDecoder::Encoding utf16 = QStringDecoder::Utf8;
    if (n >= 2 && p[0] == 0xFF && p[1] == 0xFE) {
        utf16 = QStringDecoder::Utf16LE;
        d.bomBytes = 2;
    } else if (n >= 2 && p[0] == 0xFE && p[1] == 0xFF) {
        utf16 = QStringDecoder::Utf16BE;
        d.bomBytes = 2;
    } else if (n >= 4) {
        // No BOM: UTF-16 when most even (BE) or odd (LE) bytes of the start are zero.
        const qsizetype probe = std::min<qsizetype>(n & ~qsizetype(1), 512);
        int evenZeros = 0, oddZeros = 0;
        for (qsizetype i = 0; i < probe; ++i) {
            if (p[i] == 0)
                ++((i & 1) ? oddZeros : evenZeros);
        }
        const int half = int(probe / 2);
        if (oddZeros * 10 >= half * 7 && evenZeros * 10 <= half)
            utf16 = QStringDecoder::Utf16LE;
        else if (evenZeros * 10 >= half * 7 && oddZeros * 10 <= half)
            utf16 = QStringDecoder::Utf16BE;
    }
    if (utf16 != QStringDecoder::Utf8) {
        d.utf16 = true;
        QStringDecoder dec(utf16, QStringDecoder::Flag::Stateless);
        d.text = dec.decode(data.sliced(d.bomBytes));
        return d;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    d.text = utf8.decode(data);
    if (!utf8.hasError())
        return d;
    // XP exports are ANSI: the Western code page is the best guess.
    d.ansi = true;
    QStringDecoder cp1252("windows-1252", QStringDecoder::Flag::Stateless);
    if (cp1252.isValid())
        d.text = cp1252.decode(data);
    else
        d.text = QString::fromLatin1(data);
    return d;
}

// ---- times ------------------------------------------------------------------------------------

qint64 TextExport::fileTimeFromIso(QStringView text, bool *hasZone)
{
    if (hasZone)
        *hasZone = false;
    const QStringView s = text.trimmed();
    // yyyy-MM-dd[T ]HH:mm[:ss][.f{1,9}][Z|+hh:mm|-hh:mm]
    if (s.size() < 16 || s.at(4) != QLatin1Char('-') || s.at(7) != QLatin1Char('-') ||
        (s.at(10) != QLatin1Char('T') && s.at(10) != QLatin1Char(' ')) ||
        s.at(13) != QLatin1Char(':'))
        return 0;
    const int y = smallNumber(s.mid(0, 4)), mo = smallNumber(s.mid(5, 2)),
              d = smallNumber(s.mid(8, 2)), h = smallNumber(s.mid(11, 2)),
              mi = smallNumber(s.mid(14, 2));
    if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0)
        return 0;
    qsizetype pos = 16;
    int sec = 0;
    qint64 frac = 0;
    if (pos < s.size() && s.at(pos) == QLatin1Char(':')) {
        sec = smallNumber(s.mid(pos + 1, 2));
        if (sec < 0 || pos + 3 > s.size())
            return 0;
        pos += 3;
        if (pos < s.size() && (s.at(pos) == QLatin1Char('.') || s.at(pos) == QLatin1Char(','))) {
            ++pos;
            int digits = 0;
            while (pos < s.size() && s.at(pos).isDigit() && s.at(pos).unicode() < 128) {
                if (digits < 7)
                    frac = frac * 10 + (s.at(pos).unicode() - '0');
                ++digits;
                ++pos;
                if (digits > 12)
                    return 0;
            }
            if (digits == 0)
                return 0;
            for (int i = digits; i < 7; ++i)
                frac *= 10;
        }
    }
    qint64 offset = 0;
    bool zone = false;
    if (pos < s.size()) {
        const QChar z = s.at(pos);
        if (z == QLatin1Char('Z') || z == QLatin1Char('z')) {
            zone = true;
            ++pos;
        } else if (z == QLatin1Char('+') || z == QLatin1Char('-')) {
            QStringView rest = s.mid(pos + 1);
            int oh = -1, om = 0;
            if (rest.size() == 5 && rest.at(2) == QLatin1Char(':')) {
                oh = smallNumber(rest.left(2));
                om = smallNumber(rest.mid(3, 2));
            } else if (rest.size() == 4) {
                oh = smallNumber(rest.left(2));
                om = smallNumber(rest.mid(2, 2));
            } else if (rest.size() == 2) {
                oh = smallNumber(rest);
            }
            if (oh < 0 || om < 0 || oh > 23 || om > 59)
                return 0;
            offset = (qint64(oh) * 3600 + om * 60) * (z == QLatin1Char('-') ? -1 : 1);
            zone = true;
            pos = s.size();
        }
    }
    if (pos != s.size() || mi > 59 || sec > 59 || h > 23)
        return 0;
    const qint64 ticks = ticksFrom(QDate(y, mo, d), h, mi, sec, frac, offset);
    if (ticks > 0 && hasZone)
        *hasZone = zone;
    return ticks;
}

qint64 TextExport::fileTimeFromUnixSeconds(qint64 seconds)
{
    return seconds * kTicksPerSecond + kEpochDelta;
}

// ---- words ------------------------------------------------------------------------------------

TextExport::Language TextExport::mostVoted(const int (&votes)[4])
{
    Language language = Language::Unknown;
    int best = 0;
    for (int i = 1; i < 4; ++i) {
        if (votes[i] > best) {
            best = votes[i];
            language = Language(i);
        }
    }
    return language;
}

QString TextExport::foldLabel(QStringView label)
{
    QString s;
    s.reserve(label.size());
    for (QChar c : label) {
        if (isFormatChar(c))
            continue;
        const char16_t u = c.unicode();
        if (u == 0x2019 || u == 0x2018 || u == 0x00B4 || u == u'`')
            c = QLatin1Char('\'');
        else if (u == 0x00A0 || u == 0x202F || u == u'\t')
            c = QLatin1Char(' ');
        s += c;
    }
    s = s.simplified().toLower();
    if (s.endsWith(QLatin1Char(':')))
        s.chop(1);
    return s.trimmed();
}

TextExport::Level TextExport::levelFromWord(QStringView word)
{
    Level out;
    const LevelWord *w = findLevel(foldLabel(word));
    if (!w)
        return out;
    out.known = true;
    out.level = w->level;
    out.keywords = w->keywords;
    out.language = w->language;
    return out;
}

QString TextExport::providerFromSource(QStringView source)
{
    const QStringView s = source.trimmed();
    if (s.endsWith(u')')) {
        const qsizetype open = s.lastIndexOf(QLatin1String(" ("));
        if (open > 0) {
            const QStringView inner = s.mid(open + 2, s.size() - open - 3).trimmed();
            // Manifest providers are "Company-Product-Component" names without spaces.
            if (inner.contains(u'-') && !inner.contains(u' '))
                return inner.toString();
        }
    }
    return s.toString();
}

QString TextExport::sidForUser(QStringView user)
{
    const QString folded = foldLabel(user);
    if (folded.startsWith(QLatin1String("s-1-")))
        return QLatin1Char('S') + folded.mid(1).toUpper();
    QString domain, name = folded;
    const qsizetype slash = folded.lastIndexOf(QLatin1Char('\\'));
    if (slash >= 0) {
        domain = folded.left(slash);
        name = folded.mid(slash + 1);
    }
    static const char16_t *const ntAuthority[] = {u"nt authority", u"nt-autorität", u"autorite nt",
                                                  u"autorité nt"};
    if (!domain.isEmpty() &&
        std::none_of(std::begin(ntAuthority), std::end(ntAuthority),
                     [&](const char16_t *d) { return domain == QStringView(d); }))
        return {};
    auto is = [&name](const char16_t *s) { return name == QStringView(s); };
    if (is(u"system") || is(u"système"))
        return QStringLiteral("S-1-5-18");
    if (is(u"local service") || is(u"lokaler dienst") || is(u"service local"))
        return QStringLiteral("S-1-5-19");
    if (is(u"network service") || is(u"netzwerkdienst") || is(u"service réseau"))
        return QStringLiteral("S-1-5-20");
    return {};
}

// ---- dates ------------------------------------------------------------------------------------

void TextExport::DateOrderVote::add(QStringView dateText)
{
    const QString text = cleaned(dateText);
    QStringView date, time;
    splitDateTime(text, date, time);
    const qsizetype t = date.indexOf(QLatin1Char('T'));
    if (t > 0)
        date = date.left(t);
    DateParts parts;
    if (!splitDate(date, parts))
        return;
    if (parts.a.size() == 4) {
        m_yearFirst = true;
        return;
    }
    const int a = smallNumber(parts.a), b = smallNumber(parts.b);
    if (parts.separator == QLatin1Char('.'))
        m_dots = true;
    if (a > 12 && b <= 12)
        m_dayFirst = true;
    else if (b > 12 && a <= 12)
        m_monthFirst = true;
    else if (a != b && a <= 12 && b <= 12 && m_ambiguous.isEmpty())
        m_ambiguous = text;
}

TextExport::DateOrder TextExport::DateOrderVote::decide(Language language, bool *ambiguous,
                                                        QString *example) const
{
    *ambiguous = false;
    if (m_dayFirst && !m_monthFirst)
        return DateOrder::DayMonthYear;
    if (m_monthFirst && !m_dayFirst)
        return DateOrder::MonthDayYear;
    const bool dayFirstLanguage = language == Language::German || language == Language::French;
    const DateOrder def =
        (m_dots || dayFirstLanguage) ? DateOrder::DayMonthYear : DateOrder::MonthDayYear;
    if (m_dayFirst && m_monthFirst) {
        *ambiguous = true;
        *example = m_ambiguous;
        return def;
    }
    if (!m_ambiguous.isEmpty() && !m_dots && !dayFirstLanguage) {
        *ambiguous = true;
        *example = m_ambiguous;
    }
    return def;
}

qint64 TextExport::parseDateTime(QStringView dateText, QStringView timeText, DateOrder order,
                                 bool *hasZone)
{
    if (hasZone)
        *hasZone = false;
    const QString dateClean = cleaned(dateText);
    const QString timeClean = cleaned(timeText);
    QStringView date = dateClean, time = timeClean;
    if (time.isEmpty()) {
        if (const qint64 iso = fileTimeFromIso(date, hasZone))
            return iso;
        splitDateTime(dateClean, date, time);
    }
    DateParts parts;
    if (!splitDate(date, parts))
        return 0;
    int h, m, s;
    qint64 ticks;
    if (!parseTime(time, h, m, s, ticks))
        return 0;
    int y, mo, d;
    const int a = smallNumber(parts.a), b = smallNumber(parts.b), c = smallNumber(parts.c);
    if (parts.a.size() == 4) {
        y = a;
        mo = b;
        d = c;
    } else {
        if (parts.c.size() != 4 && parts.c.size() != 2)
            return 0;
        y = parts.c.size() == 2 ? (c < 70 ? 2000 + c : 1900 + c) : c;
        bool dayFirst = order == DateOrder::DayMonthYear;
        if (order == DateOrder::Unknown || order == DateOrder::YearMonthDay)
            dayFirst = parts.separator == QLatin1Char('.') || a > 12;
        d = dayFirst ? a : b;
        mo = dayFirst ? b : a;
    }
    return ticksFrom(QDate(y, mo, d), h, m, s, ticks, 0);
}

// ---- layouts ----------------------------------------------------------------------------------

TextExport::Field TextExport::blockField(QStringView label, Language *language)
{
    const Label *l = findLabel(foldLabel(label));
    if (language)
        *language = l ? l->language : Language::Unknown;
    return l ? l->field : Field::None;
}

bool TextExport::isBlockStart(QStringView line)
{
    const QStringView t = line.trimmed();
    // wevtutil: "Event[0]:"
    if (t.startsWith(QLatin1String("Event[")) && t.endsWith(QLatin1String("]:")))
        return isDigits(t.mid(6, t.size() - 8));
    return false;
}

LogFormat::Format TextExport::sniff(QStringView text, QString *detail)
{
    auto say = [detail](const QString &s) {
        if (detail)
            *detail = s;
    };
    const QStringView line = firstLine(text);
    if (line.isEmpty())
        return LogFormat::Format::NotALog;
    if (isBlockStart(line)) {
        say(tr("wevtutil text output (Event[n]: blocks)"));
        return LogFormat::Format::Text;
    }
    // "Label: value" blocks (Event Viewer "Copy", XP and Vista+).
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    if (colon > 0) {
        const Field f = blockField(line.left(colon));
        if (f == Field::LogName || f == Field::Type) {
            say(tr("Event Viewer event text (name: value blocks)"));
            return LogFormat::Format::Text;
        }
    }
    const QChar sep = guessSeparator(line);
    const QStringList cells = splitLine(line, sep);
    const bool tab = sep == QLatin1Char('\t');
    if (!headerColumns(cells, nullptr).isEmpty()) {
        say(tab ? tr("Event Viewer text export (tab-separated, with a header)")
                : tr("Event Viewer CSV export (with a header)"));
        return tab ? LogFormat::Format::Text : LogFormat::Format::Csv;
    }
    if (looksLikeXpRecord(cells)) {
        say(tab ? tr("Windows XP/2003 Event Viewer text export (tab-separated)")
                : tr("Windows XP/2003 Event Viewer CSV export"));
        return tab ? LogFormat::Format::Text : LogFormat::Format::Csv;
    }
    if (looksLikeVistaRecord(cells)) {
        say(tab ? tr("Event Viewer text export (tab-separated, no header)")
                : tr("Event Viewer CSV export (no header)"));
        return tab ? LogFormat::Format::Text : LogFormat::Format::Csv;
    }
    if (text.contains(QLatin1String("Event ID:"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("Event Type:"), Qt::CaseInsensitive)) {
        say(tr("Event Viewer text export"));
        return LogFormat::Format::Text;
    }
    return LogFormat::Format::NotALog;
}

// ---- reading ----------------------------------------------------------------------------------

bool TextExport::deliver(QList<Pending> &pending, Language language, const ReadOptions &options,
                         const RecordSink &sink, ReadSummary &summary)
{
    DateOrderVote vote;
    for (const Pending &p : std::as_const(pending)) {
        if (!p.date.isEmpty())
            vote.add(p.date);
    }
    bool ambiguous = false;
    QString example;
    const DateOrder order = vote.decide(language, &ambiguous, &example);
    if (ambiguous) {
        summary.addIssueAtLine(
            -1, order == DateOrder::DayMonthYear
                    ? tr("dates such as \"%1\" can be read day first or month first; read as "
                         "day/month/year")
                          .arg(example)
                    : tr("dates such as \"%1\" can be read day first or month first; read as "
                         "month/day/year")
                          .arg(example));
        summary.issues.last().note = true;
    }
    bool local = false;
    const qsizetype total = pending.size();
    bool stopped = false;
    for (qsizetype i = 0; i < total; ++i) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
            summary.cancelled = true;
            stopped = true;
            break;
        }
        EventRecord &r = pending[i].record;
        if (!(r.fileTime > 0 && pending[i].date.isEmpty())) {
            bool zone = false;
            const qint64 ft = parseDateTime(pending[i].date, pending[i].time, order, &zone);
            if (ft <= 0) {
                QString when = pending[i].date;
                if (!pending[i].time.isEmpty())
                    when += QLatin1Char(' ') + pending[i].time;
                summary.addIssueAtLine(r.line,
                                       when.trimmed().isEmpty()
                                           ? tr("the event has no date and time; skipped")
                                           : tr("cannot read the date and time \"%1\"; skipped")
                                                 .arg(when.trimmed().left(80)),
                                       1);
                ++summary.recordsDamaged;
                continue;
            }
            r.fileTime = ft;
            if (!zone)
                local = true;
        }
        ++summary.recordsSeen;
        if (options.progress && (i % kProgressEvery) == 0)
            options.progress(qint64(double(summary.bytes) * double(i) / double(total)),
                             summary.bytes);
        if (!options.filter.accepts(r.provider, r.channel, r.eventId))
            continue;
        if (options.renderXml)
            r.xml = EventXml::render(r);
        ++summary.recordsMatched;
        if (!sink(r)) {
            summary.cancelled = true;
            stopped = true;
            break;
        }
    }
    if (local)
        summary.addIssueAtLine(
            -1, tr("times are local to the exporting computer (the file names no time zone); "
                   "read as UTC"));
    if (local)
        summary.issues.last().note = true;
    if (options.progress && !stopped)
        options.progress(summary.bytes, summary.bytes);
    sortIssues(summary);
    return !stopped;
}

namespace {

// The columns of a delimited export and what a line needs to count as a record.
struct DelimitedLayout
{
    QList<Field> columns;
    QStringList header;                    // the header row; empty when the file has none
    Language language = Language::Unknown; // from the header's labels
    qsizetype required = 0; // fields a record needs: up to the last of ID, date and source
    qsizetype idColumn = -1;
};

// The layout: a header row names the columns; without one the first record must look like an
// XP or Vista+ record. Moves c past the header. False when the text is neither.
bool findLayout(Cursor &c, DelimitedLayout &layout)
{
    QStringList fields;
    qint64 line = 0;
    Cursor probe = c;
    if (nextRecord(probe, 0, fields, line) == RecordResult::Ok)
        layout.columns = headerColumns(fields, &layout.language);
    QList<Field> &columns = layout.columns;
    if (!columns.isEmpty()) {
        layout.header = fields;
        c = probe; // consume the header
        const qsizetype desc = columns.indexOf(Field::Description);
        if (desc < 0) {
            // Vista+: the message is the unlabelled column after the named ones.
            while (!columns.isEmpty() && columns.constLast() == Field::None &&
                   layout.header.constLast().trimmed().isEmpty()) {
                columns.removeLast();
                layout.header.removeLast();
            }
            columns.append(Field::Description);
        } else {
            columns.resize(desc + 1);
        }
    } else {
        Cursor xp = c;
        Cursor vista = c;
        QStringList vistaFields;
        const bool isXp =
            nextRecord(xp, 9, fields, line) == RecordResult::Ok && looksLikeXpRecord(fields);
        const bool isVista = !isXp && nextRecord(vista, 6, vistaFields, line) == RecordResult::Ok &&
                             looksLikeVistaRecord(vistaFields);
        if (isXp)
            columns = {Field::Date,    Field::Time, Field::Source,   Field::Type,       Field::Task,
                       Field::EventId, Field::User, Field::Computer, Field::Description};
        else if (isVista)
            columns = {Field::Level,   Field::DateTime, Field::Source,
                       Field::EventId, Field::Task,     Field::Description};
        else
            return false;
    }
    layout.idColumn = columns.indexOf(Field::EventId);
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i) == Field::EventId || columns.at(i) == Field::DateTime ||
            columns.at(i) == Field::Date || columns.at(i) == Field::Source)
            layout.required = i + 1;
    }
    return true;
}

// One field of a delimited record into the record. votes counts the languages of the level
// words. False, with the reason, when the line cannot be a record.
bool readColumn(Field column, const QString &v, TextExport::Pending &p, int (&votes)[4],
                QString *badReason)
{
    EventRecord &r = p.record;
    switch (column) {
    case Field::Level:
    case Field::Type:
    case Field::Keywords: {
        const TextExport::Level lv = TextExport::levelFromWord(v);
        if (lv.known) {
            if (lv.keywords)
                r.keywords |= lv.keywords;
            if (column != Field::Keywords || lv.keywords)
                r.level = lv.level;
            ++votes[int(lv.language)];
        }
        break;
    }
    case Field::DateTime:
    case Field::Date:
        p.date = v.trimmed();
        break;
    case Field::Time:
        p.time = v.trimmed();
        break;
    case Field::Source:
        r.provider = TextExport::providerFromSource(v);
        break;
    case Field::EventId: {
        const QString id = v.trimmed();
        bool okId = false;
        const qulonglong value = id.toULongLong(&okId);
        if (!okId || value > 0xFFFFFFFFULL) {
            *badReason = TextExport::tr("the event ID \"%1\" is not a number; the line is skipped")
                             .arg(id.left(40));
            return false;
        }
        r.eventId = quint16(value & 0xFFFF);
        if (value > 0xFFFF) {
            r.qualifiers = quint16(value >> 16);
            r.hasQualifiers = true;
        }
        break;
    }
    case Field::Task: {
        bool okTask = false;
        const uint task = v.trimmed().toUInt(&okTask);
        if (okTask && task <= 0xFFFF)
            r.task = quint16(task);
        break;
    }
    case Field::User:
    case Field::UserName:
        if (r.userSid.isEmpty())
            r.userSid = TextExport::sidForUser(v);
        break;
    case Field::Computer:
        r.computer = v.trimmed();
        break;
    case Field::LogName:
        r.channel = v.trimmed();
        break;
    case Field::Description:
        r.message = trimmedMessage(v);
        break;
    case Field::RecordId: {
        bool okRec = false;
        const qulonglong rec = v.trimmed().toULongLong(&okRec);
        if (okRec)
            r.recordId = rec;
        break;
    }
    default:
        break;
    }
    return true;
}

// A message that stops mid-sentence (no closing punctuation).
bool cutMidSentence(const QString &message)
{
    const QString t = message.trimmed();
    return !t.isEmpty() && !QStringLiteral(".!?)\"'>").contains(t.back());
}

} // namespace

void TextExport::readDelimited(QStringView text, QChar separator, const ReadOptions &options,
                               const RecordSink &sink, ReadSummary &summary)
{
    const QStringView head = firstLine(text);
    if (head.isEmpty()) {
        summary.error = tr("the file holds no events (it is empty)");
        return;
    }
    Cursor c;
    c.text = text;
    c.separator = separator.isNull() ? guessSeparator(head) : separator;
    DelimitedLayout layout;
    if (!findLayout(c, layout)) {
        summary.error = tr("not an Event Viewer export: the first line is neither a known "
                           "header nor an event (\"%1\")")
                            .arg(head.left(60).toString());
        return;
    }
    summary.ok = true;
    const QList<Field> &columns = layout.columns;
    const int maxFields = int(columns.size());

    QStringList fields;
    qint64 line = 0;
    QList<Pending> pending;
    int votes[4] = {0, 0, 0, 0};
    for (;;) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
            summary.cancelled = true;
            return;
        }
        const RecordResult rr = nextRecord(c, maxFields, fields, line);
        if (rr == RecordResult::End)
            break;
        if (rr == RecordResult::Unterminated) {
            summary.addIssueAtLine(line, tr("a quoted field is not closed; the line is skipped"),
                                   1);
            ++summary.recordsDamaged;
            continue;
        }
        if (!layout.header.isEmpty() && fields.size() >= layout.header.size() &&
            std::equal(layout.header.cbegin(), layout.header.cend(), fields.cbegin()))
            continue; // the header again (exports appended to one another)
        if (fields.size() < layout.required && !pending.isEmpty() && !columns.isEmpty() &&
            columns.constLast() == Field::Description &&
            pending.constLast().record.message.size() < 65536 &&
            cutMidSentence(pending.constLast().record.message)) {
            // Message tables hold line breaks ("The setup\npath was %3"), and an export that
            // does not quote the description breaks the record there: a short line after a
            // description cut mid-sentence belongs to that description. (After a complete
            // sentence it is damage, reported below.)
            EventRecord &previous = pending.last().record;
            previous.message += QLatin1Char('\n') + fields.join(c.separator);
            continue;
        }
        if (fields.size() < layout.required) {
            summary.addIssueAtLine(line,
                                   tr("%1 field(s) where the layout has %2; the line is skipped")
                                       .arg(fields.size())
                                       .arg(columns.size()),
                                   1);
            ++summary.recordsDamaged;
            continue;
        }
        Pending p;
        p.record.line = line;
        bool bad = false;
        QString badReason;
        for (qsizetype i = 0; i < columns.size() && i < fields.size(); ++i)
            bad = !readColumn(columns.at(i), fields.at(i), p, votes, &badReason) || bad;
        if (layout.idColumn >= 0 && layout.idColumn >= fields.size()) {
            bad = true;
            badReason = tr("the line has no event ID; it is skipped");
        }
        if (bad) {
            summary.addIssueAtLine(line, badReason, 1);
            ++summary.recordsDamaged;
            continue;
        }
        pending.append(std::move(p));
    }
    const Language language =
        layout.language == Language::Unknown ? TextExport::mostVoted(votes) : layout.language;
    qCDebug(lcTextExport) << "delimited export:" << pending.size() << "records, separator"
                          << c.separator << "language" << int(language);
    deliver(pending, language, options, sink, summary);
}

} // namespace Gpsi

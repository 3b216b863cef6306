#include "eventcatalogue.h"

#include "builtindata.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QTime>
#include <QTimeZone>

#include <algorithm>
#include <limits>

#include "errorcodes.h"

Q_LOGGING_CATEGORY(lcCatalogue, "gpsi.events.catalogue", QtInfoMsg)

namespace Gpsi {

namespace {

// 100 ns ticks between 1601-01-01 and 1970-01-01.
constexpr qint64 kEpochDelta = 116444736000000000LL;
// Longest message (or free-text insertion) the catalogue runs its regular expressions on.
// Real messages are a few hundred characters; the cap keeps hostile input cheap.
constexpr qsizetype kMaxReadBack = 8192;
// Whole numbers a JSON double holds exactly.
constexpr double kMaxExactDouble = 9007199254740992.0;

const QStringList &fieldTypes()
{
    static const QStringList types = {QStringLiteral("string"), QStringLiteral("error"),
                                      QStringLiteral("int"),    QStringLiteral("bool"),
                                      QStringLiteral("guid"),   QStringLiteral("path"),
                                      QStringLiteral("host")};
    return types;
}

const QStringList &systemFields()
{
    static const QStringList fields = {QStringLiteral("provider"),   QStringLiteral("channel"),
                                       QStringLiteral("computer"),   QStringLiteral("userSid"),
                                       QStringLiteral("eventId"),    QStringLiteral("level"),
                                       QStringLiteral("version"),    QStringLiteral("recordId"),
                                       QStringLiteral("activityId"), QStringLiteral("message")};
    return fields;
}

const QStringList &conditionOps()
{
    static const QStringList ops = {QStringLiteral("equals"),  QStringLiteral("notEquals"),
                                    QStringLiteral("in"),      QStringLiteral("notIn"),
                                    QStringLiteral("matches"), QStringLiteral("present"),
                                    QStringLiteral("absent")};
    return ops;
}

const QStringList &levels()
{
    static const QStringList l = {QStringLiteral("error"), QStringLiteral("warning"),
                                  QStringLiteral("information")};
    return l;
}

bool isDataName(QStringView name)
{
    if (name.isEmpty() || name.size() > 128)
        return false;
    for (QChar c : name) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') ||
              c == QLatin1Char('.')))
            return false;
    }
    return true;
}

// "data:12" -> 12; -1 when the part after "data:" is not a number.
int dataPosition(QStringView rest)
{
    if (rest.isEmpty() || rest.size() > 3)
        return -1;
    int n = 0;
    for (QChar c : rest) {
        if (!c.isDigit())
            return -1;
        n = n * 10 + c.digitValue();
    }
    return n;
}

QString cleanValue(const QString &value)
{
    const QString v = value.trimmed();
    if (v.compare(QLatin1String("(NULL)"), Qt::CaseInsensitive) == 0)
        return {};
    return v;
}

// One piece of a message template.
struct Token
{
    enum Kind { Text, Space, Insert, Error } kind = Text;
    QString text; // Text: the literal; Space: what it renders as
    int position = 0;
};

// Splits a FormatMessage template: %N (insertion, with an optional !printf! spec), %%%N (an
// insertion holding an error code that the viewer expands), %n %r %t %b (white space), %% %.
// %! (literals), %0 (end of message).
QList<Token> tokenize(QStringView t)
{
    QList<Token> out;
    QString literal;
    auto flush = [&] {
        if (!literal.isEmpty()) {
            out.append(Token{Token::Text, literal, 0});
            literal.clear();
        }
    };
    auto readNumber = [&t](qsizetype from, qsizetype maxDigits, qsizetype *end) {
        int n = 0;
        qsizetype j = from;
        while (j < t.size() && j < from + maxDigits && t.at(j).isDigit()) {
            n = n * 10 + t.at(j).digitValue();
            ++j;
        }
        *end = j;
        return n;
    };
    for (qsizetype i = 0; i < t.size();) {
        const QChar c = t.at(i);
        if (c == QLatin1Char('%') && i + 1 < t.size()) {
            const QChar n = t.at(i + 1);
            if (n == QLatin1Char('%')) {
                if (i + 3 < t.size() && t.at(i + 2) == QLatin1Char('%') && t.at(i + 3).isDigit()) {
                    qsizetype end = 0;
                    const int pos = readNumber(i + 3, 2, &end);
                    flush();
                    out.append(Token{Token::Error, QString(), pos});
                    i = end;
                    continue;
                }
                literal += QLatin1Char('%');
                i += 2;
                continue;
            }
            if (n.isDigit()) {
                qsizetype end = 0;
                const int pos = readNumber(i + 1, 2, &end);
                flush();
                if (pos == 0)
                    break;
                if (end < t.size() && t.at(end) == QLatin1Char('!')) {
                    const qsizetype close = t.indexOf(QLatin1Char('!'), end + 1);
                    if (close > end)
                        end = close + 1;
                }
                out.append(Token{Token::Insert, QString(), pos});
                i = end;
                continue;
            }
            if (n == QLatin1Char('n') || n == QLatin1Char('r') || n == QLatin1Char('t') ||
                n == QLatin1Char('b')) {
                flush();
                const QString text = n == QLatin1Char('n')   ? QStringLiteral("\n")
                                     : n == QLatin1Char('r') ? QStringLiteral("\r")
                                     : n == QLatin1Char('t') ? QStringLiteral("\t")
                                                             : QStringLiteral(" ");
                out.append(Token{Token::Space, text, 0});
                i += 2;
                continue;
            }
            if (n == QLatin1Char('.') || n == QLatin1Char('!')) {
                literal += n;
                i += 2;
                continue;
            }
        }
        if (c.isSpace()) {
            flush();
            out.append(Token{Token::Space, QString(c), 0});
            ++i;
            continue;
        }
        literal += c;
        ++i;
    }
    flush();
    return out;
}

// The expanded text of "%%1612" (or a bare code in a %%%N insertion); empty when unknown.
QString errorText(QStringView value)
{
    const qint64 code = ErrorCodes::parse(value);
    if (code < 0)
        return {};
    const ErrorCode *e = ErrorCodes::builtin().find(code);
    return e && !e->text.isEmpty() ? e->text : QString();
}

bool startsWithErrorToken(QStringView v)
{
    return v.size() > 2 && v.startsWith(u"%%") && v.at(2).isDigit();
}

QString normalizeField(const QString &type, const QString &raw)
{
    QString v = cleanValue(raw);
    if (v.isEmpty())
        return v;
    if (type == QLatin1String("error")) {
        qint64 code = ErrorCodes::parse(v);
        if (code < 0 && v.size() > 3)
            code = ErrorCodes::builtin().fromMessage(v);
        return code >= 0 ? QString::number(code) : v;
    }
    if (type == QLatin1String("bool")) {
        const QString l = v.toLower();
        if (l == QLatin1String("true") || l == QLatin1String("false"))
            return l;
        bool ok = false;
        const qlonglong n = l.toLongLong(&ok);
        if (ok)
            return n != 0 ? QStringLiteral("true") : QStringLiteral("false");
        return l;
    }
    if (type == QLatin1String("guid")) {
        v = v.toLower();
        if (v.size() == 36 && !v.startsWith(QLatin1Char('{')))
            v = QLatin1Char('{') + v + QLatin1Char('}');
        return v;
    }
    if (type == QLatin1String("host")) {
        while (v.startsWith(QLatin1Char('\\')) || v.startsWith(QLatin1Char('/')))
            v.remove(0, 1);
        while (v.endsWith(QLatin1Char('\\')) || v.endsWith(QLatin1Char('/')))
            v.chop(1);
        return v.trimmed();
    }
    if (type == QLatin1String("path")) {
        if (v.size() >= 2 && v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"')))
            v = v.mid(1, v.size() - 2).trimmed();
        return v;
    }
    return v;
}

// A record's value for "data:N" / "data:Name": by position or by name, with the entry's
// dataNames bridging records that carry the other form.
QString dataValue(const CatalogueEntry &entry, const EventRecord &record, QStringView ref)
{
    const int pos = dataPosition(ref);
    bool named = false;
    for (const EventDataField &f : record.data) {
        if (!f.name.isEmpty()) {
            named = true;
            break;
        }
    }
    if (pos > 0) {
        if (named && pos <= entry.dataNames.size()) {
            const QString &name = entry.dataNames.at(pos - 1);
            if (record.hasData(name))
                return record.dataValue(QStringView(name));
        }
        return record.dataValue(qsizetype(pos - 1));
    }
    if (named || record.hasData(ref))
        return record.dataValue(ref);
    for (qsizetype i = 0; i < entry.dataNames.size(); ++i) {
        if (ref.compare(entry.dataNames.at(i), Qt::CaseInsensitive) == 0)
            return record.dataValue(i);
    }
    return {};
}

QString systemValue(const EventRecord &record, QStringView field, const QString &message)
{
    if (field == u"provider")
        return record.provider;
    if (field == u"channel")
        return record.channel;
    if (field == u"computer")
        return record.computer;
    if (field == u"userSid")
        return record.userSid;
    if (field == u"eventId")
        return QString::number(record.eventId);
    if (field == u"level")
        return QString::number(record.level);
    if (field == u"version")
        return QString::number(record.version);
    if (field == u"recordId")
        return record.recordId ? QString::number(record.recordId) : QString();
    if (field == u"activityId")
        return record.activityId;
    if (field == u"message")
        return message;
    return {};
}

// "2024-03-09T08:55:01.1234567Z" (0 to 9 fractional digits, Z or an offset) -> FILETIME.
qint64 parseTime(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?"
                       "(Z|[+-]\\d{2}:?\\d{2})?$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return 0;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return 0;
    qint64 seconds = QDateTime(date, time, QTimeZone::utc()).toSecsSinceEpoch();
    const QString zone = m.captured(8);
    if (zone.size() > 1) {
        const QString digits = QString(zone.mid(1)).remove(QLatin1Char(':'));
        const int minutes = digits.left(2).toInt() * 60 + digits.mid(2, 2).toInt();
        seconds -= (zone.startsWith(QLatin1Char('-')) ? -minutes : minutes) * 60LL;
    }
    QString fraction = m.captured(7);
    fraction = fraction.left(7).leftJustified(7, QLatin1Char('0'));
    const qint64 ticks = seconds * 10000000LL + fraction.toLongLong() + kEpochDelta;
    return ticks > 0 ? ticks : 0;
}

quint64 jsonUnsigned(const QJsonValue &v, quint64 max, quint64 fallback = 0)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d >= 0 && d < double(max) + 1.0 && d == double(quint64(d)))
            return quint64(d);
        return fallback;
    }
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        bool ok = false;
        const quint64 n = s.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)
                              ? s.mid(2).toULongLong(&ok, 16)
                              : s.toULongLong(&ok, 10);
        return ok && n <= max ? n : fallback;
    }
    return fallback;
}

qint64 jsonPosition(const QJsonValue &v)
{
    if (!v.isDouble())
        return -1;
    const double d = v.toDouble();
    if (d < 0 || d > kMaxExactDouble)
        return -1;
    return qint64(d);
}

// A JSON number as the decimal text rules compare with; whole numbers only, NaN and huge
// values give an empty string.
QString numberText(double d)
{
    if (!(d > -kMaxExactDouble && d < kMaxExactDouble) || d != double(qint64(d)))
        return {};
    return QString::number(qint64(d));
}

// A literal of a template as it reads back: its pattern, whether any fixed text is left of it,
// and whether an optional dot stands for it (either way a following space needs its own \s*).
struct TextPiece
{
    QString pattern;
    bool fixed = false;
    bool bounded = false;
};

TextPiece textPiece(const QList<Token> &tokens, qsizetype k, bool last)
{
    QString text = tokens.at(k).text;
    QString prefix;
    QString suffix;
    if (k > 0 && tokens.at(k - 1).kind == Token::Error && text.startsWith(QLatin1Char('.'))) {
        prefix = QStringLiteral("\\.?");
        text.remove(0, 1);
    }
    qsizetype next = k + 1;
    while (next < tokens.size() && tokens.at(next).kind == Token::Space)
        ++next;
    if (next < tokens.size() && tokens.at(next).kind == Token::Error) {
        // "The error was : %%%3" (XP and later) and "The error was %%%3." (Windows 2000) read
        // back alike.
        while (text.endsWith(QLatin1Char(':')) || text.endsWith(QLatin1Char(' ')))
            text.chop(1);
    }
    if (last && text.endsWith(QLatin1Char('.'))) {
        text.chop(1);
        suffix = QStringLiteral("\\.?");
    }
    return {prefix + QRegularExpression::escape(text) + suffix, !text.isEmpty(),
            !prefix.isEmpty() || !suffix.isEmpty()};
}

// Does the condition hold for the event's fields (or "@message", its message)?
bool holds(const CatalogueCondition &c, const MatchedEvent &m)
{
    const QString v = c.field == QLatin1String("@message") ? m.message : m.fields.value(c.field);
    if (c.op == QLatin1String("present"))
        return !v.isEmpty();
    if (c.op == QLatin1String("absent"))
        return v.isEmpty();
    if (c.op == QLatin1String("matches"))
        return v.size() <= kMaxReadBack && c.pattern.match(v).hasMatch();
    const bool any = std::any_of(c.values.cbegin(), c.values.cend(), [&v](const QString &x) {
        return v.compare(x, Qt::CaseInsensitive) == 0;
    });
    if (c.op == QLatin1String("equals") || c.op == QLatin1String("in"))
        return any;
    return !any; // notEquals, notIn
}

struct RoleName
{
    EventRole role;
    const char *name;
};

// In EventRole order.
constexpr RoleName kRoleNames[] = {
    {EventRole::InstallFailed, "install-failed"},
    {EventRole::PolicyFailed, "policy-failed"},
    {EventRole::CseFailed, "cse-failed"},
    {EventRole::Pending, "pending"},
    {EventRole::Succeeded, "succeeded"},
    {EventRole::Processing, "processing"},
    {EventRole::NetworkNotReady, "network-not-ready"},
    {EventRole::SlowLink, "slow-link"},
    {EventRole::Smb1Missing, "smb1-missing"},
    {EventRole::SmbFailed, "smb-failed"},
    {EventRole::GuestRejected, "guest-rejected"},
    {EventRole::MsiFailed, "msi-failed"},
    {EventRole::MsiSucceeded, "msi-succeeded"},
    {EventRole::SrpBlocked, "srp-blocked"},
    {EventRole::DcUnreachable, "dc-unreachable"},
    {EventRole::ClockSkew, "clock-skew"},
    {EventRole::NameFailed, "name-failed"},
    {EventRole::Context, "context"},
    {EventRole::Boot, "boot"},
};

} // namespace

// Reads a catalogue document into a catalogue the way KnowledgeBase::load does: every problem
// is noted with its JSON path and reading goes on, so one run lists all of them. An entry with
// a problem is left out.
class EventCatalogue::Loader
{
public:
    Loader(EventCatalogue *catalogue, QStringList *problems)
        : m_catalogue(catalogue)
        , m_problems(problems)
    {}

    void readErrorCauses(const QJsonValue &value);
    void readEntry(const QJsonValue &value, qsizetype index);

private:
    void problem(const QString &text) { *m_problems << text; }
    bool text(const QJsonObject &o, const char *key, const QString &where, bool required,
              QString *out);
    bool textList(const QJsonValue &value, const QString &path, QStringList *out);
    std::optional<EventRole> role(const QJsonValue &value, const QString &path);

    void readIdentity(const QJsonObject &o, const QString &where, CatalogueEntry *e);
    void readTexts(const QJsonObject &o, const QString &where, CatalogueEntry *e);
    void readMeaning(const QJsonObject &o, const QString &where, CatalogueEntry *e);
    std::optional<CatalogueRule> rule(const QJsonValue &value, const QString &path);
    std::optional<CatalogueCondition> condition(const QJsonValue &value, const QString &path);
    bool conditionValues(const QJsonValue &v, const QString &path, CatalogueCondition *c);
    QStringList readRegex(const QJsonObject &o, const QString &where, CatalogueEntry *e,
                          Compiled *compiled);
    void readFields(const QJsonObject &o, const QString &where, const QStringList &groups,
                    CatalogueEntry *e);
    std::optional<CatalogueField> field(const QJsonValue &value, const QString &path,
                                        const CatalogueEntry &e, const QStringList &groups);
    void readExample(const QJsonObject &o, const QString &where, CatalogueEntry *e);
    void compileTemplates(const QString &where, const CatalogueEntry &e, Compiled *compiled);
    bool registerKeys(const QString &where, const CatalogueEntry &e);

    EventCatalogue *m_catalogue;
    QStringList *m_problems;
    QSet<QString> m_ids;
    QSet<QString> m_keys; // provider + channel + event ID + version of the entries read
};

void EventCatalogue::Loader::readErrorCauses(const QJsonValue &value)
{
    if (value.isUndefined())
        return;
    if (!value.isObject()) {
        problem(tr("errorCauses: must be an object"));
        return;
    }
    const QJsonObject map = value.toObject();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QString path = QStringLiteral("errorCauses.%1").arg(it.key());
        const qint64 code = ErrorCodes::parse(it.key());
        if (code < 0) {
            problem(tr("%1: the key is not an error code").arg(path));
            continue;
        }
        QStringList causes;
        if (textList(it.value(), path, &causes))
            m_catalogue->m_errorCauses.insert(code, causes);
    }
}

void EventCatalogue::Loader::readEntry(const QJsonValue &value, qsizetype index)
{
    QString where = QStringLiteral("entries[%1]").arg(index);
    if (!value.isObject()) {
        problem(tr("%1: must be an object").arg(where));
        return;
    }
    const QJsonObject o = value.toObject();
    const qsizetype before = m_problems->size();
    CatalogueEntry e;
    if (text(o, "id", where, true, &e.id)) {
        where = QStringLiteral("entries[%1] (%2)").arg(index).arg(e.id);
        if (m_ids.contains(e.id))
            problem(tr("%1.id: the id is used twice").arg(where));
        m_ids.insert(e.id);
    }
    readIdentity(o, where, &e);
    readTexts(o, where, &e);
    readMeaning(o, where, &e);
    Compiled compiled;
    const QStringList groups = readRegex(o, where, &e, &compiled);
    readFields(o, where, groups, &e);
    readExample(o, where, &e);
    compileTemplates(where, e, &compiled);
    if (m_problems->size() != before || !registerKeys(where, e))
        return;
    m_catalogue->m_byId[e.eventId] << m_catalogue->m_entries.size();
    m_catalogue->m_entries << e;
    m_catalogue->m_compiled << compiled;
}

bool EventCatalogue::Loader::text(const QJsonObject &o, const char *key, const QString &where,
                                  bool required, QString *out)
{
    const QString path = where + QLatin1Char('.') + QLatin1String(key);
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) {
        if (required)
            problem(tr("%1: is missing").arg(path));
        return !required;
    }
    if (!v.isString()) {
        problem(tr("%1: must be a string").arg(path));
        return false;
    }
    *out = v.toString();
    if (required && out->trimmed().isEmpty()) {
        problem(tr("%1: is empty").arg(path));
        return false;
    }
    return true;
}

bool EventCatalogue::Loader::textList(const QJsonValue &value, const QString &path,
                                      QStringList *out)
{
    if (value.isUndefined())
        return true;
    const QJsonArray list = value.toArray();
    const bool strings =
        value.isArray() &&
        std::all_of(list.begin(), list.end(), [](const QJsonValue &s) { return s.isString(); });
    if (!strings) {
        problem(tr("%1: must be an array of strings").arg(path));
        return false;
    }
    for (const QJsonValue &s : list)
        *out << s.toString();
    return true;
}

std::optional<EventRole> EventCatalogue::Loader::role(const QJsonValue &value, const QString &path)
{
    const std::optional<EventRole> r =
        value.isString() ? roleFromName(value.toString()) : std::nullopt;
    if (!r)
        problem(tr("%1: unknown role \"%2\" (use %3)")
                    .arg(path, value.toVariant().toString(), roles().join(QStringLiteral(", "))));
    return r;
}

// Provider(s), channel, ID, version.
void EventCatalogue::Loader::readIdentity(const QJsonObject &o, const QString &where,
                                          CatalogueEntry *e)
{
    const QString providers = where + QStringLiteral(".providers");
    if (textList(o.value(QLatin1String("providers")), providers, &e->providers)) {
        e->providers.removeIf([](const QString &p) { return p.trimmed().isEmpty(); });
        if (e->providers.isEmpty())
            problem(
                tr("%1: no provider (an event is never matched on its ID alone)").arg(providers));
    }
    text(o, "channel", where, false, &e->channel);
    const QJsonValue idv = o.value(QLatin1String("eventId"));
    const double eventId = idv.toDouble(-1);
    if (!idv.isDouble() || eventId < 0 || eventId > 65535 || eventId != double(int(eventId)))
        problem(tr("%1.eventId: must be a whole number from 0 to 65535").arg(where));
    else
        e->eventId = quint16(eventId);
    const QJsonValue versionValue = o.value(QLatin1String("version"));
    if (!versionValue.isUndefined()) {
        const double v = versionValue.toDouble(-2);
        if (!versionValue.isDouble() || v < -1 || v > 255 || v != double(int(v)))
            problem(tr("%1.version: must be -1 (any) or 0 to 255").arg(where));
        else
            e->version = int(v);
    }
}

void EventCatalogue::Loader::readTexts(const QJsonObject &o, const QString &where,
                                       CatalogueEntry *e)
{
    text(o, "symbol", where, false, &e->symbol);
    text(o, "title", where, true, &e->title);
    if (text(o, "level", where, true, &e->level) && !levels().contains(e->level))
        problem(tr("%1.level: unknown level \"%2\" (use %3)")
                    .arg(where, e->level, levels().join(QStringLiteral(", "))));
    text(o, "template", where, true, &e->templ);
    textList(o.value(QLatin1String("variants")), where + QStringLiteral(".variants"), &e->variants);
    textList(o.value(QLatin1String("dataNames")), where + QStringLiteral(".dataNames"),
             &e->dataNames);
}

// Role, causes, pending errors, rules.
void EventCatalogue::Loader::readMeaning(const QJsonObject &o, const QString &where,
                                         CatalogueEntry *e)
{
    const QJsonValue roleValue = o.value(QLatin1String("role"));
    if (roleValue.isUndefined())
        problem(tr("%1.role: is missing").arg(where));
    else if (const std::optional<EventRole> r = role(roleValue, where + QStringLiteral(".role")))
        e->role = *r;
    textList(o.value(QLatin1String("causes")), where + QStringLiteral(".causes"), &e->causes);
    const QJsonValue pendingErrors = o.value(QLatin1String("pendingErrors"));
    const QString pendingPath = where + QStringLiteral(".pendingErrors");
    if (!pendingErrors.isUndefined() && !pendingErrors.isArray())
        problem(tr("%1: must be an array of error codes").arg(pendingPath));
    for (const QJsonValue &v : pendingErrors.toArray()) {
        const qint64 code = v.isDouble()   ? ErrorCodes::parse(numberText(v.toDouble()))
                            : v.isString() ? ErrorCodes::parse(v.toString())
                                           : -1;
        if (code < 0) {
            problem(tr("%1: must be an array of error codes").arg(pendingPath));
            break;
        }
        e->pendingErrors << code;
    }
    const QJsonValue rules = o.value(QLatin1String("rules"));
    if (!rules.isUndefined() && !rules.isArray())
        problem(tr("%1.rules: must be an array").arg(where));
    const QJsonArray list = rules.toArray();
    for (qsizetype r = 0; r < list.size(); ++r) {
        if (const auto parsed = rule(list.at(r), QStringLiteral("%1.rules[%2]").arg(where).arg(r)))
            e->rules << *parsed;
    }
}

std::optional<CatalogueRule> EventCatalogue::Loader::rule(const QJsonValue &value,
                                                          const QString &path)
{
    if (!value.isObject()) {
        problem(tr("%1: must be an object").arg(path));
        return std::nullopt;
    }
    const QJsonObject ro = value.toObject();
    const qsizetype before = m_problems->size();
    CatalogueRule rule;
    if (const auto first = condition(ro, path))
        rule.when << *first;
    const QJsonValue more = ro.value(QLatin1String("and"));
    if (!more.isUndefined() && !more.isArray())
        problem(tr("%1.and: must be an array of conditions").arg(path));
    const QJsonArray andList = more.toArray();
    for (qsizetype k = 0; k < andList.size(); ++k) {
        if (const auto c = condition(andList.at(k), QStringLiteral("%1.and[%2]").arg(path).arg(k)))
            rule.when << *c;
    }
    const QJsonValue roleValue = ro.value(QLatin1String("role"));
    if (!roleValue.isUndefined())
        rule.role = role(roleValue, path + QStringLiteral(".role"));
    textList(ro.value(QLatin1String("causes")), path + QStringLiteral(".causes"), &rule.causes);
    if (roleValue.isUndefined() && rule.causes.isEmpty())
        problem(tr("%1: a rule sets neither a role nor causes").arg(path));
    if (m_problems->size() != before)
        return std::nullopt;
    return rule;
}

std::optional<CatalogueCondition> EventCatalogue::Loader::condition(const QJsonValue &value,
                                                                    const QString &path)
{
    if (!value.isObject()) {
        problem(tr("%1: must be an object (a condition)").arg(path));
        return std::nullopt;
    }
    const QJsonObject c = value.toObject();
    CatalogueCondition out;
    const QJsonValue field = c.value(QLatin1String("field"));
    if (!field.isString() || field.toString().trimmed().isEmpty()) {
        problem(tr("%1.field: a rule condition has no \"field\"").arg(path));
        return std::nullopt;
    }
    out.field = field.toString();
    QStringList ops;
    for (const QString &op : conditionOps()) {
        if (c.contains(op))
            ops << op;
    }
    if (ops.size() != 1) {
        problem(tr("%1: a rule condition on \"%2\" needs exactly one of %3")
                    .arg(path, out.field, conditionOps().join(QStringLiteral(", "))));
        return std::nullopt;
    }
    out.op = ops.constFirst();
    if (!conditionValues(c.value(out.op), path + QLatin1Char('.') + out.op, &out))
        return std::nullopt;
    return out;
}

// The operand of a condition's operator (c->op), checked against what the operator takes.
bool EventCatalogue::Loader::conditionValues(const QJsonValue &v, const QString &path,
                                             CatalogueCondition *c)
{
    const QString op = c->op;
    if (op == QLatin1String("present") || op == QLatin1String("absent")) {
        if (!v.isBool()) {
            problem(tr("%1: must be true or false").arg(path));
            return false;
        }
        if (!v.toBool())
            c->op = op == QLatin1String("present") ? QStringLiteral("absent")
                                                   : QStringLiteral("present");
        return true;
    }
    if (op == QLatin1String("in") || op == QLatin1String("notIn")) {
        if (!v.isArray()) {
            problem(tr("%1: must be an array").arg(path));
            return false;
        }
        for (const QJsonValue &x : v.toArray()) {
            if (!x.isString() && !x.isDouble()) {
                problem(tr("%1: holds a value that is neither a string nor a number").arg(path));
                return false;
            }
            c->values << (x.isString() ? x.toString() : numberText(x.toDouble()));
        }
        return true;
    }
    const bool matches = op == QLatin1String("matches");
    if (!v.isString() && !(v.isDouble() && !matches)) {
        problem(tr("%1: must be a string").arg(path));
        return false;
    }
    c->values << (v.isString() ? v.toString() : numberText(v.toDouble()));
    if (!matches)
        return true;
    c->pattern =
        QRegularExpression(c->values.constFirst(), QRegularExpression::CaseInsensitiveOption);
    if (!c->pattern.isValid()) {
        problem(tr("%1: rule regular expression \"%2\" does not compile: %3")
                    .arg(path, c->values.constFirst(), c->pattern.errorString()));
        return false;
    }
    return true;
}

// The entry's regex and what it applies to; returns its named groups (the "regex:" sources).
QStringList EventCatalogue::Loader::readRegex(const QJsonObject &o, const QString &where,
                                              CatalogueEntry *e, Compiled *compiled)
{
    text(o, "regex", where, false, &e->regex);
    text(o, "regexSource", where, false, &e->regexSource);
    if (e->regex.isEmpty())
        return {};
    compiled->regex =
        QRegularExpression(e->regex, QRegularExpression::CaseInsensitiveOption |
                                         QRegularExpression::DotMatchesEverythingOption);
    if (!compiled->regex.isValid()) {
        problem(tr("%1.regex: the regular expression does not compile: %2")
                    .arg(where, compiled->regex.errorString()));
        return {};
    }
    const bool dataSource = e->regexSource.startsWith(QLatin1String("data:")) &&
                            isDataName(QStringView(e->regexSource).mid(5));
    if (!dataSource && e->regexSource != QLatin1String("system:message"))
        problem(tr("%1.regexSource: must be \"data:N\", \"data:Name\" or \"system:message\"")
                    .arg(where));
    return compiled->regex.namedCaptureGroups();
}

void EventCatalogue::Loader::readFields(const QJsonObject &o, const QString &where,
                                        const QStringList &groups, CatalogueEntry *e)
{
    const QJsonValue fields = o.value(QLatin1String("fields"));
    if (!fields.isUndefined() && !fields.isArray())
        problem(tr("%1.fields: must be an array").arg(where));
    const QJsonArray list = fields.toArray();
    QSet<QString> names;
    for (qsizetype k = 0; k < list.size(); ++k) {
        const QString path = QStringLiteral("%1.fields[%2]").arg(where).arg(k);
        const std::optional<CatalogueField> f = field(list.at(k), path, *e, groups);
        if (!f)
            continue;
        if (names.contains(f->name))
            problem(tr("%1.name: field %2 is listed twice").arg(path, f->name));
        names.insert(f->name);
        e->fields << *f;
    }
}

std::optional<CatalogueField> EventCatalogue::Loader::field(const QJsonValue &value,
                                                            const QString &path,
                                                            const CatalogueEntry &e,
                                                            const QStringList &groups)
{
    if (!value.isObject()) {
        problem(tr("%1: must be an object").arg(path));
        return std::nullopt;
    }
    const QJsonObject fo = value.toObject();
    CatalogueField f;
    const bool named = text(fo, "name", path, true, &f.name);
    const bool sourced = text(fo, "source", path, true, &f.source);
    bool ok = text(fo, "type", path, false, &f.type) && named && sourced;
    if (f.type.isEmpty())
        f.type = QStringLiteral("string");
    if (!fieldTypes().contains(f.type)) {
        problem(tr("%1.type: field %2 has the unknown type \"%3\"").arg(path, f.name, f.type));
        ok = false;
    }
    if (!sourced)
        return std::nullopt;
    const qsizetype colon = f.source.indexOf(QLatin1Char(':'));
    const QString kind = f.source.left(colon);
    const QString ref = colon > 0 ? f.source.mid(colon + 1) : QString();
    bool known = false;
    if (kind == QLatin1String("data"))
        known = isDataName(ref) && dataPosition(ref) != 0;
    else if (kind == QLatin1String("regex"))
        known = !e.regex.isEmpty() && !ref.isEmpty() && groups.contains(ref);
    else if (kind == QLatin1String("system"))
        known = systemFields().contains(ref);
    if (!known)
        problem(tr("%1.source: field %2 has a bad source \"%3\" (use data:N, data:Name, "
                   "regex:group of the entry's regex, or system:%4)")
                    .arg(path, f.name, f.source, systemFields().join(QStringLiteral("|"))));
    if (!ok || !known)
        return std::nullopt;
    return f;
}

// The example the data-driven test feeds through the matcher.
void EventCatalogue::Loader::readExample(const QJsonObject &o, const QString &where,
                                         CatalogueEntry *e)
{
    const QJsonValue example = o.value(QLatin1String("example"));
    if (!example.isUndefined() && !example.isObject())
        problem(tr("%1.example: must be an event object").arg(where));
    e->example = example.toObject();
    const QJsonValue expected = o.value(QLatin1String("expected"));
    if (!expected.isUndefined() && !expected.isObject())
        problem(tr("%1.expected: must be an object").arg(where));
    const QJsonObject eo = expected.toObject();
    for (auto it = eo.constBegin(); it != eo.constEnd(); ++it) {
        if (!it.value().isString())
            problem(tr("%1.expected.%2: must be a string").arg(where, it.key()));
        else
            e->expected.insert(it.key(), it.value().toString());
    }
}

// The template (and its variants) as patterns for text exports.
void EventCatalogue::Loader::compileTemplates(const QString &where, const CatalogueEntry &e,
                                              Compiled *compiled)
{
    QStringList templates = e.variants;
    templates.prepend(e.templ);
    for (qsizetype k = 0; k < templates.size(); ++k) {
        const TextPattern p = compileTemplate(templates.at(k));
        if (!p.regex.isValid()) {
            const QString path = k == 0 ? where + QStringLiteral(".template")
                                        : QStringLiteral("%1.variants[%2]").arg(where).arg(k - 1);
            problem(
                tr("%1: the template cannot be read back: %2").arg(path, p.regex.errorString()));
            continue;
        }
        compiled->patterns << p;
    }
}

// One entry per provider + channel + ID + version.
bool EventCatalogue::Loader::registerKeys(const QString &where, const CatalogueEntry &e)
{
    QStringList keys;
    for (qsizetype k = 0; k < e.providers.size(); ++k) {
        const QString &provider = e.providers.at(k);
        const QString key = provider.trimmed().toLower() + QLatin1Char('\x1f') +
                            e.channel.toLower() + QLatin1Char('\x1f') + QString::number(e.eventId) +
                            QLatin1Char('\x1f') + QString::number(e.version);
        if (m_keys.contains(key) || keys.contains(key)) {
            problem(tr("%1.providers[%2]: %3 event %4 (channel \"%5\", version %6) is already in "
                       "the catalogue")
                        .arg(where)
                        .arg(k)
                        .arg(provider)
                        .arg(e.eventId)
                        .arg(e.channel)
                        .arg(e.version));
            return false;
        }
        keys << key;
    }
    for (const QString &key : std::as_const(keys))
        m_keys.insert(key);
    return true;
}

const QStringList &EventCatalogue::roles()
{
    static const QStringList r = [] {
        QStringList names;
        for (const RoleName &n : kRoleNames)
            names << QLatin1String(n.name);
        return names;
    }();
    return r;
}

QString EventCatalogue::roleName(EventRole role)
{
    return roles().value(int(role));
}

std::optional<EventRole> EventCatalogue::roleFromName(QStringView name)
{
    for (const RoleName &n : kRoleNames) {
        if (name == QLatin1String(n.name))
            return n.role;
    }
    return std::nullopt;
}

bool EventCatalogue::isQuietRole(EventRole role)
{
    return role == EventRole::Succeeded || role == EventRole::MsiSucceeded ||
           role == EventRole::Processing || role == EventRole::Context || role == EventRole::Boot;
}

const EventCatalogue &EventCatalogue::builtin()
{
    static const EventCatalogue catalogue = loadBuiltinTable<EventCatalogue>(
        QStringLiteral(":/gpsi/events/catalogue.json"), "event catalogue", lcCatalogue());
    return catalogue;
}

bool EventCatalogue::load(const QByteArray &json, EventCatalogue *out, QStringList *errors)
{
    QJsonObject root;
    QString openError;
    if (!openTableDocument(json, tr("event catalogue"), QStringLiteral("entries"), &root,
                           &openError)) {
        if (errors)
            errors->append(openError);
        return false;
    }
    EventCatalogue cat;
    QStringList problems;
    Loader loader(&cat, &problems);
    loader.readErrorCauses(root.value(QLatin1String("errorCauses")));
    const QJsonArray entries = root.value(QLatin1String("entries")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i)
        loader.readEntry(entries.at(i), i);
    if (!problems.isEmpty()) {
        if (errors)
            errors->append(problems);
        return false;
    }
    if (out)
        *out = std::move(cat);
    return true;
}

bool EventCatalogue::load(const QByteArray &json, EventCatalogue *out, QString *error)
{
    QStringList errors;
    const bool ok = load(json, out, &errors);
    if (!ok && error)
        *error = errors.join(QLatin1Char('\n'));
    return ok;
}

EventCatalogue::TextPattern EventCatalogue::compileTemplate(const QString &templ)
{
    TextPattern p;
    const QList<Token> tokens = tokenize(templ);
    QString re = QStringLiteral("^\\s*");
    QSet<int> seen;
    bool lastSpace = true;
    bool fixedAfterInsert = true;
    qsizetype lastReal = -1;
    for (qsizetype k = 0; k < tokens.size(); ++k) {
        if (tokens.at(k).kind != Token::Space)
            lastReal = k;
    }
    for (qsizetype k = 0; k < tokens.size(); ++k) {
        const Token &tok = tokens.at(k);
        if (tok.kind == Token::Space) {
            if (!lastSpace)
                re += QLatin1String("\\s*");
            lastSpace = true;
            continue;
        }
        if (tok.kind == Token::Text) {
            const TextPiece piece = textPiece(tokens, k, k == lastReal);
            re += piece.pattern;
            if (piece.fixed) {
                fixedAfterInsert = true;
                lastSpace = false;
            } else if (piece.bounded) {
                lastSpace = false;
            }
            continue;
        }
        const QString group = QStringLiteral("p%1").arg(tok.position);
        if (tok.kind == Token::Insert) {
            re += seen.contains(tok.position) ? QStringLiteral("(?:.*?)")
                                              : QStringLiteral("[\"\\x{201C}\\x{201D}]?(?<%1>.*?)"
                                                               "[\"\\x{201C}\\x{201D}]?")
                                                    .arg(group);
        } else {
            re += QLatin1String("\\s*:?\\s*");
            re += seen.contains(tok.position) ? QStringLiteral("(?:.+?)")
                                              : QStringLiteral("(?<%1>.+?)").arg(group);
            p.errorPositions << tok.position;
        }
        seen.insert(tok.position);
        p.positions = qMax(p.positions, tok.position);
        fixedAfterInsert = false;
        lastSpace = false;
    }
    if (!fixedAfterInsert)
        re += QLatin1String("\\s*$");
    p.regex = QRegularExpression(re, QRegularExpression::CaseInsensitiveOption |
                                         QRegularExpression::DotMatchesEverythingOption);
    return p;
}

const CatalogueEntry *EventCatalogue::entry(const QString &id) const
{
    for (const CatalogueEntry &e : m_entries) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

const CatalogueEntry *EventCatalogue::find(const EventRecord &record) const
{
    const auto it = m_byId.constFind(record.eventId);
    if (it == m_byId.constEnd())
        return nullptr;
    const QString provider = record.provider.trimmed();
    const CatalogueEntry *best = nullptr;
    int bestScore = -1;
    for (qsizetype index : it.value()) {
        const CatalogueEntry &e = m_entries.at(index);
        bool providerMatches = false;
        bool exactProvider = false;
        for (const QString &p : e.providers) {
            if (EventFilter::sameProvider(provider, p)) {
                providerMatches = true;
                exactProvider = provider.compare(p, Qt::CaseInsensitive) == 0;
                break;
            }
        }
        if (!providerMatches)
            continue;
        int score = exactProvider ? 100000 : 0;
        if (!e.channel.isEmpty() && !record.channel.isEmpty()) {
            if (record.channel.compare(e.channel, Qt::CaseInsensitive) != 0)
                continue;
            score += 10000;
        }
        // Exact version, then "any version", then the nearest older one, then a newer one.
        if (e.version == int(record.version))
            score += 3000;
        else if (e.version < 0)
            score += 2000;
        else if (e.version < int(record.version))
            score += 1000 + e.version;
        else
            score += 255 - e.version;
        if (score > bestScore) {
            bestScore = score;
            best = &e;
        }
    }
    return best;
}

bool EventCatalogue::readBack(const Compiled &compiled, const EventRecord &record,
                              EventRecord *out) const
{
    const QString &message = record.message;
    if (message.size() > kMaxReadBack)
        return false;
    for (const TextPattern &p : compiled.patterns) {
        const QRegularExpressionMatch m = p.regex.match(message);
        if (!m.hasMatch())
            continue;
        *out = record;
        out->data.clear();
        for (int pos = 1; pos <= p.positions; ++pos) {
            QString value = m.captured(QStringLiteral("p%1").arg(pos)).trimmed();
            if (p.errorPositions.contains(pos)) {
                qint64 code = ErrorCodes::parse(value);
                if (code < 0)
                    code = ErrorCodes::builtin().fromMessage(value);
                if (code >= 0)
                    value = QString::number(code);
            }
            out->data.append(EventDataField{QString(), value});
        }
        return true;
    }
    return false;
}

std::optional<MatchedEvent> EventCatalogue::match(const EventRecord &record) const
{
    const CatalogueEntry *e = find(record);
    if (!e)
        return std::nullopt;
    const Compiled &compiled = m_compiled.at(e - m_entries.constData());

    MatchedEvent m;
    m.entry = e;
    m.message = record.message.isEmpty() ? formatMessage(*e, record) : record.message;
    m.computerAssigned =
        record.userSid.trimmed().compare(QLatin1String("S-1-5-18"), Qt::CaseInsensitive) == 0;

    // Text exports carry the rendered message instead of the data: read the data back.
    EventRecord readBackRecord;
    m.fromText = record.data.isEmpty() && !record.message.trimmed().isEmpty() &&
                 readBack(compiled, record, &readBackRecord);
    extractFields(*e, compiled, m.fromText ? readBackRecord : record, &m);
    if (m.fields.contains(QStringLiteral("error")))
        m.errorCode = ErrorCodes::parse(m.fields.value(QStringLiteral("error")));
    applyRules(*e, &m);
    if (m.fromText)
        m.fields.insert(QStringLiteral("confidence"), QStringLiteral("from-text"));
    return m;
}

// The entry's fields from the record (or the data read back from its message), normalised by
// type; empty values are left out.
void EventCatalogue::extractFields(const CatalogueEntry &entry, const Compiled &compiled,
                                   const EventRecord &source, MatchedEvent *m) const
{
    auto refValue = [&](const QString &src) -> QString {
        if (src.startsWith(QLatin1String("data:")))
            return dataValue(entry, source, QStringView(src).mid(5));
        if (src.startsWith(QLatin1String("system:")))
            return systemValue(source, QStringView(src).mid(7), m->message);
        return {};
    };
    QRegularExpressionMatch regexMatch;
    if (compiled.regex.isValid() && !entry.regex.isEmpty()) {
        const QString input = refValue(entry.regexSource);
        if (input.size() <= kMaxReadBack)
            regexMatch = compiled.regex.match(input);
    }
    for (const CatalogueField &f : entry.fields) {
        QString raw;
        if (f.source.startsWith(QLatin1String("regex:"))) {
            if (regexMatch.hasMatch())
                raw = regexMatch.captured(f.source.mid(6));
        } else {
            raw = refValue(f.source);
        }
        const QString value = normalizeField(f.type, raw);
        if (!value.isEmpty())
            m->fields.insert(f.name, value);
    }
}

// The role and the causes for this event: pendingErrors first, then the rules, then the
// catalogue's errorCauses for the error code unless the role is quiet.
void EventCatalogue::applyRules(const CatalogueEntry &entry, MatchedEvent *m) const
{
    m->role = entry.role;
    bool roleSet = false;
    if (m->errorCode >= 0 && entry.pendingErrors.contains(m->errorCode)) {
        m->role = EventRole::Pending;
        roleSet = true;
    }
    m->causes = entry.causes;
    for (const CatalogueRule &rule : entry.rules) {
        const bool all = std::all_of(rule.when.cbegin(), rule.when.cend(),
                                     [m](const CatalogueCondition &c) { return holds(c, *m); });
        if (!all)
            continue;
        if (!rule.role) {
            m->causes << rule.causes;
        } else if (!roleSet) {
            m->role = *rule.role;
            roleSet = true;
            m->causes << rule.causes;
        }
    }
    if (m->errorCode >= 0 && !isQuietRole(m->role))
        m->causes << m_errorCauses.value(m->errorCode);
    m->causes.removeDuplicates();
}

EventFilter EventCatalogue::filter() const
{
    EventFilter f;
    for (const CatalogueEntry &e : m_entries) {
        for (const QString &p : e.providers)
            f.add(p, e.eventId, e.channel);
    }
    return f;
}

QString EventCatalogue::formatMessage(const CatalogueEntry &entry, const EventRecord &record) const
{
    QString out;
    for (const Token &t : tokenize(entry.templ)) {
        switch (t.kind) {
        case Token::Text:
        case Token::Space:
            out += t.text;
            break;
        case Token::Insert: {
            const QString v = dataValue(entry, record, QString::number(t.position));
            const QString expanded = startsWithErrorToken(v) ? errorText(v) : QString();
            out += expanded.isEmpty() ? v : expanded.trimmed();
            break;
        }
        case Token::Error: {
            const QString v = dataValue(entry, record, QString::number(t.position)).trimmed();
            const QString expanded = errorText(v);
            if (!expanded.isEmpty())
                out += expanded.trimmed();
            else if (!v.isEmpty())
                out += v.startsWith(QLatin1String("%%")) ? v : QLatin1String("%%") + v;
            break;
        }
        }
    }
    return out.trimmed();
}

QJsonObject EventCatalogue::recordToJson(const EventRecord &record)
{
    QJsonObject o;
    o.insert(QLatin1String("recordId"), double(record.recordId) <= kMaxExactDouble
                                            ? QJsonValue(double(record.recordId))
                                            : QJsonValue(QString::number(record.recordId)));
    o.insert(QLatin1String("time"), record.timeText());
    o.insert(QLatin1String("provider"), record.provider);
    if (!record.providerGuid.isEmpty())
        o.insert(QLatin1String("providerGuid"), record.providerGuid);
    o.insert(QLatin1String("channel"), record.channel);
    o.insert(QLatin1String("eventId"), int(record.eventId));
    if (record.hasQualifiers)
        o.insert(QLatin1String("qualifiers"), int(record.qualifiers));
    o.insert(QLatin1String("version"), int(record.version));
    o.insert(QLatin1String("level"), int(record.level));
    o.insert(QLatin1String("task"), int(record.task));
    o.insert(QLatin1String("opcode"), int(record.opcode));
    o.insert(QLatin1String("keywords"),
             QString(QLatin1String("0x") + QString::number(record.keywords, 16).toUpper()));
    o.insert(QLatin1String("computer"), record.computer);
    o.insert(QLatin1String("userSid"), record.userSid);
    if (!record.activityId.isEmpty())
        o.insert(QLatin1String("activityId"), record.activityId);
    QJsonArray data;
    for (const EventDataField &f : record.data) {
        QJsonObject d;
        if (!f.name.isEmpty())
            d.insert(QLatin1String("name"), f.name);
        d.insert(QLatin1String("value"), f.value);
        data.append(d);
    }
    o.insert(QLatin1String("data"), data);
    if (!record.message.isEmpty())
        o.insert(QLatin1String("message"), record.message);
    if (!record.xml.isEmpty())
        o.insert(QLatin1String("xml"), record.xml);
    if (record.offset >= 0)
        o.insert(QLatin1String("offset"), double(record.offset));
    if (record.line >= 0)
        o.insert(QLatin1String("line"), double(record.line));
    return o;
}

EventRecord EventCatalogue::recordFromJson(const QJsonObject &o)
{
    EventRecord r;
    r.recordId =
        jsonUnsigned(o.value(QLatin1String("recordId")), std::numeric_limits<quint64>::max());
    r.fileTime = parseTime(o.value(QLatin1String("time")).toString());
    r.provider = o.value(QLatin1String("provider")).toString();
    r.providerGuid = o.value(QLatin1String("providerGuid")).toString();
    r.channel = o.value(QLatin1String("channel")).toString();
    r.eventId = quint16(jsonUnsigned(o.value(QLatin1String("eventId")), 0xFFFF));
    const QJsonValue qualifiers = o.value(QLatin1String("qualifiers"));
    if (!qualifiers.isUndefined() && !qualifiers.isNull()) {
        r.hasQualifiers = true;
        r.qualifiers = quint16(jsonUnsigned(qualifiers, 0xFFFF));
    }
    r.version = quint8(jsonUnsigned(o.value(QLatin1String("version")), 0xFF));
    r.level = quint8(jsonUnsigned(o.value(QLatin1String("level")), 0xFF));
    r.task = quint16(jsonUnsigned(o.value(QLatin1String("task")), 0xFFFF));
    r.opcode = quint8(jsonUnsigned(o.value(QLatin1String("opcode")), 0xFF));
    r.keywords =
        jsonUnsigned(o.value(QLatin1String("keywords")), std::numeric_limits<quint64>::max());
    r.computer = o.value(QLatin1String("computer")).toString();
    r.userSid = o.value(QLatin1String("userSid")).toString();
    r.activityId = o.value(QLatin1String("activityId")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("data")).toArray()) {
        if (v.isObject()) {
            const QJsonObject d = v.toObject();
            r.data.append(EventDataField{d.value(QLatin1String("name")).toString(),
                                         d.value(QLatin1String("value")).toString()});
        } else if (v.isString()) {
            r.data.append(EventDataField{QString(), v.toString()});
        }
    }
    r.message = o.value(QLatin1String("message")).toString();
    r.xml = o.value(QLatin1String("xml")).toString();
    r.offset = jsonPosition(o.value(QLatin1String("offset")));
    r.line = jsonPosition(o.value(QLatin1String("line")));
    return r;
}

} // namespace Gpsi

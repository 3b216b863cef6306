#include "errorcodes.h"

#include "builtindata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

Q_LOGGING_CATEGORY(lcErrorCodes, "gpsi.events.errorcodes", QtInfoMsg)

namespace Gpsi {

namespace {

constexpr quint64 kMaxCode = 0xFFFFFFFFULL;

bool allDigits(QStringView s, int base)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        const bool dec = u >= u'0' && u <= u'9';
        const bool hex = (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
        if (!(dec || (base == 16 && hex)))
            return false;
    }
    return true;
}

// A Win32 code wrapped as HRESULT_FROM_WIN32 (0x8007xxxx) is the code itself.
qint64 unwrapHresult(quint64 value)
{
    if ((value & 0xFFFF0000ULL) == 0x80070000ULL)
        return qint64(value & 0xFFFFULL);
    return qint64(value);
}

} // namespace

const ErrorCodes &ErrorCodes::builtin()
{
    static const ErrorCodes codes = loadBuiltinTable<ErrorCodes>(
        QStringLiteral(":/gpsi/events/errorcodes.json"), "error code table", lcErrorCodes());
    return codes;
}

bool ErrorCodes::load(const QByteArray &json, ErrorCodes *out, QString *error)
{
    auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    QJsonObject root;
    QString openError;
    if (!openTableDocument(json, tr("error code table"), QStringLiteral("codes"), &root,
                           &openError))
        return fail(openError);

    ErrorCodes table;
    const QJsonArray codes = root.value(QLatin1String("codes")).toArray();
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const QJsonValue v = codes.at(i);
        if (!v.isObject())
            return fail(tr("error code entry %1: not an object").arg(i + 1));
        const QJsonObject o = v.toObject();
        const QJsonValue codeValue = o.value(QLatin1String("code"));
        const double number = codeValue.toDouble(-1);
        if (!codeValue.isDouble() || number < 0 || number > double(kMaxCode) ||
            number != double(qint64(number)))
            return fail(tr("error code entry %1: \"code\" must be a whole number from 0 to "
                           "4294967295")
                            .arg(i + 1));
        ErrorCode c;
        c.code = qint64(number);
        const QString where = tr("error code %1").arg(c.code);
        for (const char *key : {"name", "text", "meaning"}) {
            const QJsonValue s = o.value(QLatin1String(key));
            if (!s.isUndefined() && !s.isString())
                return fail(tr("%1: \"%2\" must be a string").arg(where, QLatin1String(key)));
        }
        c.name = o.value(QLatin1String("name")).toString();
        c.text = o.value(QLatin1String("text")).toString();
        c.meaning = o.value(QLatin1String("meaning")).toString();
        const QJsonValue expected = o.value(QLatin1String("expected"));
        if (!expected.isUndefined() && !expected.isBool())
            return fail(tr("%1: \"expected\" must be true or false").arg(where));
        c.expected = expected.toBool(false);
        const QJsonValue others = o.value(QLatin1String("otherTexts"));
        if (!others.isUndefined()) {
            if (!others.isArray())
                return fail(tr("%1: \"otherTexts\" must be an array of strings").arg(where));
            for (const QJsonValue &t : others.toArray()) {
                if (!t.isString() || t.toString().trimmed().isEmpty())
                    return fail(tr("%1: \"otherTexts\" must be an array of strings").arg(where));
                c.otherTexts << t.toString();
            }
        }
        if (table.m_index.contains(c.code))
            return fail(tr("%1: listed twice").arg(where));
        table.m_index.insert(c.code, table.m_codes.size());
        table.m_codes << c;
    }

    // Needles: every official text, and the first sentence of a longer text when no other
    // code starts the same way (truncated copies: "The installation source for this product
    // is not available.").
    QHash<QString, QSet<qint64>> firstSentences;
    QList<Needle> prefixes;
    for (const ErrorCode &c : std::as_const(table.m_codes)) {
        QStringList texts = c.otherTexts;
        texts.prepend(c.text);
        for (const QString &t : std::as_const(texts)) {
            QString needle = normalizedText(t);
            while (needle.endsWith(QLatin1Char('.')))
                needle.chop(1);
            needle = needle.trimmed();
            if (needle.size() < 4)
                continue;
            table.m_needles << Needle{needle, c.code};
            const qsizetype stop = needle.indexOf(QLatin1String(". "));
            if (stop >= 20) {
                const QString first = needle.left(stop);
                firstSentences[first].insert(c.code);
                prefixes << Needle{first, c.code};
            }
        }
    }
    for (const Needle &p : std::as_const(prefixes)) {
        if (firstSentences.value(p.text).size() == 1)
            table.m_needles << p;
    }
    // Longest first; equal texts (1231 and 1232 share one) resolve to the lower code.
    std::stable_sort(table.m_needles.begin(), table.m_needles.end(),
                     [](const Needle &a, const Needle &b) {
                         if (a.text.size() != b.text.size())
                             return a.text.size() > b.text.size();
                         return a.code < b.code;
                     });
    if (out)
        *out = std::move(table);
    return true;
}

const ErrorCode *ErrorCodes::find(qint64 code) const
{
    if (code < 0)
        return nullptr;
    const qint64 plain = code <= qint64(kMaxCode) ? unwrapHresult(quint64(code)) : code;
    const auto it = m_index.constFind(plain);
    return it == m_index.constEnd() ? nullptr : &m_codes.at(it.value());
}

qint64 ErrorCodes::parse(QStringView text)
{
    QStringView t = text.trimmed();
    if (t.startsWith(u"%%"))
        t = t.mid(2).trimmed();
    if (t.isEmpty())
        return -1;
    quint64 value = 0;
    bool ok = false;
    if (t.startsWith(u"0x", Qt::CaseInsensitive)) {
        t = t.mid(2);
        if (t.size() > 8 || !allDigits(t, 16))
            return -1;
        value = t.toULongLong(&ok, 16);
    } else {
        bool negative = false;
        if (t.startsWith(u'-')) {
            negative = true;
            t = t.mid(1);
        }
        if (t.size() > 10 || !allDigits(t, 10))
            return -1;
        value = t.toULongLong(&ok, 10);
        if (ok && negative) {
            // A signed HRESULT written in decimal (-2147024820 is 0x8007064C).
            if (value > 0x80000000ULL)
                return -1;
            value = (0x100000000ULL - value) & kMaxCode;
        }
    }
    if (!ok || value > kMaxCode)
        return -1;
    return unwrapHresult(value);
}

QString ErrorCodes::describe(qint64 code) const
{
    if (code < 0)
        return {};
    const QString number =
        code > 0xFFFF
            ? QLatin1String("0x") +
                  QString::number(quint64(code), 16).toUpper().rightJustified(8, QLatin1Char('0'))
            : QString::number(code);
    const ErrorCode *c = find(code);
    if (!c || (c->name.isEmpty() && c->text.isEmpty()))
        return number;
    if (c->name.isEmpty())
        return tr("%1 (%2)").arg(number, c->text);
    if (c->text.isEmpty())
        return tr("%1 (%2)").arg(number, c->name);
    return tr("%1 (%2: %3)").arg(number, c->name, c->text);
}

qint64 ErrorCodes::fromMessage(QStringView message) const
{
    if (message.trimmed().isEmpty())
        return -1;
    const QString hay = normalizedText(message);
    for (const Needle &n : m_needles) {
        if (hay.contains(n.text))
            return n.code;
    }
    return -1;
}

QString ErrorCodes::normalizedText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (QChar c : text) {
        if (c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (space) {
            out += QLatin1Char(' ');
            space = false;
        }
        switch (c.unicode()) {
        case 0x2018:
        case 0x2019:
            out += QLatin1Char('\'');
            break;
        case 0x201C:
        case 0x201D:
            out += QLatin1Char('"');
            break;
        default:
            out += c.toLower();
        }
    }
    return out;
}

} // namespace Gpsi

#include "evtxcompare.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

#include <memory>
#include <vector>

#include "eventlog/evtxvalue.h"

namespace Gpsi {

namespace {

struct XNode
{
    bool isText = false;
    QString name; // the element name, or the text of a text node
    QList<QPair<QString, QString>> attributes;
    std::vector<XNode> children;
};

bool dropped(QChar c)
{
    const ushort u = c.unicode();
    return (u < 0x20 && u != 0x09 && u != 0x0A && u != 0x0D) || u == 0x7F;
}

void appendEscaped(QString &out, QStringView text)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&apos;");
            break;
        default:
            if (!dropped(c))
                out += c;
            break;
        }
    }
}

QString decodeEntities(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] != QLatin1Char('&')) {
            out += s[i];
            continue;
        }
        const qsizetype semi = s.indexOf(QLatin1Char(';'), i);
        if (semi < 0 || semi - i > 12) {
            out += s[i];
            continue;
        }
        const QStringView entity = s.mid(i + 1, semi - i - 1);
        if (entity == QLatin1String("amp"))
            out += QLatin1Char('&');
        else if (entity == QLatin1String("lt"))
            out += QLatin1Char('<');
        else if (entity == QLatin1String("gt"))
            out += QLatin1Char('>');
        else if (entity == QLatin1String("quot"))
            out += QLatin1Char('"');
        else if (entity == QLatin1String("apos"))
            out += QLatin1Char('\'');
        else if (entity.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint code = entity.size() > 1 && (entity[1] == QLatin1Char('x') ||
                                                    entity[1] == QLatin1Char('X'))
                                  ? entity.mid(2).toUInt(&ok, 16)
                                  : entity.mid(1).toUInt(&ok, 10);
            if (!ok) {
                out += s[i];
                continue;
            }
            const char32_t c = code;
            out += QString::fromUcs4(&c, 1);
        } else {
            out += s[i];
            continue;
        }
        i = semi;
    }
    return out;
}

class Parser
{
public:
    explicit Parser(QStringView s)
        : m_s(s)
    {}

    void parseContent(std::vector<XNode> &out, int depth)
    {
        QString text;
        auto flush = [&]() {
            if (!text.trimmed().isEmpty()) {
                XNode t;
                t.isText = true;
                t.name = text;
                out.push_back(std::move(t));
            }
            text.clear();
        };
        while (m_i < m_s.size()) {
            if (m_s[m_i] != QLatin1Char('<')) {
                qsizetype end = m_s.indexOf(QLatin1Char('<'), m_i);
                if (end < 0)
                    end = m_s.size();
                text += decodeEntities(m_s.mid(m_i, end - m_i));
                m_i = end;
                continue;
            }
            const QStringView rest = m_s.mid(m_i);
            if (rest.startsWith(QLatin1String("<![CDATA["))) {
                qsizetype end = m_s.indexOf(QLatin1String("]]>"), m_i + 9);
                if (end < 0)
                    end = m_s.size();
                text += m_s.mid(m_i + 9, end - m_i - 9);
                m_i = qMin(m_s.size(), end + 3);
                continue;
            }
            if (rest.startsWith(QLatin1String("<?")) || rest.startsWith(QLatin1String("<!"))) {
                const qsizetype end = m_s.indexOf(QLatin1Char('>'), m_i);
                m_i = end < 0 ? m_s.size() : end + 1;
                continue;
            }
            if (rest.startsWith(QLatin1String("</"))) {
                flush();
                const qsizetype end = m_s.indexOf(QLatin1Char('>'), m_i);
                m_i = end < 0 ? m_s.size() : end + 1;
                return;
            }
            flush();
            XNode element;
            const bool selfClosed = parseStartTag(element);
            if (!selfClosed && depth < 200)
                parseContent(element.children, depth + 1);
            out.push_back(std::move(element));
        }
        flush();
    }

private:
    static bool nameChar(QChar c)
    {
        return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') ||
               c == QLatin1Char(':') || c == QLatin1Char('.');
    }

    void skipSpace()
    {
        while (m_i < m_s.size() && m_s[m_i].isSpace())
            ++m_i;
    }

    // At '<'; returns true for <x/>.
    bool parseStartTag(XNode &e)
    {
        ++m_i;
        const qsizetype nameStart = m_i;
        while (m_i < m_s.size() && !m_s[m_i].isSpace() && m_s[m_i] != QLatin1Char('>') &&
               m_s[m_i] != QLatin1Char('/'))
            ++m_i;
        e.name = m_s.mid(nameStart, m_i - nameStart).toString();
        while (m_i < m_s.size()) {
            skipSpace();
            if (m_i >= m_s.size())
                return true;
            if (m_s[m_i] == QLatin1Char('>')) {
                ++m_i;
                return false;
            }
            if (m_s[m_i] == QLatin1Char('/')) {
                const qsizetype end = m_s.indexOf(QLatin1Char('>'), m_i);
                m_i = end < 0 ? m_s.size() : end + 1;
                return true;
            }
            const qsizetype attrStart = m_i;
            while (m_i < m_s.size() && m_s[m_i] != QLatin1Char('=') && !m_s[m_i].isSpace() &&
                   m_s[m_i] != QLatin1Char('>'))
                ++m_i;
            const QString attrName = m_s.mid(attrStart, m_i - attrStart).toString();
            skipSpace();
            if (m_i >= m_s.size() || m_s[m_i] != QLatin1Char('=')) {
                if (attrName.isEmpty())
                    ++m_i;
                continue;
            }
            ++m_i;
            skipSpace();
            if (m_i >= m_s.size())
                return true;
            const QChar quote = m_s[m_i];
            if (quote != QLatin1Char('"') && quote != QLatin1Char('\''))
                continue;
            const qsizetype valueStart = ++m_i;
            qsizetype end = valueStart;
            for (;;) {
                end = m_s.indexOf(quote, end);
                if (end < 0) {
                    end = m_s.size();
                    break;
                }
                if (quoteEndsValue(end + 1))
                    break;
                ++end; // a quote inside the value (python-evtx does not escape it)
            }
            e.attributes.append({attrName, decodeEntities(m_s.mid(valueStart, end - valueStart))});
            m_i = qMin(m_s.size(), end + 1);
        }
        return true;
    }

    bool quoteEndsValue(qsizetype k) const
    {
        while (k < m_s.size() && m_s[k].isSpace())
            ++k;
        if (k >= m_s.size() || m_s[k] == QLatin1Char('>') ||
            (m_s[k] == QLatin1Char('/') && k + 1 < m_s.size() && m_s[k + 1] == QLatin1Char('>')))
            return true;
        if (!nameChar(m_s[k]) || k == 0 || !m_s[k - 1].isSpace())
            return false;
        while (k < m_s.size() && nameChar(m_s[k]))
            ++k;
        while (k < m_s.size() && m_s[k].isSpace())
            ++k;
        return k < m_s.size() && m_s[k] == QLatin1Char('=');
    }

    QStringView m_s;
    qsizetype m_i = 0;
};

// python-evtx's string array: "<string>a</string>\n<string>b</string>\n" as element text.
bool pyStringArray(const QString &text, QStringList &items)
{
    static const QRegularExpression item(QStringLiteral("<string>(.*?)</string>\\n"),
                                         QRegularExpression::DotMatchesEverythingOption);
    items.clear();
    qsizetype pos = 0;
    auto it = item.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() != pos)
            return false;
        items.append(m.captured(1));
        pos = m.capturedEnd();
    }
    return pos == text.size() && !items.isEmpty();
}

void expandArrays(std::vector<XNode> &nodes)
{
    std::vector<XNode> out;
    out.reserve(nodes.size());
    QStringList items;
    for (XNode &n : nodes) {
        if (!n.isText && n.children.size() == 1 && n.children.front().isText &&
            pyStringArray(n.children.front().name, items)) {
            for (const QString &value : items) {
                XNode copy;
                copy.name = n.name;
                copy.attributes = n.attributes;
                if (!value.trimmed().isEmpty()) {
                    XNode t;
                    t.isText = true;
                    t.name = value;
                    copy.children.push_back(std::move(t));
                }
                out.push_back(std::move(copy));
            }
            continue;
        }
        if (!n.isText)
            expandArrays(n.children);
        out.push_back(std::move(n));
    }
    nodes = std::move(out);
}

void write(const std::vector<XNode> &nodes, QString &out)
{
    for (const XNode &n : nodes) {
        if (n.isText) {
            appendEscaped(out, n.name);
            continue;
        }
        out += QLatin1Char('<') + n.name;
        for (const auto &attribute : n.attributes) {
            QString value;
            appendEscaped(value, attribute.second);
            if (value.isEmpty())
                continue;
            out += QLatin1Char(' ') + attribute.first + QLatin1String("=\"") + value +
                   QLatin1Char('"');
        }
        out += QLatin1Char('>');
        write(n.children, out);
        out += QLatin1String("</") + n.name + QLatin1Char('>');
    }
}

} // namespace

QString normaliseEventXml(const QString &xml)
{
    std::vector<XNode> nodes;
    Parser parser(xml);
    parser.parseContent(nodes, 0);
    expandArrays(nodes);
    QString out;
    out.reserve(xml.size());
    write(nodes, out);
    return out;
}

QString pyEvtxTimeText(qint64 fileTime)
{
    EvtxDetail::U16Buffer buffer;
    EvtxDetail::appendPythonFileTime(buffer, quint64(fileTime));
    return QStringView(buffer.data(), buffer.size()).toString();
}

QString pyEvtxScript()
{
    const QString source = qEnvironmentVariable("GPSI_SOURCE_DIR");
    if (!source.isEmpty()) {
        const QString script = source + QStringLiteral("/tests/support/pyevtx_dump.py");
        if (QFileInfo::exists(script))
            return script;
    }
    return QFileInfo(QStringLiteral(__FILE__)).absolutePath() + QStringLiteral("/pyevtx_dump.py");
}

bool runPyEvtx(const QString &file, QList<PyEvtxRecord> *records, QStringList *errors, QString *why)
{
    const QString python = QStringLiteral("/usr/bin/python3");
    if (!QFileInfo::exists(python)) {
        *why = QStringLiteral("%1 is not installed").arg(python);
        return false;
    }
    const QString script = pyEvtxScript();
    if (!QFileInfo::exists(script)) {
        *why = QStringLiteral("%1 is missing").arg(script);
        return false;
    }
    QProcess process;
    process.setProgram(python);
    process.setArguments({script, file});
    process.start();
    if (!process.waitForStarted()) {
        *why = QStringLiteral("cannot start %1: %2").arg(python, process.errorString());
        return false;
    }
    if (!process.waitForFinished(60 * 60 * 1000)) {
        process.kill();
        process.waitForFinished();
        *why = QStringLiteral("python-evtx did not finish on %1").arg(file);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit) {
        *why = QStringLiteral("python-evtx crashed on %1").arg(file);
        return false;
    }
    if (process.exitCode() == 3) {
        *why = QStringLiteral("python3-evtx (python-evtx) is not installed");
        return false;
    }
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.contains(QStringLiteral("fatal"))) {
            *why = o.value(QStringLiteral("fatal")).toString();
            return false;
        }
        if (o.contains(QStringLiteral("error"))) {
            if (errors)
                errors->append(o.value(QStringLiteral("error")).toString());
            continue;
        }
        PyEvtxRecord r;
        r.number = quint64(o.value(QStringLiteral("id")).toInteger());
        r.recordId = o.value(QStringLiteral("recordId")).toInteger(-1);
        r.offset = o.value(QStringLiteral("offset")).toInteger(-1);
        r.time = o.value(QStringLiteral("time")).toString();
        r.written = o.value(QStringLiteral("written")).toInteger();
        r.provider = o.value(QStringLiteral("provider")).toString();
        r.eventId = int(o.value(QStringLiteral("eventId")).toInteger(-1));
        r.xml = o.value(QStringLiteral("xml")).toString();
        if (records)
            records->append(r);
    }
    if (process.exitCode() != 0) {
        *why = QStringLiteral("python-evtx failed on %1 (exit code %2): %3")
                   .arg(file)
                   .arg(process.exitCode())
                   .arg(QString::fromLocal8Bit(process.readAllStandardError()).left(500));
        return false;
    }
    return true;
}

} // namespace Gpsi

#include "reportrenderer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPdfWriter>
#include <QTextDocument>

#include "io/outputfile.h"

Q_LOGGING_CATEGORY(lcReport, "gpsi.report", QtInfoMsg)

namespace Gpsi {

namespace {

bool isFormatChar(char16_t u)
{
    return (u >= 0x200B && u <= 0x200F) || (u >= 0x202A && u <= 0x202E) ||
           (u >= 0x2060 && u <= 0x2069) || u == 0xFEFF || u == 0x061C || u == 0x00AD ||
           (u >= 0xFFF9 && u <= 0xFFFB);
}

QString escapeCodepoint(char32_t u)
{
    return QStringLiteral("<U+%1>").arg(quint32(u), 4, 16, QLatin1Char('0')).toUpper();
}

QString timestamp(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                       : QString();
}

QString isoTimestamp(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString percent(double confidence)
{
    return QStringLiteral("%1%").arg(qRound(confidence * 100.0));
}

QString subjectLabel(const QString &subject)
{
    return subject.isEmpty() ? ReportRenderer::tr("(whole case)") : subject;
}

QJsonArray citedToJson(const QList<CitedFact> &cited)
{
    QJsonArray out;
    for (const CitedFact &c : cited) {
        QJsonObject o;
        o.insert(QStringLiteral("key"), c.fact.key);
        o.insert(QStringLiteral("type"), Fact::typeName(c.fact.type()));
        o.insert(QStringLiteral("value"), Fact::valueToJson(c.fact.value));
        o.insert(QStringLiteral("source"), c.fact.sourceId);
        o.insert(QStringLiteral("evidence"), c.fact.evidence);
        o.insert(QStringLiteral("note"), c.note);
        out.append(o);
    }
    return out;
}

// Indents every line after the first so multi-line evidence stays inside its block.
QString indentLines(const QString &text, const QString &indent)
{
    QString out = ReportRenderer::neutralize(text);
    out.replace(QLatin1Char('\n'), QLatin1Char('\n') + indent);
    return out;
}

QString wrap(const QString &text, const QString &indent, int width = 100)
{
    QStringList lines;
    for (const QString &paragraph : ReportRenderer::neutralize(text).split(QLatin1Char('\n'))) {
        QString line;
        const QStringList words = paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words) {
            if (!line.isEmpty() && indent.size() + line.size() + 1 + word.size() > width) {
                lines << indent + line;
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        lines << indent + line;
    }
    return lines.join(QLatin1Char('\n'));
}

QString statusTag(CheckStatus s)
{
    return QStringLiteral("[%1]").arg(checkStatusId(s).toUpper()).leftJustified(10);
}

} // namespace

QString ReportRenderer::neutralize(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            const char32_t cp = QChar::surrogateToUcs4(c, text.at(i + 1));
            // Unicode tag characters can smuggle invisible text.
            if (cp >= 0xE0000 && cp <= 0xE007F) {
                out += escapeCodepoint(cp);
            } else {
                out += c;
                out += text.at(i + 1);
            }
            ++i;
            continue;
        }
        if (c.isSurrogate()) {
            out += escapeCodepoint(u);
        } else if (u == u'\n' || u == u'\t') {
            out += c;
        } else if (u < 0x20 || u == 0x7F || (u >= 0x80 && u < 0xA0) || u == 0x2028 || u == 0x2029 ||
                   isFormatChar(u)) {
            out += escapeCodepoint(u);
        } else {
            out += c;
        }
    }
    return out;
}

QString ReportRenderer::escapeHtml(const QString &text)
{
    QString out = neutralize(text).toHtmlEscaped();
    out.replace(QLatin1Char('\''), QLatin1String("&#39;"));
    return out;
}

bool ReportRenderer::formatFromName(const QString &name, Format *out)
{
    const QString n = name.toLower();
    if (n == QLatin1String("text") || n == QLatin1String("txt"))
        *out = Format::Text;
    else if (n == QLatin1String("json"))
        *out = Format::Json;
    else if (n == QLatin1String("html") || n == QLatin1String("htm"))
        *out = Format::Html;
    else if (n == QLatin1String("pdf"))
        *out = Format::Pdf;
    else
        return false;
    return true;
}

QString ReportRenderer::formatName(Format format)
{
    switch (format) {
    case Format::Text:
        return QStringLiteral("text");
    case Format::Json:
        return QStringLiteral("json");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return QStringLiteral("text");
}

namespace {

QJsonObject checkToJson(const CheckRun &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("module"), r.moduleId);
    o.insert(QStringLiteral("title"), r.moduleTitle);
    o.insert(QStringLiteral("subject"), r.subject);
    o.insert(QStringLiteral("status"), checkStatusId(r.result.status));
    o.insert(QStringLiteral("summary"), r.result.summary);
    o.insert(QStringLiteral("evidence"), QJsonArray::fromStringList(r.result.evidence));
    o.insert(QStringLiteral("startedAt"), isoTimestamp(r.startedAt));
    o.insert(QStringLiteral("durationMs"), r.durationMs);
    QStringList keys;
    for (const Fact &f : r.facts)
        keys << f.key;
    o.insert(QStringLiteral("facts"), QJsonArray::fromStringList(keys));
    return o;
}

QJsonArray referencesToJson(const QList<Reference> &references)
{
    QJsonArray refs;
    for (const Reference &ref : references) {
        QJsonObject ro;
        ro.insert(QStringLiteral("label"), ref.label);
        ro.insert(QStringLiteral("title"), ref.title);
        ro.insert(QStringLiteral("url"), ref.url);
        refs.append(ro);
    }
    return refs;
}

QJsonObject findingToJson(const Finding &f, int rank)
{
    QJsonObject o;
    o.insert(QStringLiteral("rank"), rank);
    o.insert(QStringLiteral("cause"), f.causeId);
    o.insert(QStringLiteral("subject"), f.subject);
    o.insert(QStringLiteral("title"), f.title);
    o.insert(QStringLiteral("category"), f.category);
    o.insert(QStringLiteral("severity"), severityId(f.severity));
    o.insert(QStringLiteral("confidence"), f.confidence);
    o.insert(QStringLiteral("explanation"), f.explanation);
    o.insert(QStringLiteral("evidenceFor"), citedToJson(f.evidenceFor));
    o.insert(QStringLiteral("evidenceAgainst"), citedToJson(f.evidenceAgainst));
    o.insert(QStringLiteral("fix"), QJsonArray::fromStringList(f.fix));
    o.insert(QStringLiteral("verify"), QJsonArray::fromStringList(f.verify));
    o.insert(QStringLiteral("references"), referencesToJson(f.references));
    return o;
}

QJsonObject timelineRowToJson(const ReportModel::TimelineRow &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("time"), r.time);
    o.insert(QStringLiteral("boot"), r.boot);
    o.insert(QStringLiteral("computer"), r.computer);
    o.insert(QStringLiteral("provider"), r.provider);
    o.insert(QStringLiteral("eventId"), r.eventId);
    o.insert(QStringLiteral("level"), r.level);
    if (r.errorCode >= 0)
        o.insert(QStringLiteral("errorCode"), r.errorCode);
    o.insert(QStringLiteral("summary"), r.summary);
    return o;
}

QJsonObject eventHistoryToJson(const ReportModel::EventHistorySection &ev)
{
    QJsonObject history;
    history.insert(QStringLiteral("failedPackages"), QJsonArray::fromStringList(ev.failedPackages));
    history.insert(QStringLiteral("pendingPackages"),
                   QJsonArray::fromStringList(ev.pendingPackages));
    history.insert(QStringLiteral("boots"), QJsonArray::fromStringList(ev.boots));
    QJsonArray timeline;
    for (const ReportModel::TimelineRow &r : ev.timeline)
        timeline.append(timelineRowToJson(r));
    history.insert(QStringLiteral("timeline"), timeline);
    history.insert(QStringLiteral("timelineTruncated"), ev.truncated);
    return history;
}

QJsonObject notAssessedToJson(const NotAssessed &n)
{
    QJsonObject o;
    o.insert(QStringLiteral("cause"), n.causeId);
    o.insert(QStringLiteral("subject"), n.subject);
    o.insert(QStringLiteral("title"), n.title);
    o.insert(QStringLiteral("missingFacts"), QJsonArray::fromStringList(n.missingFacts));
    return o;
}

} // namespace

QByteArray ReportRenderer::toJson(const ReportModel &m)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("gpsi-doctor-report"));
    root.insert(QStringLiteral("formatVersion"), ReportModel::FormatVersion);
    QJsonObject tool;
    tool.insert(QStringLiteral("name"), m.toolName);
    tool.insert(QStringLiteral("version"), m.toolVersion);
    root.insert(QStringLiteral("tool"), tool);
    root.insert(QStringLiteral("generatedAt"), isoTimestamp(m.generatedAt));
    root.insert(QStringLiteral("verdict"), m.verdictId());
    root.insert(QStringLiteral("problemCount"), m.problemCount());
    root.insert(QStringLiteral("cancelled"), m.cancelled);

    QJsonObject caseJson = m.caseData.toJson();
    caseJson.remove(QStringLiteral("format"));
    caseJson.remove(QStringLiteral("version"));
    root.insert(QStringLiteral("case"), caseJson);

    QJsonArray checks;
    for (const CheckRun &r : m.checks)
        checks.append(checkToJson(r));
    root.insert(QStringLiteral("checks"), checks);

    QJsonArray findings;
    int rank = 0;
    for (const Finding &f : m.diagnosis.findings)
        findings.append(findingToJson(f, ++rank));
    root.insert(QStringLiteral("findings"), findings);

    if (!m.eventHistory.isEmpty())
        root.insert(QStringLiteral("eventHistory"), eventHistoryToJson(m.eventHistory));

    QJsonArray notAssessed;
    for (const NotAssessed &n : m.diagnosis.notAssessed)
        notAssessed.append(notAssessedToJson(n));
    root.insert(QStringLiteral("notAssessed"), notAssessed);

    QJsonArray facts;
    for (const Fact &f : m.facts.all())
        facts.append(f.toJson());
    root.insert(QStringLiteral("facts"), facts);
    root.insert(QStringLiteral("moduleErrors"), QJsonArray::fromStringList(m.moduleErrors));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {

// The text renderer's sections, each a list of lines; toText joins them. lupdate needs
// ReportRenderer::tr spelled out; R is short for the rest.

QStringList textCaseHeader(const ReportModel &m)
{
    using R = ReportRenderer;
    QStringList out;
    const Case &c = m.caseData;
    out << ReportRenderer::tr("%1 %2 - diagnosis report").arg(m.toolName, m.toolVersion);
    out << ReportRenderer::tr("Generated: %1").arg(timestamp(m.generatedAt));
    if (!c.title.isEmpty())
        out << ReportRenderer::tr("Case: %1").arg(R::neutralize(c.title));
    if (!c.ticket.isEmpty())
        out << ReportRenderer::tr("Ticket: %1").arg(R::neutralize(c.ticket));
    if (!c.technician.isEmpty())
        out << ReportRenderer::tr("Technician: %1").arg(R::neutralize(c.technician));
    if (!c.notes.isEmpty())
        out << ReportRenderer::tr("Notes:") << wrap(c.notes, QStringLiteral("  "));
    out << QString() << ReportRenderer::tr("Package paths:");
    if (c.packagePaths.isEmpty())
        out << ReportRenderer::tr("  (none)");
    for (int i = 0; i < c.packagePaths.size(); ++i)
        out << QStringLiteral("  %1. %2").arg(i + 1).arg(R::neutralize(c.packagePaths.at(i)));
    out << ReportRenderer::tr("Evidence files:");
    if (c.evidence.isEmpty())
        out << ReportRenderer::tr("  (none)");
    for (const EvidenceFile &e : c.evidence)
        out << QStringLiteral("  - %1").arg(R::neutralize(e.path));
    out << QString() << ReportRenderer::tr("VERDICT: %1").arg(m.verdictTitle());
    for (const QString &e : m.moduleErrors)
        out << ReportRenderer::tr("Module not loaded: %1").arg(R::neutralize(e));
    return out;
}

// sign: "+" for evidence for the cause, "-" for evidence against it.
QString textCitedFact(const CitedFact &cf, const QString &sign)
{
    using R = ReportRenderer;
    return QStringLiteral("     %1 %2 = %3  [%4]%5")
        .arg(sign, cf.fact.key, R::neutralize(cf.fact.displayValue()), cf.fact.sourceId,
             cf.note.isEmpty() ? QString() : QStringLiteral(" ") + R::neutralize(cf.note));
}

QStringList textReferences(const QList<Reference> &references)
{
    using R = ReportRenderer;
    QStringList out;
    out << ReportRenderer::tr("   References:");
    for (const Reference &r : references) {
        out << QStringLiteral("     %1%2%3")
                   .arg(R::neutralize(r.label),
                        r.title.isEmpty() ? QString()
                                          : QStringLiteral(": ") + R::neutralize(r.title),
                        r.url.isEmpty() ? QString()
                                        : QStringLiteral(" <%1>").arg(R::neutralize(r.url)));
    }
    return out;
}

QStringList textFinding(const Finding &f, int rank)
{
    using R = ReportRenderer;
    QStringList out;
    out << QString();
    out << QStringLiteral("%1. [%2] %3")
               .arg(rank)
               .arg(severityId(f.severity).toUpper(), R::neutralize(f.title));
    out << ReportRenderer::tr("   Package: %1").arg(R::neutralize(subjectLabel(f.subject)));
    out << ReportRenderer::tr("   Cause: %1   Confidence: %2")
               .arg(f.causeId, percent(f.confidence));
    out << wrap(f.explanation, QStringLiteral("   "));
    if (!f.evidenceFor.isEmpty() || !f.evidenceAgainst.isEmpty())
        out << ReportRenderer::tr("   Evidence:");
    for (const CitedFact &cf : f.evidenceFor)
        out << textCitedFact(cf, QStringLiteral("+"));
    for (const CitedFact &cf : f.evidenceAgainst)
        out << textCitedFact(cf, QStringLiteral("-"));
    out << ReportRenderer::tr("   Fix:");
    for (int i = 0; i < f.fix.size(); ++i)
        out << wrap(QStringLiteral("%1. %2").arg(i + 1).arg(f.fix.at(i)), QStringLiteral("     "));
    out << ReportRenderer::tr("   Verify:");
    for (const QString &v : f.verify)
        out << wrap(QStringLiteral("- %1").arg(v), QStringLiteral("     "));
    if (!f.references.isEmpty())
        out << textReferences(f.references);
    return out;
}

// A heading and its items as "- item" lines; nothing at all when there are no items.
QStringList textItemList(const QString &title, const QStringList &items)
{
    QStringList out;
    if (!items.isEmpty())
        out << title;
    for (const QString &item : items)
        out << wrap(QStringLiteral("- %1").arg(ReportRenderer::neutralize(item)),
                    QStringLiteral("    "));
    return out;
}

QStringList textEventHistory(const ReportModel::EventHistorySection &ev)
{
    using R = ReportRenderer;
    QStringList out;
    out << QString() << ReportRenderer::tr("EVENT HISTORY");
    out << textItemList(ReportRenderer::tr("  Failed packages:"), ev.failedPackages);
    out << textItemList(ReportRenderer::tr("  Pending until the next startup:"),
                        ev.pendingPackages);
    out << textItemList(ReportRenderer::tr("  Startups:"), ev.boots);
    if (!ev.timeline.isEmpty())
        out << ReportRenderer::tr("  Timeline (UTC):");
    if (ev.truncated)
        out << ReportRenderer::tr("    (only the most recent events are listed)");
    for (const ReportModel::TimelineRow &r : ev.timeline) {
        out << QStringLiteral("    %1  #%2  %3 %4  %5")
                   .arg(r.time, QString::number(r.boot), R::neutralize(r.provider),
                        QString::number(r.eventId), R::neutralize(r.level));
        out << wrap(R::neutralize(r.summary), QStringLiteral("      "));
    }
    return out;
}

QStringList textNotAssessed(const QList<NotAssessed> &notAssessed)
{
    using R = ReportRenderer;
    QStringList out;
    out << QString()
        << ReportRenderer::tr("NOT ASSESSED (the facts these causes need were not established)");
    for (const NotAssessed &n : notAssessed) {
        out << ReportRenderer::tr("  - %1 %2 [%3]: needs %4")
                   .arg(n.causeId, R::neutralize(n.title), R::neutralize(subjectLabel(n.subject)),
                        n.missingFacts.join(QStringLiteral(", ")));
    }
    return out;
}

QStringList textChecks(const ReportModel &m)
{
    using R = ReportRenderer;
    QStringList out;
    out << QString() << ReportRenderer::tr("CHECKS");
    if (m.cancelled)
        out << ReportRenderer::tr("  The run was cancelled.");
    for (const CheckRun &r : m.checks) {
        // One multi-argument arg(): a second .arg() would rescan the user's text for %N.
        out << QStringLiteral("  %1 %2 - %3 (%4 ms)")
                   .arg(statusTag(r.result.status), R::neutralize(r.moduleTitle),
                        R::neutralize(subjectLabel(r.subject)), QString::number(r.durationMs));
        out << QStringLiteral("             %1")
                   .arg(indentLines(r.result.summary, QStringLiteral("             ")));
        for (const QString &e : r.result.evidence)
            out << QStringLiteral("               | %1")
                       .arg(indentLines(e, QStringLiteral("               | ")));
    }
    return out;
}

// The facts grouped by subject, in the order the subjects first appear.
QStringList textFacts(const ReportModel &m)
{
    using R = ReportRenderer;
    QStringList out;
    out << QString() << ReportRenderer::tr("FACTS");
    QStringList subjects;
    for (const Fact &f : m.facts.all()) {
        if (!subjects.contains(f.subject))
            subjects << f.subject;
    }
    for (const QString &s : std::as_const(subjects)) {
        out << QStringLiteral("  %1").arg(R::neutralize(subjectLabel(s)));
        for (const Fact &f : m.facts.all()) {
            if (f.subject == s && !ReportModel::isSectionFact(f.key))
                out << QStringLiteral("    %1 = %2  [%3]")
                           .arg(f.key, R::neutralize(f.displayValue()), f.sourceId);
        }
    }
    return out;
}

} // namespace

QString ReportRenderer::toText(const ReportModel &m)
{
    QStringList out = textCaseHeader(m);
    out << QString() << tr("FINDINGS");
    if (m.diagnosis.findings.isEmpty())
        out << tr("  None.");
    int rank = 0;
    for (const Finding &f : m.diagnosis.findings)
        out << textFinding(f, ++rank);
    if (!m.eventHistory.isEmpty())
        out << textEventHistory(m.eventHistory);
    if (!m.diagnosis.notAssessed.isEmpty())
        out << textNotAssessed(m.diagnosis.notAssessed);
    out << textChecks(m);
    out << textFacts(m);
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

namespace {

// The HTML renderer's sections; toHtml concatenates them. lupdate needs ReportRenderer::tr
// spelled out.

QString esc(const QString &text)
{
    return ReportRenderer::escapeHtml(text);
}

// From the doctype to the opening <body>: the style sheet, tuned for QTextDocument when
// forPrint is set.
QString htmlHead(bool forPrint)
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    h +=
        QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                       "style-src 'unsafe-inline'\">\n");
    h += QStringLiteral("<title>%1</title>\n").arg(esc(ReportRenderer::tr("GPSI Doctor report")));
    h += QStringLiteral(
             "<style>\n"
             "body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: %1; "
             "color: #1a1a1a; %2}\n"
             "h1 { font-size: 150%; margin-bottom: 0; }\n"
             "h2 { font-size: 120%; border-bottom: 1px solid #999; margin-top: 18px; }\n"
             "h3 { font-size: 105%; margin: 4px 0; }\n"
             "table { border-collapse: collapse; }\n"
             "td, th { border: 1px solid #bbb; padding: 3px 6px; vertical-align: top; "
             "text-align: left; }\n"
             "th { background: #eee; }\n"
             ".meta td { border: none; padding: 1px 8px 1px 0; }\n"
             ".verdict { font-weight: bold; padding: 6px; border: 2px solid #888; }\n"
             ".verdict.problem { border-color: #b00020; color: #b00020; }\n"
             ".verdict.clean { border-color: #1b7a1b; color: #1b7a1b; }\n"
             ".finding { border: 1px solid #aaa; padding: 6px; margin: 8px 0; }\n"
             ".sev-critical, .sev-error { color: #b00020; }\n"
             ".sev-warning { color: #a15c00; }\n"
             ".sev-info { color: #2a5599; }\n"
             ".st-pass { color: #1b7a1b; } .st-fail, .st-error { color: #b00020; }\n"
             ".st-warning { color: #a15c00; } .st-skipped { color: #666; }\n"
             ".mono { font-family: 'DejaVu Sans Mono', monospace; white-space: pre-wrap; }\n"
             ".small { font-size: 90%; color: #444; }\n"
             "</style>\n</head>\n<body>\n")
             .arg(forPrint ? QStringLiteral("10pt") : QStringLiteral("14px"),
                  forPrint ? QString() : QStringLiteral("max-width: 60em; margin: 1em auto; "));
    return h;
}

// The title, the case's details, its package paths and evidence files, and the verdict.
QString htmlCaseSection(const ReportModel &m)
{
    const Case &c = m.caseData;
    QString h;
    h += QStringLiteral("<h1>%1</h1>\n").arg(esc(ReportRenderer::tr("GPSI Doctor report")));
    h += QStringLiteral("<table class=\"meta\">\n");
    auto metaRow = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>\n")
                     .arg(esc(label), esc(value));
    };
    metaRow(ReportRenderer::tr("Generated"), timestamp(m.generatedAt));
    metaRow(ReportRenderer::tr("Tool"), QStringLiteral("%1 %2").arg(m.toolName, m.toolVersion));
    metaRow(ReportRenderer::tr("Case"), c.title);
    metaRow(ReportRenderer::tr("Ticket"), c.ticket);
    metaRow(ReportRenderer::tr("Technician"), c.technician);
    h += QStringLiteral("</table>\n");
    if (!c.notes.isEmpty())
        h += QStringLiteral("<p class=\"mono\">%1</p>\n").arg(esc(c.notes));

    h += QStringLiteral("<h2>%1</h2>\n<ol>\n").arg(esc(ReportRenderer::tr("Package paths")));
    for (const QString &p : c.packagePaths)
        h += QStringLiteral("<li class=\"mono\">%1</li>\n").arg(esc(p));
    h += QStringLiteral("</ol>\n");
    if (!c.evidence.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(esc(ReportRenderer::tr("Evidence files")));
        for (const EvidenceFile &ev : c.evidence)
            h += QStringLiteral("<li class=\"mono\">%1</li>\n").arg(esc(ev.path));
        h += QStringLiteral("</ul>\n");
    }

    h += QStringLiteral("<p class=\"verdict %1\">%2</p>\n")
             .arg(m.verdictId(), esc(m.verdictTitle()));
    for (const QString &err : m.moduleErrors)
        h += QStringLiteral("<p class=\"small\">%1</p>\n")
                 .arg(esc(ReportRenderer::tr("Module not loaded: %1").arg(err)));
    return h;
}

// sign: "+" for evidence for the cause, "&minus;" for evidence against it.
QString htmlCitedFactRow(const CitedFact &cf, const QString &sign)
{
    QString observed = cf.fact.evidence;
    if (!cf.note.isEmpty())
        observed = cf.note + (observed.isEmpty() ? QString() : QStringLiteral("\n") + observed);
    return QStringLiteral("<tr><td>%1</td><td class=\"mono\">%2</td><td class=\"mono\">%3</td>"
                          "<td>%4</td><td class=\"mono\">%5</td></tr>\n")
        .arg(sign, esc(cf.fact.key), esc(cf.fact.displayValue()), esc(cf.fact.sourceId),
             esc(observed));
}

QString htmlEvidenceTable(const Finding &f)
{
    QString h = QStringLiteral("<p><b>%1</b></p>\n<table>\n<tr><th></th><th>%2</th><th>%3</th>"
                               "<th>%4</th><th>%5</th></tr>\n")
                    .arg(esc(ReportRenderer::tr("Evidence")), esc(ReportRenderer::tr("Fact")),
                         esc(ReportRenderer::tr("Value")), esc(ReportRenderer::tr("Source")),
                         esc(ReportRenderer::tr("Observed")));
    for (const CitedFact &cf : f.evidenceFor)
        h += htmlCitedFactRow(cf, QStringLiteral("+"));
    for (const CitedFact &cf : f.evidenceAgainst)
        h += htmlCitedFactRow(cf, QStringLiteral("&minus;"));
    h += QStringLiteral("</table>\n");
    return h;
}

QString htmlReferences(const QList<Reference> &references)
{
    QString h =
        QStringLiteral("<p class=\"small\"><b>%1</b> ").arg(esc(ReportRenderer::tr("References:")));
    QStringList refs;
    for (const Reference &r : references) {
        const QString label =
            esc(r.label) + (r.title.isEmpty() ? QString() : QStringLiteral(": ") + esc(r.title));
        refs << (r.url.isEmpty() ? label
                                 : QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(r.url), label));
    }
    h += refs.join(QStringLiteral("; ")) + QStringLiteral("</p>\n");
    return h;
}

QString htmlFinding(const Finding &f, int rank)
{
    const QString sev = severityId(f.severity);
    QString h;
    h += QStringLiteral("<div class=\"finding\">\n");
    h += QStringLiteral("<h3 class=\"sev-%1\">%2. [%3] %4</h3>\n")
             .arg(sev)
             .arg(rank)
             .arg(esc(severityTitle(f.severity)), esc(f.title));
    h += QStringLiteral("<p class=\"small\">%1</p>\n")
             .arg(esc(ReportRenderer::tr("Package: %1 | Cause: %2 | Confidence: %3")
                          .arg(subjectLabel(f.subject), f.causeId, percent(f.confidence))));
    h += QStringLiteral("<p>%1</p>\n").arg(esc(f.explanation));
    if (!f.evidenceFor.isEmpty() || !f.evidenceAgainst.isEmpty())
        h += htmlEvidenceTable(f);
    h += QStringLiteral("<p><b>%1</b></p>\n<ol>\n").arg(esc(ReportRenderer::tr("Fix")));
    for (const QString &step : f.fix)
        h += QStringLiteral("<li>%1</li>\n").arg(esc(step));
    h += QStringLiteral("</ol>\n<p><b>%1</b></p>\n<ul>\n")
             .arg(esc(ReportRenderer::tr("How to verify")));
    for (const QString &step : f.verify)
        h += QStringLiteral("<li>%1</li>\n").arg(esc(step));
    h += QStringLiteral("</ul>\n");
    if (!f.references.isEmpty())
        h += htmlReferences(f.references);
    h += QStringLiteral("</div>\n");
    return h;
}

// A heading and its items as a bulleted list; nothing at all when there are no items.
QString htmlItemList(const QString &title, const QStringList &items)
{
    if (items.isEmpty())
        return QString();
    QString h = QStringLiteral("<p><b>%1</b></p>\n<ul>\n").arg(esc(title));
    for (const QString &item : items)
        h += QStringLiteral("<li>%1</li>\n").arg(esc(item));
    h += QStringLiteral("</ul>\n");
    return h;
}

QString htmlTimelineRow(const ReportModel::TimelineRow &r)
{
    const QString level = r.level.toLower();
    const QString cls = level == QLatin1String("error") || level == QLatin1String("critical")
                            ? QStringLiteral("sev-error")
                        : level == QLatin1String("warning") ? QStringLiteral("sev-warning")
                                                            : QString();
    return QStringLiteral("<tr><td class=\"mono\">%1</td><td>%2</td><td>%3</td>"
                          "<td>%4</td><td class=\"%5\">%6</td><td>%7</td></tr>\n")
        .arg(esc(r.time), QString::number(r.boot), esc(r.provider), QString::number(r.eventId), cls,
             esc(r.level), esc(r.summary));
}

QString htmlTimeline(const ReportModel::EventHistorySection &ev)
{
    QString h = QStringLiteral("<p><b>%1</b></p>\n").arg(esc(ReportRenderer::tr("Timeline (UTC)")));
    if (ev.truncated)
        h += QStringLiteral("<p class=\"small\">%1</p>\n")
                 .arg(esc(ReportRenderer::tr("Only the most recent events are listed.")));
    h += QStringLiteral("<table>\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                        "<th>%5</th><th>%6</th></tr>\n")
             .arg(esc(ReportRenderer::tr("Time")), esc(ReportRenderer::tr("Startup")),
                  esc(ReportRenderer::tr("Source")), esc(ReportRenderer::tr("Event")),
                  esc(ReportRenderer::tr("Level")), esc(ReportRenderer::tr("What happened")));
    for (const ReportModel::TimelineRow &r : ev.timeline)
        h += htmlTimelineRow(r);
    h += QStringLiteral("</table>\n");
    return h;
}

QString htmlEventHistory(const ReportModel::EventHistorySection &ev)
{
    QString h = QStringLiteral("<h2>%1</h2>\n").arg(esc(ReportRenderer::tr("Event history")));
    h += htmlItemList(ReportRenderer::tr("Failed packages"), ev.failedPackages);
    h += htmlItemList(ReportRenderer::tr("Pending until the next startup"), ev.pendingPackages);
    h += htmlItemList(ReportRenderer::tr("Startups"), ev.boots);
    if (!ev.timeline.isEmpty())
        h += htmlTimeline(ev);
    return h;
}

QString htmlNotAssessed(const QList<NotAssessed> &notAssessed)
{
    QString h =
        QStringLiteral("<h2>%1</h2>\n<p class=\"small\">%2</p>\n<table>\n<tr><th>%3</th><th>%4</th>"
                       "<th>%5</th><th>%6</th></tr>\n")
            .arg(esc(ReportRenderer::tr("Not assessed")),
                 esc(ReportRenderer::tr(
                     "These causes could be neither confirmed nor ruled out: the facts they "
                     "need were not established by the checks that ran.")),
                 esc(ReportRenderer::tr("Cause")), esc(ReportRenderer::tr("Title")),
                 esc(ReportRenderer::tr("Package")), esc(ReportRenderer::tr("Missing facts")));
    for (const NotAssessed &n : notAssessed) {
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"mono\">%3</td><td "
                            "class=\"mono\">%4</td></tr>\n")
                 .arg(esc(n.causeId), esc(n.title), esc(subjectLabel(n.subject)),
                      esc(n.missingFacts.join(QStringLiteral(", "))));
    }
    h += QStringLiteral("</table>\n");
    return h;
}

QString htmlChecks(const ReportModel &m)
{
    QString h = QStringLiteral("<h2>%1</h2>\n").arg(esc(ReportRenderer::tr("Checks")));
    if (m.cancelled)
        h += QStringLiteral("<p>%1</p>\n").arg(esc(ReportRenderer::tr("The run was cancelled.")));
    h += QStringLiteral(
             "<table>\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
             .arg(esc(ReportRenderer::tr("Check")), esc(ReportRenderer::tr("Package")),
                  esc(ReportRenderer::tr("Status")), esc(ReportRenderer::tr("Time")),
                  esc(ReportRenderer::tr("Result")));
    for (const CheckRun &r : m.checks) {
        QString result = esc(r.result.summary);
        if (!r.result.evidence.isEmpty())
            result += QStringLiteral("<br><span class=\"mono small\">%1</span>")
                          .arg(esc(r.result.evidence.join(QLatin1Char('\n'))));
        h += QStringLiteral("<tr><td>%1</td><td class=\"mono\">%2</td><td class=\"st-%3\">%4</td>"
                            "<td>%5</td><td>%6</td></tr>\n")
                 .arg(esc(r.moduleTitle), esc(subjectLabel(r.subject)),
                      checkStatusId(r.result.status), esc(checkStatusTitle(r.result.status)),
                      esc(ReportRenderer::tr("%1 ms").arg(r.durationMs)), result);
    }
    h += QStringLiteral("</table>\n");
    return h;
}

QString htmlFacts(const ReportModel &m)
{
    QString h = QStringLiteral(
                    "<h2>%1</h2>\n<table>\n<tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
                    .arg(esc(ReportRenderer::tr("Facts")), esc(ReportRenderer::tr("Package")),
                         esc(ReportRenderer::tr("Fact")), esc(ReportRenderer::tr("Value")),
                         esc(ReportRenderer::tr("Source")));
    for (const Fact &f : m.facts.all()) {
        if (ReportModel::isSectionFact(f.key))
            continue;
        h +=
            QStringLiteral(
                "<tr><td class=\"mono\">%1</td><td class=\"mono\">%2</td><td class=\"mono\">%3</td>"
                "<td>%4</td></tr>\n")
                .arg(esc(subjectLabel(f.subject)), esc(f.key), esc(f.displayValue()),
                     esc(f.sourceId));
    }
    h += QStringLiteral("</table>\n");
    return h;
}

} // namespace

QString ReportRenderer::toHtml(const ReportModel &m, bool forPrint)
{
    QString h = htmlHead(forPrint);
    h += htmlCaseSection(m);
    h += QStringLiteral("<h2>%1</h2>\n").arg(escapeHtml(tr("Findings")));
    if (m.diagnosis.findings.isEmpty())
        h += QStringLiteral("<p>%1</p>\n").arg(escapeHtml(tr("None.")));
    int rank = 0;
    for (const Finding &f : m.diagnosis.findings)
        h += htmlFinding(f, ++rank);
    if (!m.eventHistory.isEmpty())
        h += htmlEventHistory(m.eventHistory);
    if (!m.diagnosis.notAssessed.isEmpty())
        h += htmlNotAssessed(m.diagnosis.notAssessed);
    h += htmlChecks(m);
    h += htmlFacts(m);
    h += QStringLiteral("</body>\n</html>\n");
    return h;
}

bool ReportRenderer::writePdf(const ReportModel &model, const QString &fileName,
                              QPageSize::PageSizeId pageSize, QString *error)
{
    OutputFile out(fileName);
    if (!out.open()) {
        if (error)
            *error = out.errorString();
        return false;
    }
    {
        QPdfWriter writer(&out);
        writer.setResolution(1200);
        writer.setPageSize(QPageSize(pageSize));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setCreator(QStringLiteral("%1 %2").arg(model.toolName, model.toolVersion));
        writer.setTitle(tr("GPSI Doctor report"));
        QTextDocument doc;
        doc.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 10));
        doc.setHtml(toHtml(model, true));
        doc.print(&writer);
    } // the writer finishes the PDF here
    if (!out.commit()) {
        if (error)
            *error = out.errorString();
        return false;
    }
    qCDebug(lcReport) << "wrote PDF" << fileName;
    return true;
}

bool ReportRenderer::writeFile(const ReportModel &model, Format format, const QString &fileName,
                               QString *error, QPageSize::PageSizeId pageSize)
{
    if (format == Format::Pdf)
        return writePdf(model, fileName, pageSize, error);
    QByteArray bytes;
    switch (format) {
    case Format::Text:
        bytes = toText(model).toUtf8();
        break;
    case Format::Json:
        bytes = toJson(model);
        break;
    case Format::Html:
        bytes = toHtml(model).toUtf8();
        break;
    case Format::Pdf:
        break;
    }
    return OutputFile::write(fileName, bytes, error);
}

} // namespace Gpsi

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
    for (const CheckRun &r : m.checks) {
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
        checks.append(o);
    }
    root.insert(QStringLiteral("checks"), checks);

    QJsonArray findings;
    int rank = 0;
    for (const Finding &f : m.diagnosis.findings) {
        QJsonObject o;
        o.insert(QStringLiteral("rank"), ++rank);
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
        QJsonArray refs;
        for (const Reference &ref : f.references) {
            QJsonObject ro;
            ro.insert(QStringLiteral("label"), ref.label);
            ro.insert(QStringLiteral("title"), ref.title);
            ro.insert(QStringLiteral("url"), ref.url);
            refs.append(ro);
        }
        o.insert(QStringLiteral("references"), refs);
        findings.append(o);
    }
    root.insert(QStringLiteral("findings"), findings);

    if (!m.eventHistory.isEmpty()) {
        const ReportModel::EventHistorySection &ev = m.eventHistory;
        QJsonObject history;
        history.insert(QStringLiteral("failedPackages"),
                       QJsonArray::fromStringList(ev.failedPackages));
        history.insert(QStringLiteral("pendingPackages"),
                       QJsonArray::fromStringList(ev.pendingPackages));
        history.insert(QStringLiteral("boots"), QJsonArray::fromStringList(ev.boots));
        QJsonArray timeline;
        for (const ReportModel::TimelineRow &r : ev.timeline) {
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
            timeline.append(o);
        }
        history.insert(QStringLiteral("timeline"), timeline);
        history.insert(QStringLiteral("timelineTruncated"), ev.truncated);
        root.insert(QStringLiteral("eventHistory"), history);
    }

    QJsonArray notAssessed;
    for (const NotAssessed &n : m.diagnosis.notAssessed) {
        QJsonObject o;
        o.insert(QStringLiteral("cause"), n.causeId);
        o.insert(QStringLiteral("subject"), n.subject);
        o.insert(QStringLiteral("title"), n.title);
        o.insert(QStringLiteral("missingFacts"), QJsonArray::fromStringList(n.missingFacts));
        notAssessed.append(o);
    }
    root.insert(QStringLiteral("notAssessed"), notAssessed);

    QJsonArray facts;
    for (const Fact &f : m.facts.all())
        facts.append(f.toJson());
    root.insert(QStringLiteral("facts"), facts);
    root.insert(QStringLiteral("moduleErrors"), QJsonArray::fromStringList(m.moduleErrors));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString ReportRenderer::toText(const ReportModel &m)
{
    QStringList out;
    const Case &c = m.caseData;
    out << tr("%1 %2 - diagnosis report").arg(m.toolName, m.toolVersion);
    out << tr("Generated: %1").arg(timestamp(m.generatedAt));
    if (!c.title.isEmpty())
        out << tr("Case: %1").arg(neutralize(c.title));
    if (!c.ticket.isEmpty())
        out << tr("Ticket: %1").arg(neutralize(c.ticket));
    if (!c.technician.isEmpty())
        out << tr("Technician: %1").arg(neutralize(c.technician));
    if (!c.notes.isEmpty())
        out << tr("Notes:") << wrap(c.notes, QStringLiteral("  "));
    out << QString() << tr("Package paths:");
    if (c.packagePaths.isEmpty())
        out << tr("  (none)");
    for (int i = 0; i < c.packagePaths.size(); ++i)
        out << QStringLiteral("  %1. %2").arg(i + 1).arg(neutralize(c.packagePaths.at(i)));
    out << tr("Evidence files:");
    if (c.evidence.isEmpty())
        out << tr("  (none)");
    for (const EvidenceFile &e : c.evidence)
        out << QStringLiteral("  - %1").arg(neutralize(e.path));
    out << QString() << tr("VERDICT: %1").arg(m.verdictTitle());
    for (const QString &e : m.moduleErrors)
        out << tr("Module not loaded: %1").arg(neutralize(e));

    out << QString() << tr("FINDINGS");
    if (m.diagnosis.findings.isEmpty())
        out << tr("  None.");
    int rank = 0;
    for (const Finding &f : m.diagnosis.findings) {
        out << QString();
        out << QStringLiteral("%1. [%2] %3")
                   .arg(++rank)
                   .arg(severityId(f.severity).toUpper(), neutralize(f.title));
        out << tr("   Package: %1").arg(neutralize(subjectLabel(f.subject)));
        out << tr("   Cause: %1   Confidence: %2").arg(f.causeId, percent(f.confidence));
        out << wrap(f.explanation, QStringLiteral("   "));
        if (!f.evidenceFor.isEmpty() || !f.evidenceAgainst.isEmpty())
            out << tr("   Evidence:");
        for (const CitedFact &cf : f.evidenceFor) {
            out << QStringLiteral("     + %1 = %2  [%3]%4")
                       .arg(cf.fact.key, neutralize(cf.fact.displayValue()), cf.fact.sourceId,
                            cf.note.isEmpty() ? QString()
                                              : QStringLiteral(" ") + neutralize(cf.note));
        }
        for (const CitedFact &cf : f.evidenceAgainst) {
            out << QStringLiteral("     - %1 = %2  [%3]%4")
                       .arg(cf.fact.key, neutralize(cf.fact.displayValue()), cf.fact.sourceId,
                            cf.note.isEmpty() ? QString()
                                              : QStringLiteral(" ") + neutralize(cf.note));
        }
        out << tr("   Fix:");
        for (int i = 0; i < f.fix.size(); ++i)
            out << wrap(QStringLiteral("%1. %2").arg(i + 1).arg(f.fix.at(i)),
                        QStringLiteral("     "));
        out << tr("   Verify:");
        for (const QString &v : f.verify)
            out << wrap(QStringLiteral("- %1").arg(v), QStringLiteral("     "));
        if (!f.references.isEmpty()) {
            out << tr("   References:");
            for (const Reference &r : f.references) {
                out << QStringLiteral("     %1%2%3")
                           .arg(neutralize(r.label),
                                r.title.isEmpty() ? QString()
                                                  : QStringLiteral(": ") + neutralize(r.title),
                                r.url.isEmpty() ? QString()
                                                : QStringLiteral(" <%1>").arg(neutralize(r.url)));
            }
        }
    }

    if (!m.eventHistory.isEmpty()) {
        const ReportModel::EventHistorySection &ev = m.eventHistory;
        out << QString() << tr("EVENT HISTORY");
        if (!ev.failedPackages.isEmpty())
            out << tr("  Failed packages:");
        for (const QString &p : ev.failedPackages)
            out << wrap(QStringLiteral("- %1").arg(neutralize(p)), QStringLiteral("    "));
        if (!ev.pendingPackages.isEmpty())
            out << tr("  Pending until the next startup:");
        for (const QString &p : ev.pendingPackages)
            out << wrap(QStringLiteral("- %1").arg(neutralize(p)), QStringLiteral("    "));
        if (!ev.boots.isEmpty())
            out << tr("  Startups:");
        for (const QString &b : ev.boots)
            out << wrap(QStringLiteral("- %1").arg(neutralize(b)), QStringLiteral("    "));
        if (!ev.timeline.isEmpty())
            out << tr("  Timeline (UTC):");
        if (ev.truncated)
            out << tr("    (only the most recent events are listed)");
        for (const ReportModel::TimelineRow &r : ev.timeline) {
            out << QStringLiteral("    %1  #%2  %3 %4  %5")
                       .arg(r.time, QString::number(r.boot), neutralize(r.provider),
                            QString::number(r.eventId), neutralize(r.level));
            out << wrap(neutralize(r.summary), QStringLiteral("      "));
        }
    }

    if (!m.diagnosis.notAssessed.isEmpty()) {
        out << QString() << tr("NOT ASSESSED (the facts these causes need were not established)");
        for (const NotAssessed &n : m.diagnosis.notAssessed) {
            out << tr("  - %1 %2 [%3]: needs %4")
                       .arg(n.causeId, neutralize(n.title), neutralize(subjectLabel(n.subject)),
                            n.missingFacts.join(QStringLiteral(", ")));
        }
    }

    out << QString() << tr("CHECKS");
    if (m.cancelled)
        out << tr("  The run was cancelled.");
    for (const CheckRun &r : m.checks) {
        // One multi-argument arg(): a second .arg() would rescan the user's text for %N.
        out << QStringLiteral("  %1 %2 - %3 (%4 ms)")
                   .arg(statusTag(r.result.status), neutralize(r.moduleTitle),
                        neutralize(subjectLabel(r.subject)), QString::number(r.durationMs));
        out << QStringLiteral("             %1")
                   .arg(indentLines(r.result.summary, QStringLiteral("             ")));
        for (const QString &e : r.result.evidence)
            out << QStringLiteral("               | %1")
                       .arg(indentLines(e, QStringLiteral("               | ")));
    }

    out << QString() << tr("FACTS");
    QStringList subjects;
    for (const Fact &f : m.facts.all()) {
        if (!subjects.contains(f.subject))
            subjects << f.subject;
    }
    for (const QString &s : std::as_const(subjects)) {
        out << QStringLiteral("  %1").arg(neutralize(subjectLabel(s)));
        for (const Fact &f : m.facts.all()) {
            if (f.subject == s && !ReportModel::isSectionFact(f.key))
                out << QStringLiteral("    %1 = %2  [%3]")
                           .arg(f.key, neutralize(f.displayValue()), f.sourceId);
        }
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString ReportRenderer::toHtml(const ReportModel &m, bool forPrint)
{
    const Case &c = m.caseData;
    auto e = [](const QString &s) { return escapeHtml(s); };
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    h +=
        QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                       "style-src 'unsafe-inline'\">\n");
    h += QStringLiteral("<title>%1</title>\n").arg(e(tr("GPSI Doctor report")));
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
    h += QStringLiteral("<h1>%1</h1>\n").arg(e(tr("GPSI Doctor report")));
    h += QStringLiteral("<table class=\"meta\">\n");
    auto metaRow = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>\n").arg(e(label), e(value));
    };
    metaRow(tr("Generated"), timestamp(m.generatedAt));
    metaRow(tr("Tool"), QStringLiteral("%1 %2").arg(m.toolName, m.toolVersion));
    metaRow(tr("Case"), c.title);
    metaRow(tr("Ticket"), c.ticket);
    metaRow(tr("Technician"), c.technician);
    h += QStringLiteral("</table>\n");
    if (!c.notes.isEmpty())
        h += QStringLiteral("<p class=\"mono\">%1</p>\n").arg(e(c.notes));

    h += QStringLiteral("<h2>%1</h2>\n<ol>\n").arg(e(tr("Package paths")));
    for (const QString &p : c.packagePaths)
        h += QStringLiteral("<li class=\"mono\">%1</li>\n").arg(e(p));
    h += QStringLiteral("</ol>\n");
    if (!c.evidence.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(e(tr("Evidence files")));
        for (const EvidenceFile &ev : c.evidence)
            h += QStringLiteral("<li class=\"mono\">%1</li>\n").arg(e(ev.path));
        h += QStringLiteral("</ul>\n");
    }

    h += QStringLiteral("<p class=\"verdict %1\">%2</p>\n").arg(m.verdictId(), e(m.verdictTitle()));
    for (const QString &err : m.moduleErrors)
        h += QStringLiteral("<p class=\"small\">%1</p>\n")
                 .arg(e(tr("Module not loaded: %1").arg(err)));

    h += QStringLiteral("<h2>%1</h2>\n").arg(e(tr("Findings")));
    if (m.diagnosis.findings.isEmpty())
        h += QStringLiteral("<p>%1</p>\n").arg(e(tr("None.")));
    int rank = 0;
    for (const Finding &f : m.diagnosis.findings) {
        const QString sev = severityId(f.severity);
        h += QStringLiteral("<div class=\"finding\">\n");
        h += QStringLiteral("<h3 class=\"sev-%1\">%2. [%3] %4</h3>\n")
                 .arg(sev)
                 .arg(++rank)
                 .arg(e(severityTitle(f.severity)), e(f.title));
        h += QStringLiteral("<p class=\"small\">%1</p>\n")
                 .arg(e(tr("Package: %1 | Cause: %2 | Confidence: %3")
                            .arg(subjectLabel(f.subject), f.causeId, percent(f.confidence))));
        h += QStringLiteral("<p>%1</p>\n").arg(e(f.explanation));
        if (!f.evidenceFor.isEmpty() || !f.evidenceAgainst.isEmpty()) {
            h += QStringLiteral("<p><b>%1</b></p>\n<table>\n<tr><th></th><th>%2</th><th>%3</th>"
                                "<th>%4</th><th>%5</th></tr>\n")
                     .arg(e(tr("Evidence")), e(tr("Fact")), e(tr("Value")), e(tr("Source")),
                          e(tr("Observed")));
            auto row = [&](const CitedFact &cf, const QString &sign) {
                QString observed = cf.fact.evidence;
                if (!cf.note.isEmpty())
                    observed = cf.note +
                               (observed.isEmpty() ? QString() : QStringLiteral("\n") + observed);
                h += QStringLiteral(
                         "<tr><td>%1</td><td class=\"mono\">%2</td><td class=\"mono\">%3</td>"
                         "<td>%4</td><td class=\"mono\">%5</td></tr>\n")
                         .arg(sign, e(cf.fact.key), e(cf.fact.displayValue()), e(cf.fact.sourceId),
                              e(observed));
            };
            for (const CitedFact &cf : f.evidenceFor)
                row(cf, QStringLiteral("+"));
            for (const CitedFact &cf : f.evidenceAgainst)
                row(cf, QStringLiteral("&minus;"));
            h += QStringLiteral("</table>\n");
        }
        h += QStringLiteral("<p><b>%1</b></p>\n<ol>\n").arg(e(tr("Fix")));
        for (const QString &step : f.fix)
            h += QStringLiteral("<li>%1</li>\n").arg(e(step));
        h += QStringLiteral("</ol>\n<p><b>%1</b></p>\n<ul>\n").arg(e(tr("How to verify")));
        for (const QString &step : f.verify)
            h += QStringLiteral("<li>%1</li>\n").arg(e(step));
        h += QStringLiteral("</ul>\n");
        if (!f.references.isEmpty()) {
            h += QStringLiteral("<p class=\"small\"><b>%1</b> ").arg(e(tr("References:")));
            QStringList refs;
            for (const Reference &r : f.references) {
                const QString label =
                    e(r.label) +
                    (r.title.isEmpty() ? QString() : QStringLiteral(": ") + e(r.title));
                refs << (r.url.isEmpty()
                             ? label
                             : QStringLiteral("<a href=\"%1\">%2</a>").arg(e(r.url), label));
            }
            h += refs.join(QStringLiteral("; ")) + QStringLiteral("</p>\n");
        }
        h += QStringLiteral("</div>\n");
    }

    if (!m.eventHistory.isEmpty()) {
        const ReportModel::EventHistorySection &ev = m.eventHistory;
        h += QStringLiteral("<h2>%1</h2>\n").arg(e(tr("Event history")));
        auto list = [&](const QString &title, const QStringList &items) {
            if (items.isEmpty())
                return;
            h += QStringLiteral("<p><b>%1</b></p>\n<ul>\n").arg(e(title));
            for (const QString &item : items)
                h += QStringLiteral("<li>%1</li>\n").arg(e(item));
            h += QStringLiteral("</ul>\n");
        };
        list(tr("Failed packages"), ev.failedPackages);
        list(tr("Pending until the next startup"), ev.pendingPackages);
        list(tr("Startups"), ev.boots);
        if (!ev.timeline.isEmpty()) {
            h += QStringLiteral("<p><b>%1</b></p>\n").arg(e(tr("Timeline (UTC)")));
            if (ev.truncated)
                h += QStringLiteral("<p class=\"small\">%1</p>\n")
                         .arg(e(tr("Only the most recent events are listed.")));
            h += QStringLiteral("<table>\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                                "<th>%5</th><th>%6</th></tr>\n")
                     .arg(e(tr("Time")), e(tr("Startup")), e(tr("Source")), e(tr("Event")),
                          e(tr("Level")), e(tr("What happened")));
            for (const ReportModel::TimelineRow &r : ev.timeline) {
                const QString level = r.level.toLower();
                const QString cls =
                    level == QLatin1String("error") || level == QLatin1String("critical")
                        ? QStringLiteral("sev-error")
                    : level == QLatin1String("warning") ? QStringLiteral("sev-warning")
                                                        : QString();
                h += QStringLiteral("<tr><td class=\"mono\">%1</td><td>%2</td><td>%3</td>"
                                    "<td>%4</td><td class=\"%5\">%6</td><td>%7</td></tr>\n")
                         .arg(e(r.time), QString::number(r.boot), e(r.provider),
                              QString::number(r.eventId), cls, e(r.level), e(r.summary));
            }
            h += QStringLiteral("</table>\n");
        }
    }

    if (!m.diagnosis.notAssessed.isEmpty()) {
        h += QStringLiteral(
                 "<h2>%1</h2>\n<p class=\"small\">%2</p>\n<table>\n<tr><th>%3</th><th>%4</th>"
                 "<th>%5</th><th>%6</th></tr>\n")
                 .arg(e(tr("Not assessed")),
                      e(tr("These causes could be neither confirmed nor ruled out: the facts they "
                           "need were not established by the checks that ran.")),
                      e(tr("Cause")), e(tr("Title")), e(tr("Package")), e(tr("Missing facts")));
        for (const NotAssessed &n : m.diagnosis.notAssessed) {
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"mono\">%3</td><td "
                                "class=\"mono\">%4</td></tr>\n")
                     .arg(e(n.causeId), e(n.title), e(subjectLabel(n.subject)),
                          e(n.missingFacts.join(QStringLiteral(", "))));
        }
        h += QStringLiteral("</table>\n");
    }

    h += QStringLiteral("<h2>%1</h2>\n").arg(e(tr("Checks")));
    if (m.cancelled)
        h += QStringLiteral("<p>%1</p>\n").arg(e(tr("The run was cancelled.")));
    h +=
        QStringLiteral(
            "<table>\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
            .arg(e(tr("Check")), e(tr("Package")), e(tr("Status")), e(tr("Time")), e(tr("Result")));
    for (const CheckRun &r : m.checks) {
        QString result = e(r.result.summary);
        if (!r.result.evidence.isEmpty())
            result += QStringLiteral("<br><span class=\"mono small\">%1</span>")
                          .arg(e(r.result.evidence.join(QLatin1Char('\n'))));
        h += QStringLiteral("<tr><td>%1</td><td class=\"mono\">%2</td><td class=\"st-%3\">%4</td>"
                            "<td>%5</td><td>%6</td></tr>\n")
                 .arg(e(r.moduleTitle), e(subjectLabel(r.subject)), checkStatusId(r.result.status),
                      e(checkStatusTitle(r.result.status)), e(tr("%1 ms").arg(r.durationMs)),
                      result);
    }
    h += QStringLiteral("</table>\n");

    h += QStringLiteral(
             "<h2>%1</h2>\n<table>\n<tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
             .arg(e(tr("Facts")), e(tr("Package")), e(tr("Fact")), e(tr("Value")), e(tr("Source")));
    for (const Fact &f : m.facts.all()) {
        if (ReportModel::isSectionFact(f.key))
            continue;
        h +=
            QStringLiteral(
                "<tr><td class=\"mono\">%1</td><td class=\"mono\">%2</td><td class=\"mono\">%3</td>"
                "<td>%4</td></tr>\n")
                .arg(e(subjectLabel(f.subject)), e(f.key), e(f.displayValue()), e(f.sourceId));
    }
    h += QStringLiteral("</table>\n</body>\n</html>\n");
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

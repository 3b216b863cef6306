#include "reportmodel.h"

namespace Gpsi {

ReportModel ReportModel::build(const Case &caseData, const QList<CheckRun> &checks,
                               const FactSet &facts, const Diagnosis &diagnosis,
                               const QDateTime &generatedAt)
{
    ReportModel m;
    m.toolName = QStringLiteral("GPSI Doctor");
    m.toolVersion = QStringLiteral(GPSI_VERSION);
    m.generatedAt = generatedAt.toUTC();
    m.caseData = caseData;
    m.checks = checks;
    // Facts in a stable order (the order of the planned checks, then production order), not in
    // the order parallel checks happened to finish: reports must not depend on timing.
    for (const CheckRun &run : checks)
        m.facts.addAll(run.facts);
    for (const Fact &f : facts.all()) {
        if (!m.facts.all().contains(f))
            m.facts.add(f);
    }
    m.diagnosis = diagnosis;
    m.eventHistory = eventHistoryFromFacts(m.facts);
    return m;
}

ReportModel::EventHistorySection ReportModel::eventHistoryFromFacts(const FactSet &facts)
{
    EventHistorySection s;
    const QString caseWide;
    s.failedPackages =
        facts.value(caseWide, QStringLiteral("events.failed.packages")).toStringList();
    s.pendingPackages =
        facts.value(caseWide, QStringLiteral("events.pending.packages")).toStringList();
    s.boots = facts.value(caseWide, QStringLiteral("events.boots")).toStringList();
    s.truncated = facts.value(caseWide, QStringLiteral("events.timeline.truncated")).toBool();
    const QStringList lines =
        facts.value(caseWide, QStringLiteral("events.timeline")).toStringList();
    for (const QString &line : lines) {
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() < 8)
            continue;
        TimelineRow row;
        row.time = f.at(0);
        row.boot = f.at(1).toInt();
        row.computer = f.at(2);
        row.provider = f.at(3);
        row.eventId = f.at(4).toInt();
        row.level = f.at(5);
        bool ok = false;
        row.errorCode = f.at(6).toLongLong(&ok);
        if (!ok)
            row.errorCode = -1;
        row.summary = f.mid(7).join(QLatin1Char(' '));
        s.timeline << row;
    }
    return s;
}

bool ReportModel::isSectionFact(const QString &key)
{
    return key == QLatin1String("events.timeline") || key == QLatin1String("events.boots");
}

ReportModel ReportModel::fromRun(const Case &caseData, const Runner &runner,
                                 const KnowledgeBase &knowledgeBase,
                                 const QStringList &moduleErrors, const QDateTime &generatedAt)
{
    const Diagnosis diagnosis =
        knowledgeBase.evaluate(runner.facts(), caseData.packagePaths, runner.runs());
    ReportModel m = build(caseData, runner.runs(), runner.facts(), diagnosis, generatedAt);
    m.cancelled = runner.wasCancelled();
    m.moduleErrors = moduleErrors;
    return m;
}

int ReportModel::problemCount() const
{
    int n = 0;
    for (const Finding &f : diagnosis.findings)
        n += f.severity >= Severity::Warning ? 1 : 0;
    return n;
}

QString ReportModel::verdictId() const
{
    if (problemCount() > 0)
        return QStringLiteral("problem");
    if (cancelled)
        return QStringLiteral("incomplete");
    for (const CheckRun &r : checks) {
        if (r.result.status == CheckStatus::Error)
            return QStringLiteral("incomplete");
    }
    return QStringLiteral("clean");
}

QString ReportModel::verdictTitle() const
{
    const QString id = verdictId();
    if (id == QLatin1String("problem"))
        return problemCount() == 1 ? tr("1 problem found.")
                                   : tr("%1 problems found.").arg(problemCount());
    if (id == QLatin1String("incomplete"))
        return tr("No problem found, but some checks did not complete.");
    return tr("No problem found by the checks that ran.");
}

} // namespace Gpsi

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
    return m;
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

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include "engine/case.h"
#include "engine/checkresult.h"
#include "engine/diagnosis.h"
#include "engine/fact.h"
#include "engine/runner.h"

namespace Gpsi {

// Everything a report shows, built once from a finished run. Renderers (HTML, PDF, JSON,
// text) are pure functions of this model; the wizard's preview shows the same model the CLI
// prints.
struct ReportModel
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::ReportModel)

public:
    static constexpr int FormatVersion = 1;

    // One line of the client's event timeline (from the event-history check's
    // events.timeline fact).
    struct TimelineRow
    {
        QString time; // ISO 8601 UTC
        int boot = 0; // 1-based
        QString computer;
        QString provider;
        int eventId = 0;
        QString level;
        qint64 errorCode = -1;
        QString summary;
    };
    // The event history as the report shows it: failed and pending packages, the timeline.
    struct EventHistorySection
    {
        QStringList failedPackages;
        QStringList pendingPackages;
        QStringList boots;
        QList<TimelineRow> timeline;
        bool truncated = false;
        bool isEmpty() const
        {
            return failedPackages.isEmpty() && pendingPackages.isEmpty() && timeline.isEmpty();
        }
    };
    static EventHistorySection eventHistoryFromFacts(const FactSet &facts);
    // Facts shown in a section of their own and left out of the report's fact table.
    static bool isSectionFact(const QString &key);

    QString toolName;
    QString toolVersion;
    QDateTime generatedAt; // from the injected clock
    Case caseData;
    QList<CheckRun> checks;
    Diagnosis diagnosis;
    FactSet facts;
    bool cancelled = false;
    QStringList moduleErrors; // modules (and knowledge files) that could not be loaded, a line each
    EventHistorySection eventHistory;

    static ReportModel build(const Case &caseData, const QList<CheckRun> &checks,
                             const FactSet &facts, const Diagnosis &diagnosis,
                             const QDateTime &generatedAt);
    // The one way the wizard and the CLI turn a finished run into a report: evaluates the
    // knowledge base on the runner's facts (knowing which facts its runs settled) and builds
    // the model.
    static ReportModel fromRun(const Case &caseData, const Runner &runner,
                               const KnowledgeBase &knowledgeBase, const QStringList &moduleErrors,
                               const QDateTime &generatedAt);

    // Overall verdict: "problem" when a finding of severity warning or worse holds,
    // "incomplete" when none does but a check errored or the run was cancelled, "clean"
    // otherwise.
    QString verdictId() const;
    QString verdictTitle() const;
    // Findings of severity warning or worse.
    int problemCount() const;
};

} // namespace Gpsi

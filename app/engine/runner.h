#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

#include "case.h"
#include "checkmodule.h"
#include "checkrun.h"
#include "clock.h"
#include "fact.h"
#include "moduleregistry.h"

class QTimer;
template<typename T> class QFutureWatcher;

namespace Gpsi {

// Runs check modules for a case: each package-scope module once per package path, each
// case-scope module once. A module runs when no unfinished module could still provide a fact it
// requires; if a required fact is then missing it is Skipped with the reason. Independent
// modules run in parallel on worker threads; each run has a deadline and can be cancelled.
// A module that throws or overruns its deadline becomes Error; the others go on.
//
// The runner lives in the thread that created it (the GUI thread in the wizard) and emits its
// signals there. It never blocks that thread, except in runToCompletion().
class Runner : public QObject
{
    Q_OBJECT

public:
    explicit Runner(QObject *parent = nullptr);
    ~Runner() override;

    void setModules(const QList<ModuleDescriptor> &modules);
    void setClock(std::shared_ptr<const Clock> clock);
    void setMaxParallel(int count);
    // Per-run deadline in milliseconds; 0 (the default) takes the case's checkTimeoutSeconds.
    void setTimeoutMs(int milliseconds);

    // Plans the runs (runs() then lists every one as Pending) and starts them asynchronously.
    // Starting while running cancels the current run first.
    void start(const Case &caseData);
    void cancel();
    // start() and wait in a local event loop until finished (for the CLI and tests).
    void runToCompletion(const Case &caseData);

    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    const QList<CheckRun> &runs() const { return m_runs; }
    const FactSet &facts() const { return m_facts; }
    int finishedCount() const;
    int peakParallelism() const { return m_peakParallel; }

Q_SIGNALS:
    void planned();
    void checkStarted(int index);
    void checkFinished(int index);
    void progressChanged(int finished, int total);
    void finished();

private:
    struct Job;

    void schedule();
    // The steps of schedule(): a pending job is skipped, launched or left to wait for the facts
    // it needs; when nothing runs any more, the jobs still pending wait on a cycle.
    bool isSuperseded(quint64 generation) const;
    bool advance(Job &job);
    QStringList absentFacts(const Job &job, const QStringList &keys) const;
    bool mayStillBeProvided(const Job &job, const QStringList &keys) const;
    void skipForMissing(const Job &job, const QStringList &missing);
    void finishStalled(quint64 generation);
    void launch(int index);
    void onJobDone(int index, quint64 generation);
    void onJobTimeout(int index, quint64 generation);
    void complete(int index, const CheckResult &result, const QList<Fact> &facts,
                  bool conclusive = false);
    void finishRun();
    QList<int> plannedModuleOrder() const;
    bool isRelevant(const Job &other, const Job &job) const;
    int runningCount() const;
    int effectiveTimeoutMs() const;

    QList<ModuleDescriptor> m_modules;
    std::shared_ptr<const Clock> m_clock;
    int m_maxParallel;
    int m_timeoutMs = 0;
    Case m_case;
    QList<CheckRun> m_runs;
    std::vector<std::unique_ptr<Job>> m_jobs;
    FactSet m_facts;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_cancelled = false;
    int m_peakParallel = 0;
};

} // namespace Gpsi

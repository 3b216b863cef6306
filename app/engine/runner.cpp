#include "runner.h"
#include "runcontext.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

Q_LOGGING_CATEGORY(lcRunner, "gpsi.core.runner", QtInfoMsg)

namespace Gpsi {

namespace {

// Workers live in a pool that is never destroyed: a module that ignores its cancellation can
// then never hold the process hostage at exit (its thread dies with the process).
QThreadPool *workerPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(64);
        p->setExpiryTimeout(30000);
        return p;
    }();
    return pool;
}

} // namespace

struct Runner::Job
{
    int index = 0;
    ModuleDescriptor descriptor;
    QString subject;
    CheckStatus status = CheckStatus::Pending;
    std::shared_ptr<RunContext> context;
    QPointer<QFutureWatcher<CheckResult>> watcher;
    QPointer<QTimer> timer;
    qint64 startedMs = 0;
};

Runner::Runner(QObject *parent)
    : QObject(parent)
    , m_clock(Clock::system())
    , m_maxParallel(qMax(4, QThread::idealThreadCount()))
{}

Runner::~Runner()
{
    for (auto &job : m_jobs) {
        if (job->context)
            job->context->cancel();
    }
}

void Runner::setModules(const QList<ModuleDescriptor> &modules)
{
    m_modules = modules;
}

void Runner::setClock(std::shared_ptr<const Clock> clock)
{
    m_clock = clock ? std::move(clock) : Clock::system();
}

void Runner::setMaxParallel(int count)
{
    m_maxParallel = qMax(1, count);
}

void Runner::setTimeoutMs(int milliseconds)
{
    m_timeoutMs = qMax(0, milliseconds);
}

int Runner::effectiveTimeoutMs() const
{
    return m_timeoutMs > 0 ? m_timeoutMs : m_case.options.checkTimeoutSeconds * 1000;
}

int Runner::finishedCount() const
{
    int n = 0;
    for (const CheckRun &r : m_runs)
        n += isFinished(r.result.status) ? 1 : 0;
    return n;
}

int Runner::runningCount() const
{
    int n = 0;
    for (const auto &job : m_jobs)
        n += job->status == CheckStatus::Running ? 1 : 0;
    return n;
}

QList<int> Runner::plannedModuleOrder() const
{
    // Stable topological order: a module comes after every module that provides a fact it
    // requires or uses. Modules caught in a cycle keep their registration order at the end.
    QList<int> remaining;
    for (int i = 0; i < m_modules.size(); ++i)
        remaining << i;
    QList<int> order;
    bool progress = true;
    while (!remaining.isEmpty() && progress) {
        progress = false;
        for (int pos = 0; pos < remaining.size(); ++pos) {
            const ModuleMetadata &m = m_modules.at(remaining.at(pos)).metadata;
            bool blocked = false;
            for (int other : std::as_const(remaining)) {
                if (other == remaining.at(pos))
                    continue;
                for (const QString &key : m.requiredFacts + m.usedFacts)
                    blocked = blocked || m_modules.at(other).metadata.provides(key);
            }
            if (!blocked) {
                order << remaining.takeAt(pos);
                progress = true;
                break;
            }
        }
    }
    order << remaining;
    return order;
}

void Runner::start(const Case &caseData)
{
    if (m_running)
        cancel();
    ++m_generation;
    m_case = caseData;
    m_runs.clear();
    m_jobs.clear();
    m_facts = FactSet();
    m_cancelled = false;
    m_peakParallel = 0;
    m_running = true;

    const QList<int> order = plannedModuleOrder();
    // Case-wide modules first, then each package's modules in dependency order.
    QStringList subjects = m_case.packagePaths;
    auto addJob = [this](const ModuleDescriptor &d, const QString &subject) {
        auto job = std::make_unique<Job>();
        job->index = int(m_jobs.size());
        job->descriptor = d;
        job->subject = subject;
        CheckRun run;
        run.moduleId = d.metadata.id;
        run.moduleTitle = d.metadata.title;
        run.subject = subject;
        run.providedKeys = d.metadata.providedFacts;
        m_runs.append(run);
        m_jobs.push_back(std::move(job));
    };
    for (int i : order) {
        if (m_modules.at(i).metadata.scope == ModuleMetadata::Scope::Case)
            addJob(m_modules.at(i), QString());
    }
    for (const QString &subject : std::as_const(subjects)) {
        for (int i : order) {
            if (m_modules.at(i).metadata.scope == ModuleMetadata::Scope::Package)
                addJob(m_modules.at(i), subject);
        }
    }
    qCDebug(lcRunner) << "planned" << m_jobs.size() << "runs for" << subjects.size()
                      << "package paths";
    Q_EMIT planned();
    Q_EMIT progressChanged(0, int(m_jobs.size()));
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation]() {
            if (generation == m_generation)
                schedule();
        },
        Qt::QueuedConnection);
}

bool Runner::isRelevant(const Job &other, const Job &job) const
{
    return other.subject == job.subject || other.subject.isEmpty();
}

bool Runner::isSuperseded(quint64 generation) const
{
    return generation != m_generation || !m_running;
}

void Runner::schedule()
{
    if (!m_running)
        return;
    // complete() and launch() emit signals; a slot may start() a new run or cancel() this one.
    // Then the jobs are gone or finished: stop looking at them.
    const quint64 generation = m_generation;
    bool progress = true;
    while (progress) {
        progress = false;
        for (size_t i = 0; i < m_jobs.size(); ++i) {
            if (isSuperseded(generation))
                return;
            Job &job = *m_jobs[i];
            if (job.status == CheckStatus::Pending && advance(job))
                progress = true;
        }
    }
    if (isSuperseded(generation))
        return;
    if (runningCount() == 0)
        finishStalled(generation);
}

bool Runner::advance(Job &job)
{
    const ModuleMetadata &meta = job.descriptor.metadata;
    if (!meta.supportsCurrentPlatform()) {
        complete(job.index,
                 CheckResult::skipped(tr("Not available on this platform (the module "
                                         "runs on: %1).")
                                          .arg(meta.platforms.join(QStringLiteral(", ")))),
                 {});
        return true;
    }
    const QStringList missing = absentFacts(job, meta.requiredFacts);
    // Facts it uses but can do without: wait only while a module may still provide them.
    if (mayStillBeProvided(job, missing + absentFacts(job, meta.usedFacts)))
        return false;
    if (!missing.isEmpty()) {
        skipForMissing(job, missing);
        return true;
    }
    if (runningCount() >= m_maxParallel)
        return false;
    launch(job.index);
    return true;
}

QStringList Runner::absentFacts(const Job &job, const QStringList &keys) const
{
    QStringList absent;
    for (const QString &key : keys) {
        if (!m_facts.contains(job.subject, key))
            absent << key;
    }
    return absent;
}

bool Runner::mayStillBeProvided(const Job &job, const QStringList &keys) const
{
    bool waiting = false;
    for (const auto &other : m_jobs) {
        if (other.get() == &job || isFinished(other->status) || !isRelevant(*other, job))
            continue;
        for (const QString &key : keys)
            waiting = waiting || other->descriptor.metadata.provides(key);
    }
    return waiting;
}

void Runner::skipForMissing(const Job &job, const QStringList &missing)
{
    QStringList providers;
    bool inputsSettled = true;
    for (const auto &other : m_jobs) {
        if (!isRelevant(*other, job))
            continue;
        for (const QString &key : missing) {
            if (other->descriptor.metadata.provides(key)) {
                inputsSettled = inputsSettled && m_runs.at(other->index).conclusive;
                providers << tr("%1: %2").arg(other->descriptor.metadata.title,
                                              m_runs.at(other->index).result.summary);
                break;
            }
        }
    }
    const QString reason = providers.isEmpty() ? tr("Needs %1, which no installed module provides.")
                                                     .arg(missing.join(QStringLiteral(", ")))
                                               : tr("Needs %1, which was not established (%2).")
                                                     .arg(missing.join(QStringLiteral(", ")),
                                                          providers.join(QStringLiteral("; ")));
    // Its inputs do not apply to this subject: what it provides does not apply either.
    complete(job.index, CheckResult::skipped(reason), {}, !providers.isEmpty() && inputsSettled);
}

void Runner::finishStalled(quint64 generation)
{
    // Whatever is still pending waits on itself: a dependency cycle between modules.
    for (size_t i = 0; i < m_jobs.size(); ++i) {
        if (isSuperseded(generation))
            return;
        const auto &job = m_jobs[i];
        if (job->status == CheckStatus::Pending) {
            complete(
                job->index,
                CheckResult::skipped(
                    tr("Waits on a dependency cycle: the facts it needs (%1) come only "
                       "from modules that wait for it.")
                        .arg(job->descriptor.metadata.requiredFacts.join(QStringLiteral(", ")))),
                {});
        }
    }
    finishRun();
}

void Runner::launch(int index)
{
    const quint64 generation = m_generation;
    Job &job = *m_jobs.at(index);
    CheckRun &run = m_runs[index];
    const int timeoutMs = effectiveTimeoutMs();

    job.context =
        std::make_shared<RunContext>(job.descriptor.metadata, job.subject, m_case, m_facts, m_clock,
                                     m_clock->monotonicMs() + timeoutMs);
    job.status = CheckStatus::Running;
    job.startedMs = m_clock->monotonicMs();
    run.result.status = CheckStatus::Running;
    run.startedAt = m_clock->now();
    m_peakParallel = qMax(m_peakParallel, runningCount());

    std::shared_ptr<CheckModule> module;
    try {
        module =
            job.descriptor.create ? std::shared_ptr<CheckModule>(job.descriptor.create()) : nullptr;
    } catch (const std::exception &e) {
        qCWarning(lcRunner) << "module" << run.moduleId << "failed to construct:" << e.what();
    } catch (...) {
        qCWarning(lcRunner) << "module" << run.moduleId << "failed to construct";
    }
    if (!module) {
        Q_EMIT checkStarted(index);
        if (generation == m_generation && m_jobs.at(index)->status == CheckStatus::Running)
            complete(index, CheckResult::error(tr("The module could not be created.")), {});
        return;
    }

    auto *watcher = new QFutureWatcher<CheckResult>(this);
    job.watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, index, generation]() { onJobDone(index, generation); });
    auto context = job.context;
    watcher->setFuture(QtConcurrent::run(workerPool(), [module, context]() -> CheckResult {
        try {
            return module->run(*context);
        } catch (const std::exception &e) {
            return CheckResult::error(
                Runner::tr("The module failed: %1").arg(QString::fromLocal8Bit(e.what())));
        } catch (...) {
            return CheckResult::error(Runner::tr("The module failed with an unknown exception."));
        }
    }));

    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    job.timer = timer;
    connect(timer, &QTimer::timeout, this,
            [this, index, generation]() { onJobTimeout(index, generation); });
    timer->start(timeoutMs);
    qCDebug(lcRunner) << "started" << run.moduleId << "for" << run.subject;
    // Last: a slot may cancel() or start() again, and everything it needs exists by now.
    Q_EMIT checkStarted(index);
}

void Runner::onJobDone(int index, quint64 generation)
{
    if (generation != m_generation || index >= int(m_jobs.size()))
        return;
    Job &job = *m_jobs.at(index);
    if (job.status != CheckStatus::Running || !job.watcher)
        return;
    if (m_clock->monotonicMs() - job.startedMs >= effectiveTimeoutMs()) {
        // It noticed its deadline and returned: whatever it concluded rests on unfinished work.
        onJobTimeout(index, generation);
        return;
    }
    CheckResult result = job.watcher->future().result();
    QList<Fact> facts = job.context->takeFacts();
    result.evidence << job.context->takeContractProblems();
    if (!isFinished(result.status))
        result = CheckResult::error(tr("The module returned no verdict."), result.evidence);
    complete(index, result, facts);
    schedule();
}

void Runner::onJobTimeout(int index, quint64 generation)
{
    if (generation != m_generation || index >= int(m_jobs.size()))
        return;
    Job &job = *m_jobs.at(index);
    if (job.status != CheckStatus::Running)
        return;
    job.context->cancel();
    const int timeoutMs = effectiveTimeoutMs();
    qCWarning(lcRunner) << "module" << job.descriptor.metadata.id << "timed out after" << timeoutMs
                        << "ms";
    complete(index,
             CheckResult::error(tr("Did not finish within %1 s and was stopped.")
                                    .arg(QString::number(timeoutMs / 1000.0, 'g', 3))),
             {});
    schedule();
}

void Runner::complete(int index, const CheckResult &result, const QList<Fact> &facts,
                      bool conclusive)
{
    Job &job = *m_jobs.at(index);
    CheckRun &run = m_runs[index];
    const bool wasRunning = job.status == CheckStatus::Running;
    job.status = result.status;
    if (job.watcher) {
        job.watcher->disconnect(this);
        job.watcher->deleteLater();
    }
    if (job.timer) {
        job.timer->stop();
        job.timer->deleteLater();
    }
    run.result = result;
    run.facts = facts;
    run.conclusive = conclusive || result.status == CheckStatus::Pass ||
                     result.status == CheckStatus::Warning || result.status == CheckStatus::Fail;
    if (wasRunning) {
        run.durationMs = qMax<qint64>(0, m_clock->monotonicMs() - job.startedMs);
    } else {
        run.startedAt = m_clock->now();
        run.durationMs = 0;
    }
    m_facts.addAll(facts);
    qCDebug(lcRunner) << "finished" << run.moduleId << "for" << run.subject << "as"
                      << checkStatusId(result.status);
    Q_EMIT checkFinished(index);
    Q_EMIT progressChanged(finishedCount(), int(m_jobs.size()));
}

void Runner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    const quint64 generation = m_generation;
    for (size_t i = 0; i < m_jobs.size(); ++i) {
        const auto &job = m_jobs[i];
        if (job->status == CheckStatus::Running) {
            job->context->cancel();
            complete(job->index, CheckResult::error(tr("Cancelled while running.")), {});
        } else if (job->status == CheckStatus::Pending) {
            complete(job->index, CheckResult::skipped(tr("Cancelled before it ran.")), {});
        }
        if (generation != m_generation)
            return; // a slot started a new run; it is not ours to finish
    }
    finishRun();
}

void Runner::finishRun()
{
    if (!m_running)
        return;
    m_running = false;
    qCDebug(lcRunner) << "run finished;" << m_facts.size() << "facts";
    Q_EMIT finished();
}

void Runner::runToCompletion(const Case &caseData)
{
    QEventLoop loop;
    connect(this, &Runner::finished, &loop, &QEventLoop::quit);
    start(caseData);
    if (m_running)
        loop.exec();
}

} // namespace Gpsi

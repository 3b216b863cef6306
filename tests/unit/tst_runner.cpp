#include <QJsonArray>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <stdexcept>

#include "engine/runner.h"
#include "testmodules.h"

using namespace Gpsi;
using GpsiTest::add;
using GpsiTest::metadata;

namespace {

Case oneCase()
{
    Case c;
    c.packagePaths = {QStringLiteral("\\\\fs01\\apps\\x.msi")};
    return c;
}

const CheckRun &runOf(const Runner &runner, const QString &id, const QString &subject = QString())
{
    for (const CheckRun &r : runner.runs()) {
        if (r.moduleId == id && (subject.isNull() || r.subject == subject))
            return r;
    }
    qFatal("no run for %s", qPrintable(id));
}

// Sleeps in small steps until cancelled or the time is up.
bool sleepCooperatively(const CheckContext &ctx, int ms)
{
    for (int waited = 0; waited < ms; waited += 10) {
        if (ctx.isCancelled())
            return false;
        QThread::msleep(10);
    }
    return true;
}

} // namespace

class TestRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dependencyOrder();
    void skipWithReason();
    void usedFactsOrderButDoNotBlock();
    void parallelism();
    void timeoutOfCooperativeModule();
    void timeoutOfStuckModule();
    void cancellation();
    void throwingModule();
    void undeclaredFactsAreDropped();
    void dependencyCycle();
    void otherPlatform();
    void caseScopeFactsAreShared();
    void factsStayWithTheirSubject();
    void rerunStartsFresh();
    void noVerdictAndNoInstance();
    void signalsAndClock();
    void restartFromASlot();
};

void TestRunner::dependencyOrder()
{
    QMutex mutex;
    QStringList order;
    auto record = [&](const QString &id, const QString &key) {
        return [&, id, key](CheckContext &ctx) {
            {
                QMutexLocker lock(&mutex);
                order << id;
            }
            ctx.addFact(key, true);
            return CheckResult::pass(id);
        };
    };
    ModuleRegistry registry;
    // Registered in reverse: the runner must still run a, then b, then c.
    add(registry, metadata(QStringLiteral("mc"), {QStringLiteral("b.y")}, {QStringLiteral("c.z")}),
        record(QStringLiteral("mc"), QStringLiteral("c.z")));
    add(registry, metadata(QStringLiteral("mb"), {QStringLiteral("a.x")}, {QStringLiteral("b.y")}),
        record(QStringLiteral("mb"), QStringLiteral("b.y")));
    add(registry, metadata(QStringLiteral("ma"), {}, {QStringLiteral("a.x")}),
        record(QStringLiteral("ma"), QStringLiteral("a.x")));
    Runner runner;
    runner.setModules(registry.modules());
    runner.runToCompletion(oneCase());
    QCOMPARE(order,
             (QStringList{QStringLiteral("ma"), QStringLiteral("mb"), QStringLiteral("mc")}));
    // The planned list is in dependency order too.
    QCOMPARE(runner.runs().at(0).moduleId, QStringLiteral("ma"));
    QCOMPARE(runner.runs().at(2).moduleId, QStringLiteral("mc"));
    for (const CheckRun &r : runner.runs())
        QCOMPARE(r.result.status, CheckStatus::Pass);
}

void TestRunner::skipWithReason()
{
    ModuleRegistry registry;
    add(registry, metadata(QStringLiteral("provider"), {}, {QStringLiteral("p.host")}),
        [](CheckContext &) {
            return CheckResult::fail(QStringLiteral("the path names no server"));
        });
    add(registry,
        metadata(QStringLiteral("consumer"), {QStringLiteral("p.host")}, {QStringLiteral("q.r")}),
        [](CheckContext &) { return CheckResult::pass(QStringLiteral("ran")); });
    add(registry,
        metadata(QStringLiteral("orphan"), {QStringLiteral("nobody.provides")},
                 {QStringLiteral("o.o")}),
        [](CheckContext &) { return CheckResult::pass(QStringLiteral("ran")); });
    Runner runner;
    runner.setModules(registry.modules());
    runner.runToCompletion(oneCase());
    const CheckRun &consumer = runOf(runner, QStringLiteral("consumer"));
    QCOMPARE(consumer.result.status, CheckStatus::Skipped);
    QVERIFY2(consumer.result.summary.contains(QStringLiteral("p.host")),
             qPrintable(consumer.result.summary));
    QVERIFY2(consumer.result.summary.contains(QStringLiteral("the path names no server")),
             qPrintable(consumer.result.summary));
    const CheckRun &orphan = runOf(runner, QStringLiteral("orphan"));
    QCOMPARE(orphan.result.status, CheckStatus::Skipped);
    QVERIFY(orphan.result.summary.contains(QStringLiteral("no installed module provides")));
}

void TestRunner::usedFactsOrderButDoNotBlock()
{
    // "uses": the consumer waits for the provider and reads its fact when there is one, and
    // runs all the same when the provider established nothing.
    for (const bool provide : {true, false}) {
        std::atomic<bool> providerDone{false};
        std::atomic<int> seen{-1};
        ModuleRegistry registry;
        QJsonObject consumer = metadata(QStringLiteral("consumer"), {}, {QStringLiteral("c.out")});
        consumer.insert(QStringLiteral("uses"), QJsonArray{QStringLiteral("p.name")});
        add(registry, consumer, [&](CheckContext &ctx) {
            seen = !providerDone ? 2 : ctx.fact(QStringLiteral("p.name")).isValid() ? 1 : 0;
            return CheckResult::pass(QStringLiteral("ran"));
        });
        add(registry, metadata(QStringLiteral("provider"), {}, {QStringLiteral("p.name:string")}),
            [&, provide](CheckContext &ctx) {
                QThread::msleep(50);
                if (provide)
                    ctx.addFact(QStringLiteral("p.name"), QStringLiteral("srv"));
                providerDone = true;
                return provide ? CheckResult::pass(QStringLiteral("named"))
                               : CheckResult::fail(QStringLiteral("no name"));
            });
        Runner runner;
        runner.setModules(registry.modules());
        runner.runToCompletion(oneCase());
        QCOMPARE(runOf(runner, QStringLiteral("consumer")).result.status, CheckStatus::Pass);
        QCOMPARE(seen.load(), provide ? 1 : 0);
        QCOMPARE(runner.runs().at(0).moduleId, QStringLiteral("provider"));
    }
}

void TestRunner::parallelism()
{
    std::atomic<int> running{0};
    std::atomic<int> peak{0};
    auto body = [&](CheckContext &ctx) {
        const int now = ++running;
        int seen = peak.load();
        while (now > seen && !peak.compare_exchange_weak(seen, now)) {
        }
        // Hold the slot until another module has joined (or a generous limit passes).
        for (int i = 0; i < 500 && peak.load() < 2 && !ctx.isCancelled(); ++i)
            QThread::msleep(5);
        --running;
        return CheckResult::pass(QStringLiteral("done"));
    };
    ModuleRegistry registry;
    for (int i = 0; i < 4; ++i)
        add(registry, metadata(QStringLiteral("p%1").arg(i), {}, {QStringLiteral("p%1.x").arg(i)}),
            body);
    Runner runner;
    runner.setMaxParallel(4);
    runner.setModules(registry.modules());
    runner.runToCompletion(oneCase());
    QVERIFY2(peak.load() >= 2, "independent modules did not overlap");
    QVERIFY(runner.peakParallelism() >= 2);
    for (const CheckRun &r : runner.runs())
        QCOMPARE(r.result.status, CheckStatus::Pass);

    // With one slot, they never overlap.
    peak = 0;
    Runner serial;
    serial.setMaxParallel(1);
    serial.setModules(registry.modules());
    ModuleRegistry single;
    add(single, metadata(QStringLiteral("s1"), {}, {QStringLiteral("s1.x")}), [&](CheckContext &) {
        const int now = ++running;
        peak = qMax(peak.load(), now);
        QThread::msleep(20);
        --running;
        return CheckResult::pass(QStringLiteral("ok"));
    });
    add(single, metadata(QStringLiteral("s2"), {}, {QStringLiteral("s2.x")}), [&](CheckContext &) {
        const int now = ++running;
        peak = qMax(peak.load(), now);
        QThread::msleep(20);
        --running;
        return CheckResult::pass(QStringLiteral("ok"));
    });
    serial.setModules(single.modules());
    serial.runToCompletion(oneCase());
    QCOMPARE(peak.load(), 1);
    QCOMPARE(serial.peakParallelism(), 1);
}

void TestRunner::timeoutOfCooperativeModule()
{
    std::atomic<bool> sawCancel{false};
    ModuleRegistry registry;
    add(registry, metadata(QStringLiteral("slow"), {}, {QStringLiteral("slow.x")}),
        [&](CheckContext &ctx) {
            if (!sleepCooperatively(ctx, 20000))
                sawCancel = true;
            return CheckResult::pass(QStringLiteral("finished late"));
        });
    add(registry, metadata(QStringLiteral("fast"), {}, {QStringLiteral("fast.x")}),
        [](CheckContext &) { return CheckResult::pass(QStringLiteral("fast")); });
    Runner runner;
    runner.setTimeoutMs(300);
    runner.setModules(registry.modules());
    runner.runToCompletion(oneCase());
    const CheckRun &slow = runOf(runner, QStringLiteral("slow"));
    QCOMPARE(slow.result.status, CheckStatus::Error);
    QVERIFY2(slow.result.summary.contains(QStringLiteral("Did not finish within 0.3 s")),
             qPrintable(slow.result.summary));
    QCOMPARE(runOf(runner, QStringLiteral("fast")).result.status, CheckStatus::Pass);
    QTRY_VERIFY_WITH_TIMEOUT(sawCancel.load(), 5000);
}

void TestRunner::timeoutOfStuckModule()
{
    // A module that ignores its cancellation cannot hold the run: the runner finishes at the
    // deadline while the module is still inside run().
    std::atomic<bool> inside{false};
    std::atomic<bool> release{false};
    ModuleRegistry registry;
    add(registry, metadata(QStringLiteral("stuck"), {}, {QStringLiteral("stuck.x")}),
        [&](CheckContext &ctx) {
            inside = true;
            while (!release.load())
                QThread::msleep(5);
            ctx.addFact(QStringLiteral("stuck.x"), true);
            return CheckResult::pass(QStringLiteral("too late"));
        });
    Runner runner;
    runner.setTimeoutMs(200);
    runner.setModules(registry.modules());
    runner.runToCompletion(oneCase());
    QVERIFY(inside.load());
    QCOMPARE(runner.runs().first().result.status, CheckStatus::Error);
    release = true;
    QTest::qWait(50);
    // Its late facts and verdict are ignored.
    QCOMPARE(runner.runs().first().result.status, CheckStatus::Error);
    QVERIFY(!runner.facts().contains(oneCase().packagePaths.first(), QStringLiteral("stuck.x")));
}

void TestRunner::cancellation()
{
    std::atomic<bool> started{false};
    std::atomic<bool> sawCancel{false};
    ModuleRegistry registry;
    add(registry, metadata(QStringLiteral("long"), {}, {QStringLiteral("long.x")}),
        [&](CheckContext &ctx) {
            started = true;
            if (!sleepCooperatively(ctx, 20000))
                sawCancel = true;
            return CheckResult::pass(QStringLiteral("done"));
        });
    add(registry,
        metadata(QStringLiteral("after"), {QStringLiteral("long.x")}, {QStringLiteral("after.x")}),
        [](CheckContext &) { return CheckResult::pass(QStringLiteral("ran")); });
    Runner runner;
    runner.setModules(registry.modules());
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start(oneCase());
    QTRY_VERIFY_WITH_TIMEOUT(started.load(), 5000);
    QVERIFY(runner.isRunning());
    runner.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!runner.isRunning());
    QVERIFY(runner.wasCancelled());
    QCOMPARE(runOf(runner, QStringLiteral("long")).result.status, CheckStatus::Error);
    QVERIFY(
        runOf(runner, QStringLiteral("long")).result.summary.contains(QStringLiteral("Cancelled")));
    QCOMPARE(runOf(runner, QStringLiteral("after")).result.status, CheckStatus::Skipped);
    QVERIFY(runOf(runner, QStringLiteral("after"))
                .result.summary.contains(QStringLiteral("Cancelled")));
    QTRY_VERIFY_WITH_TIMEOUT(sawCancel.load(), 5000);
    QTest::qWait(20);
    QCOMPARE(finished.size(), 1);
}

void TestRunner::throwingModule()
{
    ModuleRegistry registry;
    add(registry, metadata(QStringLiteral("thrower"), {}, {QStringLiteral("t.x")}),
        [](CheckContext &) -> CheckResult {
            throw std::runtime_error("parser exploded at offset 42");
        });
    add(registry, metadata(QStringLiteral("weird"), {}, {QStringLiteral("w.x")}),
        [](CheckContext &) -> CheckResult { throw 7; });
    add(registry, metadata(QStringLiteral("fine"), {}, {QStringLiteral("f.x")}),
        [](CheckContext &) { return CheckResult::pass(QStringLiteral("fine")); });
    Runner runner;
    runner.setModules(registry.modules());
    runner.runToCompletion(oneCase());
    const CheckRun &thrower = runOf(runner, QStringLiteral("thrower"));
    QCOMPARE(thrower.result.status, CheckStatus::Error);
    QVERIFY(thrower.result.summary.contains(QStringLiteral("parser exploded at offset 42")));
    QCOMPARE(runOf(runner, QStringLiteral("weird")).result.status, CheckStatus::Error);
    QVERIFY(runOf(runner, QStringLiteral("weird"))
                .result.summary.contains(QStringLiteral("unknown exception")));
    QCOMPARE(runOf(runner, QStringLiteral("fine")).result.status, CheckStatus::Pass);
}

void TestRunner::undeclaredFactsAreDropped()
{
    ModuleRegistry registry;
    add(registry, metadata(QStringLiteral("sloppy"), {}, {QStringLiteral("s.declared:integer")}),
        [](CheckContext &ctx) {
            ctx.addFact(QStringLiteral("s.declared"), 1);
            ctx.addFact(QStringLiteral("s.undeclared"), 2);
            return CheckResult::pass(QStringLiteral("ok"));
        });
    Runner runner;
    runner.setModules(registry.modules());
    runner.runToCompletion(oneCase());
    const QString subject = oneCase().packagePaths.first();
    QVERIFY(runner.facts().contains(subject, QStringLiteral("s.declared")));
    QVERIFY(!runner.facts().contains(subject, QStringLiteral("s.undeclared")));
    QVERIFY(runner.runs()
                .first()
                .result.evidence.join(QLatin1Char(' '))
                .contains(QStringLiteral("s.undeclared")));
    const Fact *f = runner.facts().find(subject, QStringLiteral("s.declared"));
    QCOMPARE(f->sourceId, QStringLiteral("sloppy"));
    QCOMPARE(f->subject, subject);
}

void TestRunner::dependencyCycle()
{
    ModuleRegistry registry;
    add(registry,
        metadata(QStringLiteral("mx"), {QStringLiteral("y.out")}, {QStringLiteral("x.out")}),
        [](CheckContext &) { return CheckResult::pass(QStringLiteral("mx")); });
    add(registry,
        metadata(QStringLiteral("my"), {QStringLiteral("x.out")}, {QStringLiteral("y.out")}),
        [](CheckContext &) { return CheckResult::pass(QStringLiteral("my")); });
    add(registry, metadata(QStringLiteral("free"), {}, {QStringLiteral("free.out")}),
        [](CheckContext &) { return CheckResult::pass(QStringLiteral("free")); });
    Runner runner;
    runner.setModules(registry.modules());
    QSignalSpy finished(&runner, &Runner::finished);
    runner.runToCompletion(oneCase());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(runOf(runner, QStringLiteral("mx")).result.status, CheckStatus::Skipped);
    QVERIFY(runOf(runner, QStringLiteral("mx")).result.summary.contains(QStringLiteral("cycle")));
    QCOMPARE(runOf(runner, QStringLiteral("my")).result.status, CheckStatus::Skipped);
    QCOMPARE(runOf(runner, QStringLiteral("free")).result.status, CheckStatus::Pass);
}

void TestRunner::otherPlatform()
{
    const QString other = ModuleMetadata::currentPlatform() == QLatin1String("windows")
                              ? QStringLiteral("linux")
                              : QStringLiteral("windows");
    ModuleRegistry registry;
    add(registry,
        metadata(QStringLiteral("native"), {}, {QStringLiteral("n.x")}, QStringLiteral("package"),
                 {other}),
        [](CheckContext &) { return CheckResult::pass(QStringLiteral("ran")); });
    Runner runner;
    runner.setModules(registry.modules());
    runner.runToCompletion(oneCase());
    QCOMPARE(runner.runs().first().result.status, CheckStatus::Skipped);
    QVERIFY(runner.runs().first().result.summary.contains(other));
}

void TestRunner::caseScopeFactsAreShared()
{
    std::atomic<int> caseRuns{0};
    ModuleRegistry registry;
    add(registry,
        metadata(QStringLiteral("reader"), {QStringLiteral("ev.count")},
                 {QStringLiteral("reader.seen:integer")}),
        [](CheckContext &ctx) {
            ctx.addFact(QStringLiteral("reader.seen"), ctx.fact(QStringLiteral("ev.count")));
            return CheckResult::pass(QStringLiteral("seen"));
        });
    add(registry,
        metadata(QStringLiteral("events"), {}, {QStringLiteral("ev.count:integer")},
                 QStringLiteral("case")),
        [&](CheckContext &ctx) {
            ++caseRuns;
            ctx.addFact(QStringLiteral("ev.count"), 3);
            return CheckResult::pass(QStringLiteral("3 events"));
        });
    Case c;
    c.packagePaths = {QStringLiteral("\\\\a\\s\\1.msi"), QStringLiteral("\\\\b\\s\\2.msi")};
    Runner runner;
    runner.setModules(registry.modules());
    runner.runToCompletion(c);
    QCOMPARE(caseRuns.load(), 1);
    QCOMPARE(runner.runs().size(), 3);
    QCOMPARE(runner.runs().first().moduleId, QStringLiteral("events"));
    QVERIFY(runner.runs().first().subject.isEmpty());
    for (const QString &p : c.packagePaths)
        QCOMPARE(runner.facts().value(p, QStringLiteral("reader.seen")).toInt(), 3);
}

void TestRunner::factsStayWithTheirSubject()
{
    ModuleRegistry registry;
    add(registry, metadata(QStringLiteral("echo"), {}, {QStringLiteral("echo.subject:string")}),
        [](CheckContext &ctx) {
            ctx.addFact(QStringLiteral("echo.subject"), ctx.subject());
            return CheckResult::pass(ctx.subject());
        });
    Case c;
    c.packagePaths = {QStringLiteral("one"), QStringLiteral("two")};
    Runner runner;
    runner.setModules(registry.modules());
    runner.runToCompletion(c);
    QCOMPARE(runner.facts().value(QStringLiteral("one"), QStringLiteral("echo.subject")).toString(),
             QStringLiteral("one"));
    QCOMPARE(runner.facts().value(QStringLiteral("two"), QStringLiteral("echo.subject")).toString(),
             QStringLiteral("two"));
    // Parallel runs finish in any order: compare the subjects as a set.
    QStringList subjects = runner.facts().subjects();
    subjects.sort();
    QCOMPARE(subjects, (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
}

void TestRunner::rerunStartsFresh()
{
    std::atomic<int> calls{0};
    ModuleRegistry registry;
    add(registry, metadata(QStringLiteral("count"), {}, {QStringLiteral("count.n:integer")}),
        [&](CheckContext &ctx) {
            ctx.addFact(QStringLiteral("count.n"), ++calls);
            return CheckResult::pass(QStringLiteral("n"));
        });
    Runner runner;
    runner.setModules(registry.modules());
    runner.runToCompletion(oneCase());
    runner.runToCompletion(oneCase());
    QCOMPARE(calls.load(), 2);
    QCOMPARE(runner.facts().size(), 1);
    QCOMPARE(runner.facts().all().first().value.toInt(), 2);
    QVERIFY(!runner.wasCancelled());
}

void TestRunner::noVerdictAndNoInstance()
{
    ModuleRegistry registry;
    add(registry, metadata(QStringLiteral("pending"), {}, {QStringLiteral("p.x")}),
        [](CheckContext &) { return CheckResult{}; });
    QVERIFY(registry.registerModule(metadata(QStringLiteral("null"), {}, {QStringLiteral("n.x")}),
                                    [] { return std::unique_ptr<CheckModule>(); }));
    QVERIFY(registry.registerModule(
        metadata(QStringLiteral("ctor-throws"), {}, {QStringLiteral("c.x")}),
        []() -> std::unique_ptr<CheckModule> { throw std::runtime_error("no"); }));
    Runner runner;
    runner.setModules(registry.modules());
    runner.runToCompletion(oneCase());
    QCOMPARE(runOf(runner, QStringLiteral("pending")).result.status, CheckStatus::Error);
    QVERIFY(runOf(runner, QStringLiteral("pending"))
                .result.summary.contains(QStringLiteral("no verdict")));
    QCOMPARE(runOf(runner, QStringLiteral("null")).result.status, CheckStatus::Error);
    QCOMPARE(runOf(runner, QStringLiteral("ctor-throws")).result.status, CheckStatus::Error);
}

void TestRunner::signalsAndClock()
{
    ModuleRegistry registry;
    add(registry, metadata(QStringLiteral("ma"), {}, {QStringLiteral("a.x:string")}),
        [](CheckContext &ctx) {
            ctx.addFact(QStringLiteral("a.x"), QStringLiteral("v"), QStringLiteral("raw"));
            return CheckResult::warning(QStringLiteral("careful"), {QStringLiteral("line")});
        });
    add(registry,
        metadata(QStringLiteral("mb"), {QStringLiteral("zzz.zzz")}, {QStringLiteral("b.x")}),
        [](CheckContext &) { return CheckResult::pass(QStringLiteral("mb")); });
    const QDateTime fixed(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
    Runner runner;
    runner.setClock(std::make_shared<FixedClock>(fixed));
    runner.setModules(registry.modules());
    QSignalSpy planned(&runner, &Runner::planned);
    QSignalSpy started(&runner, &Runner::checkStarted);
    QSignalSpy done(&runner, &Runner::checkFinished);
    QSignalSpy progress(&runner, &Runner::progressChanged);
    runner.runToCompletion(oneCase());
    QCOMPARE(planned.size(), 1);
    QCOMPARE(started.size(), 1); // the skipped module never starts
    QCOMPARE(done.size(), 2);
    QCOMPARE(progress.last().at(0).toInt(), 2);
    QCOMPARE(progress.last().at(1).toInt(), 2);
    QCOMPARE(runner.runs().first().startedAt, fixed);
    QCOMPARE(runner.runs().first().durationMs, 0);
    const Fact &f = runner.facts().all().first();
    QCOMPARE(f.observedAt, fixed);
    QCOMPARE(f.evidence, QStringLiteral("raw"));
    QCOMPARE(runner.runs().first().result.evidence, QStringList{QStringLiteral("line")});
}

void TestRunner::restartFromASlot()
{
    // A slot that starts a new run (or cancels) while the runner is inside its own loop: the
    // runner must let go of the old run's jobs and carry on with the new one.
    ModuleRegistry registry;
    for (int i = 0; i < 3; ++i) {
        add(registry,
            metadata(QStringLiteral("rs%1").arg(i), {}, {QStringLiteral("rs%1.x").arg(i)}),
            [](CheckContext &) { return CheckResult::pass(QStringLiteral("ok")); });
    }
    add(registry,
        metadata(QStringLiteral("skipme"), {QStringLiteral("nobody.has")}, {QStringLiteral("s.x")}),
        [](CheckContext &) { return CheckResult::pass(QStringLiteral("never")); });
    Case c;
    for (int i = 0; i < 20; ++i)
        c.packagePaths << QStringLiteral("\\\\s%1\\a\\b.msi").arg(i);
    Runner runner;
    runner.setModules(registry.modules());
    int restarts = 0;
    int cancels = 0;
    connect(&runner, &Runner::checkFinished, &runner, [&](int) {
        if (restarts++ == 0)
            runner.start(c);
    });
    connect(&runner, &Runner::checkStarted, &runner, [&](int) {
        if (restarts > 0 && cancels++ == 3)
            runner.cancel();
    });
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start(c);
    QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning() && finished.size() >= 1, 10000);
    QTest::qWait(50);
    QVERIFY(!runner.isRunning());
    QCOMPARE(runner.runs().size(), 80);
    for (const CheckRun &r : runner.runs())
        QVERIFY(isFinished(r.result.status));
    QVERIFY(runner.wasCancelled());
}

QTEST_GUILESS_MAIN(TestRunner)
#include "tst_runner.moc"

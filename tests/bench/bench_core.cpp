// Throughput of the pieces a fleet run repeats per package: path classification, the
// knowledge-base evaluation and report rendering. Run on demand; see docs/benchmarks.md.
#include <QTest>

#include "checks/builtinmodules.h"
#include "engine/diagnosis.h"
#include "engine/packagepath.h"
#include "engine/runner.h"
#include "report/reportmodel.h"
#include "report/reportrenderer.h"

using namespace Gpsi;

class BenchCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void classifyPaths();
    void evaluateKnowledgeBase();
    void renderReports();

private:
    QStringList m_paths;
    ReportModel m_model;
};

void BenchCore::initTestCase()
{
    const QStringList shapes = {QStringLiteral("\\\\fs%1.example.com\\apps\\office\\pkg%1.msi"),
                                QStringLiteral("Z:\\Software\\pkg%1.msi"),
                                QStringLiteral("\\\\10.0.%1.1\\C$\\pkg.msi"),
                                QStringLiteral("0:\\\\srv%1\\share$\\sub\\..\\p|%1.mst")};
    for (int i = 0; i < 1000; ++i)
        m_paths << shapes.at(i % shapes.size()).arg(i % 250);

    Case c;
    for (int i = 0; i < 100; ++i)
        c.packagePaths << m_paths.at(i);
    for (int i = 0; i < 250; ++i)
        c.options.hostOverrides.insert(QStringLiteral("fs%1.example.com").arg(i),
                                       QStringLiteral("127.0.0.1"));
    ModuleRegistry registry;
    registerBuiltinModules(registry);
    Runner runner;
    runner.setClock(
        std::make_shared<FixedClock>(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC)));
    // Only the package-path module: name resolution would measure the resolver, not our code.
    runner.setModules({*registry.find(QStringLiteral("package-path"))});
    runner.runToCompletion(c);
    const Diagnosis d =
        KnowledgeBase::builtin().evaluate(runner.facts(), c.packagePaths, runner.runs());
    m_model = ReportModel::build(c, runner.runs(), runner.facts(), d,
                                 QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
}

void BenchCore::classifyPaths()
{
    QBENCHMARK
    {
        for (const QString &p : std::as_const(m_paths))
            (void)PackagePath::parse(p);
    }
}

void BenchCore::evaluateKnowledgeBase()
{
    QBENCHMARK
    {
        (void)KnowledgeBase::builtin().evaluate(m_model.facts, m_model.caseData.packagePaths,
                                                m_model.checks);
    }
}

void BenchCore::renderReports()
{
    QBENCHMARK
    {
        (void)ReportRenderer::toJson(m_model);
        (void)ReportRenderer::toHtml(m_model);
        (void)ReportRenderer::toText(m_model);
    }
}

QTEST_GUILESS_MAIN(BenchCore)
#include "bench_core.moc"

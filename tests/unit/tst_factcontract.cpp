// The fact contract (issue 12): every module's "provides" declarations against what the modules
// really do. The built-in modules run over fixtures that reach every branch a fact comes from
// (path forms, the NT 4.0 simulator on loopback, event logs of XP and Windows 7); a declared,
// non-optional fact that no run produces fails, and so does any fact a module hands on or
// reads against its metadata. The built-in knowledge base is checked against the declarations.
#include <QDir>
#include <QTest>

#include "checks/builtinmodules.h"
#include "engine/diagnosis.h"
#include "engine/runner.h"
#include "probes/nt4simulator.h"

using namespace Gpsi;

class TestFactContract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void builtinKnowledgeKeepsTheContract();
    void everyModuleKeepsItsDeclarations();
    void brokenKnowledgeNamesEveryProblem();

private:
    QList<CheckRun> runCase(const Case &c);

    ModuleRegistry m_registry;
    Nt4Simulator m_nt4;
};

void TestFactContract::initTestCase()
{
    registerBuiltinModules(m_registry);
    m_registry.checkFactReferences();
    QVERIFY2(m_registry.errors().isEmpty(), qPrintable(m_registry.errorLines().join(u'\n')));
    QString error;
    QVERIFY2(m_nt4.start(&error), qPrintable(error));
}

QList<CheckRun> TestFactContract::runCase(const Case &c)
{
    Runner runner;
    runner.setModules(m_registry.modules());
    runner.runToCompletion(c);
    return runner.runs();
}

void TestFactContract::builtinKnowledgeKeepsTheContract()
{
    const QStringList problems = KnowledgeBase::builtin().checkAgainst(m_registry.contract());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestFactContract::everyModuleKeepsItsDeclarations()
{
    if (qEnvironmentVariable("GPSI_TEST_NETNS") != QLatin1String("1"))
        QSKIP("resolves names and may ask a KDC: runs in the tests' private namespace "
              "(tests/netns-run.sh)");
    // The NT 4.0 simulator stands in for the server of every UNC path (host override, its
    // port); the Kerberos check asks no KDC here (the credential cache is an empty one).
    qputenv("KRB5CCNAME", "MEMORY:gpsi-fact-contract");
    qputenv("KRB5_CONFIG", "/dev/null");
    const QString events = QStringLiteral(GPSI_FIXTURE_DIR "/events/");
    Case c;
    c.packagePaths = {QStringLiteral("\\\\nt4srv.example.test\\apps\\office.msi"),
                      QStringLiteral("\\\\127.0.0.1\\apps\\x.msi"),
                      QStringLiteral("\\\\nt4srv\\c$\\packages\\a.msi"),
                      QStringLiteral("1:\\\\nt4srv.example.test\\apps\\fix.mst"),
                      QStringLiteral("Z:\\apps\\office.msi"),
                      QStringLiteral("file://nt4srv.example.test/apps/x.msi"),
                      QStringLiteral("https://cdn.example.test/x.msi"),
                      QStringLiteral("apps\\x.msi"),
                      QStringLiteral("\\\\?\\UNC\\nt4srv.example.test\\apps\\off|ce.msi")};
    c.options.hostOverrides = {{QStringLiteral("nt4srv.example.test"), QStringLiteral("127.0.0.1")},
                               {QStringLiteral("nt4srv"), QStringLiteral("127.0.0.1")},
                               {QStringLiteral("cdn.example.test"), QStringLiteral("127.0.0.1")}};
    // Like NT 4.0: nothing on the direct-hosted SMB port (port 1 refuses on loopback), the
    // simulator on the NetBIOS session service.
    c.options.smbPort = 1;
    c.options.nbssPort = m_nt4.port();
    c.options.connectTimeoutSeconds = 2;
    c.options.checkTimeoutSeconds = 20;
    for (const QString &name :
         {QStringLiteral("kb323304-xp.evt"), QStringLiteral("kb323304-win7-system.evtx"),
          QStringLiteral("kb323304-win7-gpoperational.evtx")})
        c.evidence << EvidenceFile{events + name, {}};

    QSet<QString> produced;
    QStringList broken;
    for (const CheckRun &run : runCase(c)) {
        for (const Fact &f : run.facts)
            produced << f.key;
        for (const QString &line : run.result.evidence) {
            if (line.startsWith(QLatin1String("Ignored fact")) ||
                line.startsWith(QLatin1String("Did not read fact")))
                broken << run.moduleId + QStringLiteral(": ") + line;
        }
    }
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'\n')));
    // The fixtures reach far: most declared facts, optional ones included, are produced.
    qInfo("%lld distinct facts produced", qint64(produced.size()));
    QVERIFY(produced.size() >= 110);
    QStringList never;
    for (const ModuleDescriptor &d : m_registry.modules()) {
        for (const FactDeclaration &f : d.metadata.declarations) {
            if (!f.optional && !f.isFamily() && !produced.contains(f.key))
                never << d.metadata.id + QStringLiteral(": ") + f.key;
        }
    }
    QVERIFY2(never.isEmpty(),
             qPrintable(QStringLiteral("declared, not optional, never produced:\n") +
                        never.join(u'\n')));
}

void TestFactContract::brokenKnowledgeNamesEveryProblem()
{
    KnowledgeBase kb;
    QStringList errors;
    QVERIFY2(KnowledgeBase::loadFile(
                 QStringLiteral(GPSI_FIXTURE_DIR "/knowledge/broken-contract.json"), &kb, &errors),
             qPrintable(errors.join(u'\n')));
    const QStringList problems = kb.checkAgainst(m_registry.contract());
    const QStringList expected = {
        QStringLiteral("causes[0] (GPSI-SITE-BAD).when.all[0].equals: \"windows-nt5\" is not a "
                       "value of \"server.os.family\""),
        QStringLiteral("causes[0] (GPSI-SITE-BAD).when.all[1].greaterThan: \"server.smb.signing\" "
                       "is a string fact; \"greaterThan\" does not apply to it"),
        QStringLiteral("causes[0] (GPSI-SITE-BAD).when.all[2].equals: \"server.reachable\" is a "
                       "bool fact; compare it with a bool"),
        QStringLiteral("causes[0] (GPSI-SITE-BAD).when.all[3].fact: \"server.uptime\" is not a "
                       "fact any loaded module declares"),
        QStringLiteral("causes[0] (GPSI-SITE-BAD).support[0].when.in[1]: \"smb-url\" is not a "
                       "value of \"path.kind\""),
        QStringLiteral("causes[0] (GPSI-SITE-BAD).title: placeholder {server.os.flavour} names no "
                       "fact any loaded module declares"),
        QStringLiteral("causes[0] (GPSI-SITE-BAD).fix[1]: placeholder {path.sahre} names no fact")};
    QCOMPARE(problems.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(problems.at(i).startsWith(expected.at(i)), qPrintable(problems.at(i)));
}

QTEST_GUILESS_MAIN(TestFactContract)
#include "tst_factcontract.moc"

// The Kerberos check against a real MIT KDC on loopback (tests/fixtures/kdc.sh): a throwaway
// realm EXAMPLE.TEST with a user, host/ and cifs/win2k3.example.test, host/client.example.test
// (in a keytab) and deliberately nothing for nt4.example.test. Runs only inside
// tests/netns-run.sh: the check is given host names and looks up SRV records.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "checks/builtinmodules.h"
#include "cli/diagnosecommand.h"
#include "engine/moduleregistry.h"
#include "probes/authprobe.h"
#include "probes/realmdiscovery.h"
#include "report/reportmodel.h"
#include "support/clirun.h"
#include "support/loopbackserver.h"

using namespace Gpsi;
using GpsiTest::LoopbackServer;
using namespace GpsiTest;

namespace {

constexpr quint32 kGssNoCred = 0x00070000u;       // GSS_S_NO_CRED
constexpr quint32 kGssFailure = 0x000d0000u;      // GSS_S_FAILURE
constexpr quint32 kPrincipalUnknown = 0x96c73a07; // KRB5KDC_ERR_S_PRINCIPAL_UNKNOWN
constexpr quint32 kKdcUnreach = 0x96c73a9c;       // KRB5_KDC_UNREACH

RunResult kdc(const QStringList &args)
{
    return runFixture(QStringLiteral("kdc.sh"), args);
}

AuthProbe::Result ask(const QString &host, const QString &keytab = {},
                      const QString &principal = {}, int timeoutMs = 15000)
{
    SystemAuthProbe probe;
    AuthProbe::Options o;
    o.host = host;
    o.keytab = keytab;
    o.clientPrincipal = principal;
    o.timeoutMs = timeoutMs;
    return probe.requestTicket(o);
}

QString why(const AuthProbe::Result &r)
{
    return AuthProbe::outcomeId(r.outcome) + QLatin1Char(' ') + r.statusLine() + QLatin1Char('\n') +
           r.steps.join(QLatin1Char('\n'));
}

} // namespace

class TestKerberos : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_dir; // the realm's directory
    bool m_started = false;
    QString file(const QString &name) const { return m_dir + QLatin1Char('/') + name; }
    void useCache(const QString &name)
    {
        qputenv("KRB5CCNAME", QStringLiteral("FILE:%1").arg(file(name)).toUtf8());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("GPSI_TEST_NETNS") != QLatin1String("1"))
            QSKIP("needs the private namespace of tests/netns-run.sh (root): the Kerberos check "
                  "is given host names and asks DNS for SRV records");
        QVERIFY(m_tmp.isValid());
        m_dir = m_tmp.filePath(QStringLiteral("realm"));
        const quint16 port = LoopbackServer::closedPort();
        RunResult run = kdc({QStringLiteral("start"), m_dir, QString::number(port)});
        if (run.exitCode == 77)
            QSKIP(qPrintable(QStringLiteral("no MIT KDC here: ") + run.text().trimmed()));
        QVERIFY2(run.exitCode == 0, qPrintable(run.text()));
        m_started = true;
        qputenv("KRB5_CONFIG", file(QStringLiteral("krb5.conf")).toUtf8());
        qputenv("KRB5_KDC_PROFILE", file(QStringLiteral("kdc.conf")).toUtf8());
        useCache(QStringLiteral("ccache"));
        run = kdc({QStringLiteral("kinit"), m_dir});
        QVERIFY2(run.exitCode == 0, qPrintable(run.text()));
        // A copy that will never hold a service ticket (for the clock-skew test).
        QVERIFY(QFile::copy(file(QStringLiteral("ccache")), file(QStringLiteral("tgt-only"))));
    }

    void cleanupTestCase()
    {
        if (m_started)
            kdc({QStringLiteral("stop"), m_dir});
    }

    void init() { useCache(QStringLiteral("ccache")); }

    void realmFromConfiguration()
    {
        RealmDiscovery::Options o;
        o.host = QStringLiteral("win2k3.example.test");
        o.timeoutMs = 3000;
        QElapsedTimer t;
        t.start();
        const RealmDiscovery::Result r = RealmDiscovery::discover(o);
        QCOMPARE(r.defaultRealm, QStringLiteral("EXAMPLE.TEST"));
        QCOMPARE(r.hostRealm, QStringLiteral("EXAMPLE.TEST"));
        QCOMPARE(r.dnsDomain, QStringLiteral("example.test"));
        QCOMPARE(r.kerberosSrvName, QStringLiteral("_kerberos._tcp.example.test"));
        QCOMPARE(r.dcSrvName, QStringLiteral("_ldap._tcp.dc._msdcs.example.test"));
        // No DNS server in the namespace: the records are absent, which is a fact, not a hang.
        QVERIFY(r.kerberosLookup != RealmDiscovery::Lookup::Found);
        QVERIFY(r.dcLookup != RealmDiscovery::Lookup::Found);
        QVERIFY2(t.elapsed() < 4000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(RealmDiscovery::dnsDomainOf(QStringLiteral("nt4srv")), QString());
        QCOMPARE(RealmDiscovery::dnsDomainOf(QStringLiteral("10.1.2.3")), QString());
        QCOMPARE(RealmDiscovery::dnsDomainOf(QStringLiteral("a.B.example.")),
                 QStringLiteral("b.example"));
    }

    void ticketIssued()
    {
        const AuthProbe::Result r = ask(QStringLiteral("win2k3.example.test"));
        QVERIFY2(r.outcome == AuthProbe::Outcome::Issued, qPrintable(why(r)));
        QCOMPARE(r.spn, QStringLiteral("cifs/win2k3.example.test"));
        QCOMPARE(r.targetName, QStringLiteral("cifs/win2k3.example.test@EXAMPLE.TEST"));
        QCOMPARE(r.realm, QStringLiteral("EXAMPLE.TEST"));
        QCOMPARE(r.clientPrincipal, QStringLiteral("user@EXAMPLE.TEST"));
        QVERIFY2(r.ticketEnctypeName.startsWith(QLatin1String("aes")), qPrintable(why(r)));
        QVERIFY(!r.sessionEnctypeName.isEmpty());
        QVERIFY2(r.lifetimeSeconds > 3600 && r.lifetimeSeconds <= 10 * 3600, qPrintable(why(r)));
        QVERIFY(r.endTime.isValid());
        QVERIFY(r.backend.startsWith(QLatin1String("gssapi")));
        QVERIFY(r.credentialSource.contains(file(QStringLiteral("ccache"))));
    }

    void unknownPrincipal()
    {
        const AuthProbe::Result r = ask(QStringLiteral("nt4.example.test"));
        QVERIFY2(r.outcome == AuthProbe::Outcome::UnknownPrincipal, qPrintable(why(r)));
        QCOMPARE(r.majorStatus, kGssFailure);
        QCOMPARE(r.minorStatus, kPrincipalUnknown);
        QVERIFY2(r.minorText.contains(QLatin1String("not found in Kerberos database")),
                 qPrintable(r.minorText));
        QVERIFY(r.minorText.contains(QLatin1String("cifs/nt4.example.test")));
        QCOMPARE(r.spn, QStringLiteral("cifs/nt4.example.test"));
    }

    void noCredentials()
    {
        useCache(QStringLiteral("no-such-cache"));
        const AuthProbe::Result r = ask(QStringLiteral("win2k3.example.test"));
        QVERIFY2(r.outcome == AuthProbe::Outcome::NoCredentials, qPrintable(why(r)));
        QCOMPARE(r.majorStatus, kGssNoCred);
        QVERIFY(!r.minorText.isEmpty());
    }

    void keytabActsAsHostPrincipal()
    {
        const QByteArray before = [&] {
            QFile f(file(QStringLiteral("ccache")));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        // No credential cache at all: the keytab alone must do.
        useCache(QStringLiteral("no-such-cache"));
        const AuthProbe::Result r =
            ask(QStringLiteral("win2k3.example.test"), file(QStringLiteral("host.keytab")));
        QVERIFY2(r.outcome == AuthProbe::Outcome::Issued, qPrintable(why(r)));
        QCOMPARE(r.clientPrincipal, QStringLiteral("host/client.example.test@EXAMPLE.TEST"));
        QVERIFY(r.credentialSource.contains(QLatin1String("host.keytab")));
        QVERIFY(!r.ticketEnctypeName.isEmpty());
        QVERIFY(!QFile::exists(file(QStringLiteral("no-such-cache"))));
        QFile f(file(QStringLiteral("ccache")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before); // the user's cache is neither read nor changed

        // The same keytab and a name the KDC does not know.
        const AuthProbe::Result nt4 =
            ask(QStringLiteral("nt4.example.test"), file(QStringLiteral("host.keytab")));
        QVERIFY2(nt4.outcome == AuthProbe::Outcome::UnknownPrincipal, qPrintable(why(nt4)));
    }

    void keytabProblems()
    {
        const AuthProbe::Result missing =
            ask(QStringLiteral("win2k3.example.test"), file(QStringLiteral("missing.keytab")));
        QVERIFY2(missing.outcome == AuthProbe::Outcome::NoCredentials, qPrintable(why(missing)));
        const AuthProbe::Result wrongPrincipal =
            ask(QStringLiteral("win2k3.example.test"), file(QStringLiteral("host.keytab")),
                QStringLiteral("nobody@EXAMPLE.TEST"));
        QVERIFY2(wrongPrincipal.outcome == AuthProbe::Outcome::NoCredentials,
                 qPrintable(why(wrongPrincipal)));
    }

    void moduleAndKnowledgeBase()
    {
        Case c;
        c.packagePaths = {QStringLiteral("\\\\win2k3.example.test\\apps\\x.msi"),
                          QStringLiteral("\\\\nt4.example.test\\apps\\x.msi"),
                          QStringLiteral("Z:\\apps\\x.msi")};
        c.options.connectTimeoutSeconds = 1;
        ModuleRegistry registry;
        registerBuiltinModules(registry);
        const ReportModel model = DiagnoseCommand::diagnose(c, registry, Clock::system(), nullptr);
        const QString win = c.packagePaths.at(0), nt4 = c.packagePaths.at(1);
        const QString drive = c.packagePaths.at(2);
        QCOMPARE(model.facts.value(win, QStringLiteral("auth.kerberos.ticket")).toString(),
                 QStringLiteral("issued"));
        QCOMPARE(model.facts.value(win, QStringLiteral("auth.kerberos.realm")).toString(),
                 QStringLiteral("EXAMPLE.TEST"));
        QCOMPARE(model.facts.value(nt4, QStringLiteral("auth.kerberos.ticket")).toString(),
                 QStringLiteral("unknown-principal"));
        QCOMPARE(model.facts.value(nt4, QStringLiteral("auth.kerberos.spn")).toString(),
                 QStringLiteral("cifs/nt4.example.test"));
        QVERIFY(model.facts.value(nt4, QStringLiteral("auth.kerberos.error"))
                    .toString()
                    .contains(QLatin1String("not found in Kerberos database")));
        QVERIFY(!model.facts.contains(drive, QStringLiteral("auth.kerberos.ticket")));
        bool sawKerberos = false;
        for (const CheckRun &run : model.checks) {
            if (run.moduleId != QLatin1String("kerberos"))
                continue;
            sawKerberos = true;
            if (run.subject == drive)
                QCOMPARE(run.result.status, CheckStatus::Skipped);
            else if (run.subject == win)
                QCOMPARE(run.result.status, CheckStatus::Pass);
            else
                QCOMPARE(run.result.status, CheckStatus::Fail);
        }
        QVERIFY(sawKerberos);
        bool noSpn = false;
        for (const Finding &f : model.diagnosis.findings) {
            QVERIFY2(!(f.subject == win && f.causeId.startsWith(QLatin1String("GPSI-KERB-"))),
                     qPrintable(f.causeId));
            if (f.subject == nt4 && f.causeId == QLatin1String("GPSI-KERB-NO-SPN")) {
                noSpn = true;
                QVERIFY(f.title.contains(QLatin1String("cifs/nt4.example.test")));
                QVERIFY(f.fix.join(QLatin1Char('\n'))
                            .contains(QLatin1String("setspn -S cifs/nt4.example.test")));
            }
        }
        QVERIFY(noSpn);
    }

    // The module still asks the KDC when the name does not resolve.
    void unresolvedNameStillAsked()
    {
        Case c;
        c.packagePaths = {QStringLiteral("\\\\ghost.example.test\\apps\\x.msi")};
        ModuleRegistry registry;
        registerBuiltinModules(registry);
        const ReportModel model = DiagnoseCommand::diagnose(c, registry, Clock::system(), nullptr);
        const QString p = c.packagePaths.at(0);
        QCOMPARE(model.facts.value(p, QStringLiteral("name.resolved")).toBool(), false);
        QCOMPARE(model.facts.value(p, QStringLiteral("auth.kerberos.ticket")).toString(),
                 QStringLiteral("unknown-principal"));
        for (const CheckRun &run : model.checks) {
            if (run.moduleId == QLatin1String("kerberos"))
                QVERIFY2(run.result.summary.contains(QLatin1String("does not resolve here")),
                         qPrintable(run.result.summary));
        }
    }

    void commandLine()
    {
        if (doctorBinary().isEmpty())
            QSKIP("GPSI_DOCTOR_BIN not set");
        // Unknown principal: the finding with the setspn fix; the report carries the SPN and
        // the KDC's exact answer.
        CliRun r = runDiagnose(
            {QStringLiteral("--package"), QStringLiteral("\\\\nt4.example.test\\apps\\x.msi")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(findingIds(r.report).contains(QLatin1String("GPSI-KERB-NO-SPN")),
                 qPrintable(findingIds(r.report).join(QLatin1Char(' '))));
        QCOMPARE(factValue(r.report, QStringLiteral("auth.kerberos.spn")).toString(),
                 QStringLiteral("cifs/nt4.example.test"));
        QVERIFY(factValue(r.report, QStringLiteral("auth.kerberos.status"))
                    .toString()
                    .contains(QLatin1String("0x96c73a07")));
        const QJsonObject noSpn = finding(r.report, QStringLiteral("GPSI-KERB-NO-SPN"));
        QVERIFY(noSpn.value(QStringLiteral("explanation"))
                    .toString()
                    .contains(QLatin1String("not found in Kerberos database")));

        // Keytab mode as the host principal: ticket issued, no Kerberos finding.
        useCache(QStringLiteral("no-such-cache"));
        r = runDiagnose({QStringLiteral("--package"),
                         QStringLiteral("\\\\win2k3.example.test\\apps\\x.msi"),
                         QStringLiteral("--keytab"), file(QStringLiteral("host.keytab"))});
        QCOMPARE(factValue(r.report, QStringLiteral("auth.kerberos.ticket")).toString(),
                 QStringLiteral("issued"));
        QCOMPARE(factValue(r.report, QStringLiteral("auth.kerberos.client")).toString(),
                 QStringLiteral("host/client.example.test@EXAMPLE.TEST"));
        QCOMPARE(factValue(r.report, QStringLiteral("auth.kerberos.client.computer")).toBool(),
                 true);
        for (const QString &id : findingIds(r.report))
            QVERIFY2(!id.startsWith(QLatin1String("GPSI-KERB-")), qPrintable(id));

        // No credentials: the advice to run as the computer account.
        r = runDiagnose(
            {QStringLiteral("--package"), QStringLiteral("\\\\win2k3.example.test\\apps\\x.msi")});
        const QJsonObject noCred = finding(r.report, QStringLiteral("GPSI-KERB-NO-CREDENTIALS"));
        QVERIFY2(!noCred.isEmpty(), qPrintable(findingIds(r.report).join(QLatin1Char(' '))));
        QVERIFY(QJsonDocument(noCred.value(QStringLiteral("fix")).toArray())
                    .toJson()
                    .contains("--keytab /etc/krb5.keytab"));

        // An unreadable keytab is a usage error, said at once.
        r = runDiagnose({QStringLiteral("--package"),
                         QStringLiteral("\\\\win2k3.example.test\\apps\\x.msi"),
                         QStringLiteral("--keytab"), file(QStringLiteral("missing.keytab"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.stderrText.contains(QLatin1String("missing.keytab")));
    }

    // A client clock two hours ahead (libfaketime on the gpsi-doctor process only): the KDC
    // answers KRB_AP_ERR_SKEW to the ticket request made with a TGT obtained at the real time.
    void clockSkew()
    {
        if (doctorBinary().isEmpty())
            QSKIP("GPSI_DOCTOR_BIN not set");
        const QString faketime = QStandardPaths::findExecutable(QStringLiteral("faketime"));
        if (faketime.isEmpty())
            QSKIP("faketime (Debian package faketime) is not installed");
        useCache(QStringLiteral("tgt-only"));
        qputenv("FAKETIME_DONT_FAKE_MONOTONIC", "1");
        const CliRun r = runDiagnose(
            {QStringLiteral("--package"), QStringLiteral("\\\\win2k3.example.test\\apps\\y.msi")},
            {faketime, QStringLiteral("-f"), QStringLiteral("+2h")});
        qunsetenv("FAKETIME_DONT_FAKE_MONOTONIC");
        QCOMPARE(factValue(r.report, QStringLiteral("auth.kerberos.ticket")).toString(),
                 QStringLiteral("clock-skew"));
        QVERIFY(factValue(r.report, QStringLiteral("auth.kerberos.status"))
                    .toString()
                    .contains(QLatin1String("0x96c73a25"))); // KRB5KRB_AP_ERR_SKEW
        QVERIFY2(findingIds(r.report).contains(QLatin1String("GPSI-KERB-CLOCK-SKEW")),
                 qPrintable(findingIds(r.report).join(QLatin1Char(' '))));
        QCOMPARE(r.exitCode, 1);
    }

    // A KDC that accepts the connection and never answers: a verdict within the deadline.
    void silentKdc()
    {
        LoopbackServer silent([](QTcpSocket &s) { s.waitForDisconnected(3000); });
        QVERIFY(silent.start());
        const QString conf = file(QStringLiteral("silent.conf"));
        QFile f(conf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // The keytab's principals are in EXAMPLE.TEST: its KDC is now the silent one.
        f.write(QStringLiteral("[libdefaults]\n default_realm = EXAMPLE.TEST\n"
                               " dns_lookup_kdc = false\n dns_lookup_realm = false\n"
                               " dns_canonicalize_hostname = false\n rdns = false\n"
                               " udp_preference_limit = 1\n"
                               "[realms]\n EXAMPLE.TEST = {\n  kdc = 127.0.0.1:%1\n }\n"
                               "[domain_realm]\n .example.test = EXAMPLE.TEST\n")
                    .arg(silent.port())
                    .toUtf8());
        f.close();
        const QByteArray saved = qgetenv("KRB5_CONFIG");
        qputenv("KRB5_CONFIG", conf.toUtf8());
        QElapsedTimer t;
        t.start();
        const AuthProbe::Result r = ask(QStringLiteral("win2k3.example.test"),
                                        file(QStringLiteral("host.keytab")), {}, 1500);
        qputenv("KRB5_CONFIG", saved);
        QVERIFY2(r.outcome == AuthProbe::Outcome::KdcUnreachable, qPrintable(why(r)));
        QVERIFY(r.timedOut);
        QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
    }

    // Last: stops the KDC.
    void kdcStopped()
    {
        const RunResult run = kdc({QStringLiteral("stop"), m_dir});
        QVERIFY2(run.exitCode == 0, qPrintable(run.text()));
        m_started = false;
        QElapsedTimer t;
        t.start();
        const AuthProbe::Result r = ask(QStringLiteral("win2k3.example.test"),
                                        file(QStringLiteral("host.keytab")), {}, 10000);
        QVERIFY2(r.outcome == AuthProbe::Outcome::KdcUnreachable, qPrintable(why(r)));
        QCOMPARE(r.minorStatus, kKdcUnreach);
        QVERIFY(!r.timedOut); // refused at once, not a time-out
        QVERIFY2(t.elapsed() < 10000, qPrintable(QString::number(t.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestKerberos)
#include "tst_kerberos.moc"

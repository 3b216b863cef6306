// The Kerberos check module over a test double of AuthProbe: the outcomes a real KDC cannot be
// made to give here (SSPI's, clock skew, an unknown realm, a missing implementation) each give
// the right check status, facts and finding. The real-KDC tests are in tst_kerberos.
#include <QTest>

#include "checks/kerberos/kerberoscheck.h"
#include "checks/packagepath/packagepathcheck.h"
#include "cli/diagnosecommand.h"
#include "engine/moduleregistry.h"
#include "probes/authprobe.h"
#include "report/reportmodel.h"

using namespace Gpsi;

namespace {

class FakeAuthProbe final : public AuthProbe
{
public:
    explicit FakeAuthProbe(Result result, bool available = true)
        : m_result(std::move(result))
        , m_available(available)
    {}
    Result requestTicket(const Options &options) override
    {
        Result r = m_result;
        r.spn = options.service + QLatin1Char('/') + options.host;
        r.steps << QStringLiteral("fake: keytab=%1").arg(options.keytab);
        return r;
    }
    QString backendId() const override { return QStringLiteral("fake"); }
    bool isAvailable() const override { return m_available; }

private:
    Result m_result;
    bool m_available;
};

const QString kPath = QStringLiteral("\\\\files.example.test\\apps\\x.msi");

ReportModel diagnose(const AuthProbe::Result &result, bool available = true,
                     const QString &path = kPath)
{
    AuthProbe::setFactory([=] { return std::make_unique<FakeAuthProbe>(result, available); });
    ModuleRegistry registry;
    registry.registerModuleFromFile(QStringLiteral(":/gpsi/checks/packagepath/packagepath.json"),
                                    [] { return std::make_unique<PackagePathCheck>(); });
    registry.registerModuleFromFile(QStringLiteral(":/gpsi/checks/kerberos/kerberos.json"),
                                    [] { return std::make_unique<KerberosCheck>(); });
    Case c;
    c.packagePaths = {path};
    // The host is overridden: the realm lookup asks no DNS server.
    c.options.hostOverrides.insert(QStringLiteral("files.example.test"),
                                   QStringLiteral("127.0.0.1"));
    c.options.keytab = QStringLiteral("/etc/krb5.keytab");
    const ReportModel model = DiagnoseCommand::diagnose(c, registry, Clock::system(), nullptr);
    AuthProbe::setFactory({});
    return model;
}

const CheckRun *kerberosRun(const ReportModel &model)
{
    for (const CheckRun &run : model.checks) {
        if (run.moduleId == QLatin1String("kerberos"))
            return &run;
    }
    return nullptr;
}

} // namespace

class TestKerberosCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outcomes_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("ticket");
        QTest::addColumn<QString>("cause");
        using O = AuthProbe::Outcome;
        QTest::newRow("issued") << int(O::Issued) << int(CheckStatus::Pass)
                                << QStringLiteral("issued") << QString();
        QTest::newRow("unknown principal (SEC_E_TARGET_UNKNOWN)")
            << int(O::UnknownPrincipal) << int(CheckStatus::Fail)
            << QStringLiteral("unknown-principal") << QStringLiteral("GPSI-KERB-NO-SPN");
        QTest::newRow("clock skew (SEC_E_TIME_SKEW)")
            << int(O::ClockSkew) << int(CheckStatus::Fail) << QStringLiteral("clock-skew")
            << QStringLiteral("GPSI-KERB-CLOCK-SKEW");
        QTest::newRow("no authority (SEC_E_NO_AUTHENTICATING_AUTHORITY)")
            << int(O::KdcUnreachable) << int(CheckStatus::Fail) << QStringLiteral("kdc-unreachable")
            << QStringLiteral("GPSI-KERB-KDC-UNREACHABLE");
        QTest::newRow("realm unknown")
            << int(O::RealmUnknown) << int(CheckStatus::Fail) << QStringLiteral("realm-unknown")
            << QStringLiteral("GPSI-KERB-REALM-UNKNOWN");
        QTest::newRow("no credentials (SEC_E_NO_CREDENTIALS)")
            << int(O::NoCredentials) << int(CheckStatus::Warning)
            << QStringLiteral("no-credentials") << QStringLiteral("GPSI-KERB-NO-CREDENTIALS");
        QTest::newRow("other (SEC_E_WRONG_PRINCIPAL)")
            << int(O::Other) << int(CheckStatus::Warning) << QStringLiteral("other")
            << QStringLiteral("GPSI-KERB-FAILED");
    }

    void outcomes()
    {
        QFETCH(int, outcome);
        QFETCH(int, status);
        QFETCH(QString, ticket);
        QFETCH(QString, cause);
        AuthProbe::Result r;
        r.outcome = AuthProbe::Outcome(outcome);
        r.backend = QStringLiteral("fake");
        r.realm = QStringLiteral("EXAMPLE.TEST");
        r.clientPrincipal = QStringLiteral("FILES-CLIENT$@EXAMPLE.TEST");
        r.majorStatus = 0x80090303;
        r.majorText = QStringLiteral("SEC_E_<b>TEXT</b> (from the fake)");
        if (r.outcome == AuthProbe::Outcome::Issued) {
            r.majorStatus = 0;
            r.majorText.clear();
            r.ticketEnctype = 18;
            r.ticketEnctypeName = QStringLiteral("aes256-cts-hmac-sha1-96");
            r.lifetimeSeconds = 36000;
            r.endTime = QDateTime::currentDateTimeUtc().addSecs(36000);
        }
        const ReportModel model = diagnose(r);
        const CheckRun *run = kerberosRun(model);
        QVERIFY(run);
        QCOMPARE(int(run->result.status), status);
        QCOMPARE(model.facts.value(kPath, QStringLiteral("auth.kerberos.ticket")).toString(),
                 ticket);
        QCOMPARE(model.facts.value(kPath, QStringLiteral("auth.kerberos.spn")).toString(),
                 QStringLiteral("cifs/files.example.test"));
        QCOMPARE(model.facts.value(kPath, QStringLiteral("auth.kerberos.realm")).toString(),
                 QStringLiteral("EXAMPLE.TEST"));
        QCOMPARE(model.facts.value(kPath, QStringLiteral("auth.kerberos.client.computer")).toBool(),
                 true);
        // The realm lookup left DNS alone for an overridden host.
        QCOMPARE(
            model.facts.value(kPath, QStringLiteral("auth.kerberos.kdc.srv.lookup")).toString(),
            QStringLiteral("not-asked"));
        QVERIFY(run->result.evidence.join(QLatin1Char('\n'))
                    .contains(QLatin1String("keytab=/etc/krb5.keytab")));
        QStringList ids;
        for (const Finding &f : model.diagnosis.findings)
            ids << f.causeId;
        if (cause.isEmpty()) {
            QVERIFY2(ids.isEmpty(), qPrintable(ids.join(QLatin1Char(' '))));
            QCOMPARE(model.facts.value(kPath, QStringLiteral("auth.kerberos.enctype")).toString(),
                     QStringLiteral("aes256-cts-hmac-sha1-96"));
            QVERIFY(run->result.summary.contains(QLatin1String("10 h 0 min")));
        } else {
            QVERIFY2(ids.contains(cause), qPrintable(ids.join(QLatin1Char(' '))));
            QVERIFY(model.facts.value(kPath, QStringLiteral("auth.kerberos.status"))
                        .toString()
                        .contains(QLatin1String("0x80090303")));
        }
    }

    void unavailableIsSkipped()
    {
        AuthProbe::Result r;
        r.outcome = AuthProbe::Outcome::Unavailable;
        const ReportModel model = diagnose(r, false);
        const CheckRun *run = kerberosRun(model);
        QVERIFY(run);
        QCOMPARE(run->result.status, CheckStatus::Skipped);
        QVERIFY(run->result.summary.contains(QLatin1String("Not available on this platform")));
        // Its causes are "not assessed", never silently ruled out.
        bool notAssessed = false;
        for (const NotAssessed &n : model.diagnosis.notAssessed)
            notAssessed = notAssessed || n.causeId == QLatin1String("GPSI-KERB-NO-SPN");
        QVERIFY(notAssessed);
    }

    void localPathIsSkipped()
    {
        AuthProbe::Result r;
        r.outcome = AuthProbe::Outcome::Issued;
        const ReportModel model = diagnose(r, true, QStringLiteral("C:\\packages\\x.msi"));
        const CheckRun *run = kerberosRun(model);
        QVERIFY(run);
        QCOMPARE(run->result.status, CheckStatus::Skipped);
        QVERIFY2(run->result.summary.contains(QLatin1String("path.host")),
                 qPrintable(run->result.summary));
    }

    void userTicketIsSaidToBeAUsers()
    {
        AuthProbe::Result r;
        r.outcome = AuthProbe::Outcome::Issued;
        r.clientPrincipal = QStringLiteral("alice@EXAMPLE.TEST");
        const ReportModel model = diagnose(r);
        const CheckRun *run = kerberosRun(model);
        QVERIFY(run);
        QCOMPARE(run->result.status, CheckStatus::Pass);
        QVERIFY(run->result.summary.contains(QLatin1String("not as the computer account")));
        QCOMPARE(model.facts.value(kPath, QStringLiteral("auth.kerberos.client.computer")).toBool(),
                 false);
    }
};

QTEST_GUILESS_MAIN(TestKerberosCheck)
#include "tst_kerberoscheck.moc"

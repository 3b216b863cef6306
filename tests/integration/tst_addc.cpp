// End to end against a real Active Directory: a Samba AD domain controller on loopback
// (tests/fixtures/addc.sh, realm EXAMPLE.TEST, dc1.example.test = 127.0.0.12) with a file
// share [apps]. The server module reads its SPNEGO offer, the Kerberos module asks its KDC, and
// the knowledge base tells the healthy case from a name without an SPN and from KB 323304.
// Runs only inside tests/netns-run.sh (root, private namespaces, the hosts file maps the names).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "probes/nt4simulator.h"
#include "support/clirun.h"
#include "support/loopbackserver.h"

using namespace Gpsi;
using GpsiTest::LoopbackServer;
using namespace GpsiTest;

namespace {

// tests/fixtures/addc.sh; a provision takes up to a minute or two on a busy machine.
RunResult addc(const QStringList &args, int timeoutMs = 180000)
{
    return runFixture(QStringLiteral("addc.sh"), args, timeoutMs);
}

QString checkSummaries(const QJsonObject &report)
{
    QStringList lines;
    for (const QJsonValue &c : report.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject o = c.toObject();
        lines << o.value(QStringLiteral("module")).toString() + QStringLiteral(": ") +
                     o.value(QStringLiteral("status")).toString() + QStringLiteral(": ") +
                     o.value(QStringLiteral("summary")).toString();
    }
    return QStringLiteral("findings: ") + findingIds(report).join(QLatin1Char(' ')) +
           QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

const QStringList kKb323304Causes{QStringLiteral("GPSI-NT4-NOKERB"),
                                  QStringLiteral("GPSI-SERVER-NOKERB")};

} // namespace

class TestAdDc : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_template;
    QString m_dir;
    bool m_started = false;

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("GPSI_TEST_NETNS") != QLatin1String("1"))
            QSKIP("needs the private namespace of tests/netns-run.sh (root): the domain "
                  "controller's names resolve only there");
        if (doctorBinary().isEmpty())
            QSKIP("GPSI_DOCTOR_BIN not set");
        QVERIFY(m_tmp.isValid());
        // The provisioned domain is shared by the whole test run (addc.sh locks it).
        m_template = qEnvironmentVariable("GPSI_ADDC_TEMPLATE");
        if (m_template.isEmpty())
            m_template = m_tmp.filePath(QStringLiteral("template"));
        m_dir = m_tmp.filePath(QStringLiteral("dc"));
        RunResult run = addc({QStringLiteral("provision"), m_template});
        if (run.exitCode == 77)
            QSKIP(qPrintable(QStringLiteral("no Samba AD DC here: ") + run.text().trimmed()));
        QVERIFY2(run.exitCode == 0, qPrintable(run.text()));
        run = addc({QStringLiteral("start"), m_template, m_dir});
        QVERIFY2(run.exitCode == 0, qPrintable(run.text()));
        m_started = true;
        run = addc({QStringLiteral("kinit"), m_dir});
        QVERIFY2(run.exitCode == 0, qPrintable(run.text()));
        qputenv("KRB5_CONFIG", (m_dir + QStringLiteral("/krb5.conf")).toUtf8());
        qputenv("KRB5CCNAME",
                (QStringLiteral("FILE:") + m_dir + QStringLiteral("/ccache")).toUtf8());
    }

    void cleanupTestCase()
    {
        if (m_started)
            addc({QStringLiteral("stop"), m_dir}, 60000);
    }

    // The healthy case: the DC's share offers Kerberos and the AD KDC issues cifs/dc1.
    void healthyShare()
    {
        const CliRun r = runDiagnose(
            {QStringLiteral("--package"), QStringLiteral("\\\\dc1.example.test\\apps\\x.msi")});
        const QString why = checkSummaries(r.report) + QLatin1Char('\n') + r.stderrText;
        QCOMPARE(factValue(r.report, QStringLiteral("server.auth.kerberos.offered")).toBool(),
                 true);
        QCOMPARE(factValue(r.report, QStringLiteral("auth.kerberos.ticket")).toString(),
                 QStringLiteral("issued"));
        QCOMPARE(factValue(r.report, QStringLiteral("auth.kerberos.target")).toString(),
                 QStringLiteral("cifs/dc1.example.test@EXAMPLE.TEST"));
        QVERIFY2(factValue(r.report, QStringLiteral("auth.kerberos.client"))
                     .toString()
                     .startsWith(QLatin1String("administrator@"), Qt::CaseInsensitive),
                 qPrintable(why));
        for (const QString &id : findingIds(r.report)) {
            QVERIFY2(!kKb323304Causes.contains(id), qPrintable(why));
            QVERIFY2(!id.startsWith(QLatin1String("GPSI-KERB-")), qPrintable(why));
        }
    }

    // A DNS alias of the same server that has no account: the server offers Kerberos, the KDC
    // knows no cifs/files.example.test -> the SPN finding with setspn, not KB 323304.
    void aliasWithoutSpn()
    {
        const CliRun r = runDiagnose(
            {QStringLiteral("--package"), QStringLiteral("\\\\files.example.test\\apps\\x.msi")});
        const QString why = checkSummaries(r.report) + QLatin1Char('\n') + r.stderrText;
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(factValue(r.report, QStringLiteral("server.auth.kerberos.offered")).toBool(),
                 true);
        QCOMPARE(factValue(r.report, QStringLiteral("auth.kerberos.ticket")).toString(),
                 QStringLiteral("unknown-principal"));
        const QStringList ids = findingIds(r.report);
        QVERIFY2(!ids.isEmpty() && ids.first() == QLatin1String("GPSI-KERB-NO-SPN"),
                 qPrintable(why));
        for (const QString &id : kKb323304Causes)
            QVERIFY2(!ids.contains(id), qPrintable(why));
        const QJsonObject f = finding(r.report, QStringLiteral("GPSI-KERB-NO-SPN"));
        const QString fix =
            QString::fromUtf8(QJsonDocument(f.value(QStringLiteral("fix")).toArray()).toJson());
        QVERIFY2(fix.contains(QLatin1String("setspn -S cifs/files.example.test")), qPrintable(fix));
        QVERIFY(f.value(QStringLiteral("explanation"))
                    .toString()
                    .contains(QLatin1String("not found in Kerberos database")));
    }

    // The computer account's own keytab: acquires as DC1$ and gets the ticket.
    void asTheComputerAccount()
    {
        const QString keytab = m_tmp.filePath(QStringLiteral("dc1.keytab"));
        const RunResult run = addc({QStringLiteral("keytab"), m_dir, keytab});
        QVERIFY2(run.exitCode == 0, qPrintable(run.text()));
        const CliRun r = runDiagnose({QStringLiteral("--package"),
                                      QStringLiteral("\\\\dc1.example.test\\apps\\x.msi"),
                                      QStringLiteral("--keytab"), keytab});
        const QString why = checkSummaries(r.report) + QLatin1Char('\n') + r.stderrText;
        QCOMPARE(factValue(r.report, QStringLiteral("auth.kerberos.ticket")).toString(),
                 QStringLiteral("issued"));
        QVERIFY2(factValue(r.report, QStringLiteral("auth.kerberos.client"))
                     .toString()
                     .startsWith(QLatin1String("DC1$@"), Qt::CaseInsensitive),
                 qPrintable(why));
        QCOMPARE(factValue(r.report, QStringLiteral("auth.kerberos.client.computer")).toBool(),
                 true);
    }

    // The NT 4.0 simulator under a name the KDC does not know: KB 323304 comes first.
    void nt4UnderUnknownName()
    {
        Nt4Simulator::Options o;
        o.address = QHostAddress(QStringLiteral("127.0.0.13")); // nt4.example.test
        Nt4Simulator nt4(o);
        QString error;
        QVERIFY2(nt4.start(&error), qPrintable(error));
        const CliRun r = runDiagnose(
            {QStringLiteral("--package"), QStringLiteral("\\\\nt4.example.test\\apps\\x.msi"),
             QStringLiteral("--nbss-port"), QString::number(nt4.port()),
             QStringLiteral("--smb-port"), QString::number(LoopbackServer::closedPort())});
        const QString why = checkSummaries(r.report) + QLatin1Char('\n') + r.stderrText;
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(factValue(r.report, QStringLiteral("server.os.family")).toString(),
                 QStringLiteral("windows-nt4"));
        QCOMPARE(factValue(r.report, QStringLiteral("auth.kerberos.ticket")).toString(),
                 QStringLiteral("unknown-principal"));
        const QStringList ids = findingIds(r.report);
        QVERIFY2(!ids.isEmpty() && ids.first() == QLatin1String("GPSI-NT4-NOKERB"),
                 qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestAdDc)
#include "tst_addc.moc"

// The SMB server module against a real Samba smbd on loopback (tests/fixtures/samba.sh), in
// three configurations, compared with what nmap's SMB scripts say about the same server.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "checks/builtinmodules.h"
#include "engine/diagnosis.h"
#include "engine/runner.h"
#include "probes/smbprobe.h"
#include "probes/spnego.h"
#include "support/clirun.h"
#include "support/loopbackserver.h"

using namespace Gpsi;
using namespace GpsiTest;

namespace {

// A running smbd; stopped (by PID, from its own pid files) when it goes out of scope.
class Samba
{
public:
    Samba(const QString &variant)
        : m_variant(variant)
    {}
    ~Samba()
    {
        if (!m_started)
            return;
        const RunResult stop =
            runFixture(QStringLiteral("samba.sh"),
                       {QStringLiteral("stop"), m_dir.filePath(QStringLiteral("smb"))});
        if (stop.exitCode != 0)
            qWarning("%s", qPrintable(stop.text()));
    }
    // 0 started, 77 cannot run here, other: failure (output in `log`).
    int start(QString *log)
    {
        m_port = LoopbackServer::closedPort();
        const RunResult run =
            runFixture(QStringLiteral("samba.sh"),
                       {QStringLiteral("start"), m_dir.filePath(QStringLiteral("smb")), m_variant,
                        QString::number(m_port)});
        *log = run.text();
        m_started = run.exitCode == 0;
        return run.exitCode;
    }
    quint16 port() const { return m_port; }

private:
    QString m_variant;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    bool m_started = false;
};

#define START_SAMBA(samba)                                                                         \
    do {                                                                                           \
        QString log;                                                                               \
        const int rc = (samba).start(&log);                                                        \
        if (rc == 77)                                                                              \
            QSKIP(qPrintable(QStringLiteral("Samba cannot run here: ") + log.trimmed()));          \
        QVERIFY2(rc == 0, qPrintable(log));                                                        \
    } while (false)

SmbProbe::Result probe(quint16 port)
{
    SmbProbe::Options o;
    o.host = QStringLiteral("127.0.0.1");
    o.address = QStringLiteral("127.0.0.1");
    o.smbPort = port;
    o.nbssPort = LoopbackServer::closedPort();
    o.deadlineMs = 10000;
    return SmbProbe::run(o);
}

QString why(const SmbProbe::Result &r)
{
    return r.error + QLatin1Char('\n') + r.transcript.join(QLatin1Char('\n'));
}

QMap<QString, QString> oracle(quint16 port, bool *available)
{
    RunOptions o;
    o.timeoutMs = 120000;
    const RunResult run =
        runProcess(QStringLiteral("bash"),
                   {fixturePath(QStringLiteral("nmap-oracle.sh")), QString::number(port)}, o);
    *available = run.exitCode != 77;
    QMap<QString, QString> out;
    for (const QString &line : run.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0)
            out.insert(line.left(eq), line.mid(eq + 1));
    }
    return out;
}

// Our dialect names in nmap's spelling: "2.0.2" -> "202", "2.1" -> "210", "3.0" -> "300".
QStringList asNmapDialects(const QStringList &dialects)
{
    QStringList out;
    for (QString d : dialects)
        out << (d.startsWith(QLatin1String("NT LM"))
                    ? d
                    : d.remove(QLatin1Char('.')).leftJustified(3, QLatin1Char('0')));
    return out;
}

} // namespace

class TestSmbSamba : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultSmb2();
    void nt1Only();
    void signingRequired();
    void cliAgainstSamba();
};

void TestSmbSamba::defaultSmb2()
{
    Samba samba(QStringLiteral("default"));
    START_SAMBA(samba);
    const SmbProbe::Result r = probe(samba.port());
    QVERIFY2(r.outcome == SmbProbe::Outcome::Ok, qPrintable(why(r)));
    QVERIFY(r.smb2);
    QVERIFY(!r.smb1); // Samba 4.17 has SMB1 off by default
    QCOMPARE(r.dialect, QStringLiteral("3.1.1"));
    QCOMPARE(r.dialects,
             (QStringList{QStringLiteral("2.0.2"), QStringLiteral("2.1"), QStringLiteral("3.0"),
                          QStringLiteral("3.0.2"), QStringLiteral("3.1.1")}));
    QVERIFY(r.extendedSecurity);
    QCOMPARE(r.signingId(), QStringLiteral("enabled"));
    // A stand-alone Samba offers NTLMSSP only: no Kerberos.
    QVERIFY2(r.mechanisms.contains(QString::fromLatin1(Spnego::OidNtlmssp)), qPrintable(why(r)));
    QVERIFY(!r.kerberosOffered());
    QVERIFY(r.ntlmVersionKnown);
    QCOMPARE(ServerIdentity::classify(r).family, QStringLiteral("samba"));

    bool available = false;
    const QMap<QString, QString> nmap = oracle(samba.port(), &available);
    if (!available)
        QSKIP("nmap is not installed: the oracle comparison was not made");
    QCOMPARE(nmap.value(QStringLiteral("dialects")).split(QLatin1Char(',')),
             asNmapDialects(r.dialects));
    QCOMPARE(nmap.value(QStringLiteral("smb2.signing")),
             QStringLiteral("enabled but not required"));
}

void TestSmbSamba::nt1Only()
{
    Samba samba(QStringLiteral("nt1"));
    START_SAMBA(samba);
    const SmbProbe::Result r = probe(samba.port());
    QVERIFY2(r.outcome == SmbProbe::Outcome::Ok, qPrintable(why(r)));
    QVERIFY(r.smb1);
    QVERIFY(!r.smb2);
    QCOMPARE(r.dialects, QStringList{QStringLiteral("NT LM 0.12")});
    // Samba answers a request that asks for extended security with it, and SPNEGO offers
    // NTLMSSP only.
    QVERIFY(r.extendedSecurity);
    QCOMPARE(r.mechanisms, QStringList{QString::fromLatin1(Spnego::OidNtlmssp)});
    QVERIFY(!r.kerberosOffered());
    QVERIFY2(r.nativeLanMan.startsWith(QStringLiteral("Samba ")), qPrintable(why(r)));
    const ServerIdentity id = ServerIdentity::classify(r);
    QCOMPARE(id.family, QStringLiteral("samba"));
    QVERIFY2(id.title.startsWith(QStringLiteral("Samba 4.")), qPrintable(id.title));

    bool available = false;
    const QMap<QString, QString> nmap = oracle(samba.port(), &available);
    if (!available)
        QSKIP("nmap is not installed: the oracle comparison was not made");
    QCOMPARE(nmap.value(QStringLiteral("dialects")).split(QLatin1Char(',')),
             asNmapDialects(r.dialects));
    QCOMPARE(nmap.value(QStringLiteral("smb1.message_signing")),
             r.signingRequired  ? QStringLiteral("required")
             : r.signingEnabled ? QStringLiteral("supported")
                                : QStringLiteral("disabled"));
    QCOMPARE(nmap.value(QStringLiteral("smb1.authentication_level")), QStringLiteral("user"));
}

void TestSmbSamba::signingRequired()
{
    Samba samba(QStringLiteral("signing"));
    START_SAMBA(samba);
    const SmbProbe::Result r = probe(samba.port());
    QVERIFY2(r.outcome == SmbProbe::Outcome::Ok, qPrintable(why(r)));
    QVERIFY(r.signingRequired);
    QCOMPARE(r.signingId(), QStringLiteral("required"));
    bool available = false;
    const QMap<QString, QString> nmap = oracle(samba.port(), &available);
    if (!available)
        QSKIP("nmap is not installed: the oracle comparison was not made");
    QCOMPARE(nmap.value(QStringLiteral("smb2.signing")), QStringLiteral("enabled and required"));
}

void TestSmbSamba::cliAgainstSamba()
{
    Samba samba(QStringLiteral("nt1"));
    START_SAMBA(samba);
    if (doctorBinary().isEmpty())
        QSKIP("GPSI_DOCTOR_BIN is not set");
    RunOptions o;
    o.unsetEnvironment = {QStringLiteral("DISPLAY"), QStringLiteral("QT_QPA_PLATFORM")};
    o.timeoutMs = 60000;
    const RunResult p =
        runCli({QStringLiteral("diagnose"), QStringLiteral("--package"),
                QStringLiteral("\\\\127.0.0.1\\pkg\\package.msi"), QStringLiteral("--smb-port"),
                QString::number(samba.port()), QStringLiteral("--nbss-port"),
                QString::number(LoopbackServer::closedPort()), QStringLiteral("--format"),
                QStringLiteral("json")},
               o);
    QVERIFY(p.finished);
    QCOMPARE(p.exitCode, 1);
    const QJsonObject root = QJsonDocument::fromJson(p.out).object();
    const QStringList causes = findingIds(root);
    QVERIFY2(causes.contains(QStringLiteral("GPSI-SERVER-NOKERB")),
             qPrintable(causes.join(QLatin1Char(','))));
    QVERIFY(causes.contains(QStringLiteral("GPSI-SERVER-SMB1-ONLY")));
    QVERIFY(causes.contains(QStringLiteral("GPSI-PATH-IP-LITERAL")));
    QVERIFY(!causes.contains(QStringLiteral("GPSI-NT4-NOKERB")));
}

QTEST_GUILESS_MAIN(TestSmbSamba)
#include "tst_smbsamba.moc"

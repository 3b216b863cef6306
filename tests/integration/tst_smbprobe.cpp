// The SMB server probe over real sockets on loopback: the NT 4.0 simulator, servers that
// misbehave on purpose (each must give a verdict within the deadline), and the whole pipeline
// to the KB 323304 diagnosis.
#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include "checks/builtinmodules.h"
#include "engine/diagnosis.h"
#include "engine/runner.h"
#include "probes/nt4simulator.h"
#include "probes/smbprobe.h"
#include "probes/smbwire.h"
#include "support/loopbackserver.h"

using namespace Gpsi;
using GpsiTest::LoopbackServer;

namespace {

SmbProbe::Options optionsFor(quint16 smbPort, quint16 nbssPort, int deadlineMs = 5000)
{
    SmbProbe::Options o;
    o.host = QStringLiteral("nt4srv.example.test");
    o.address = QStringLiteral("127.0.0.1");
    o.smbPort = smbPort;
    o.nbssPort = nbssPort;
    o.connectTimeoutMs = 1000;
    o.deadlineMs = deadlineMs;
    return o;
}

} // namespace

class TestSmbProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nt4Simulator_data();
    void nt4Simulator();
    void nt4SimulatorClosesOnSmb2();
    void unreachable();
    void hostile_data();
    void hostile();
    void netbiosNameRetry();
    void pipelineRanksKb323304First();
    void cancelledStaysCancelled();
    void refusesHostNames();
};

void TestSmbProbe::nt4Simulator_data()
{
    QTest::addColumn<bool>("ntStatus");
    QTest::newRow("nt-status") << true;
    QTest::newRow("dos-errors") << false;
}

void TestSmbProbe::nt4Simulator()
{
    QFETCH(bool, ntStatus);
    Nt4Simulator::Options simOptions;
    simOptions.ntStatus = ntStatus;
    Nt4Simulator sim(simOptions);
    QString error;
    QVERIFY2(sim.start(&error), qPrintable(error));
    const SmbProbe::Result r = SmbProbe::run(optionsFor(LoopbackServer::closedPort(), sim.port()));
    QVERIFY2(r.outcome == SmbProbe::Outcome::Ok,
             qPrintable(r.error + QLatin1Char('\n') + r.transcript.join(QLatin1Char('\n'))));
    QVERIFY(!r.reachable445);
    QVERIFY(r.reachable139);
    QCOMPARE(r.transport, QStringLiteral("netbios"));
    QCOMPARE(r.calledName, QStringLiteral("NT4SRV"));
    QCOMPARE(r.dialects, QStringList{QStringLiteral("NT LM 0.12")});
    QVERIFY(r.smb1);
    QVERIFY(!r.smb2);
    QVERIFY(!r.extendedSecurity);
    QCOMPARE(r.challengeLength, 8);
    QCOMPARE(r.smb1Capabilities,
             ntStatus ? Nt4Simulator::CapabilitiesNtStatus : Nt4Simulator::CapabilitiesDosErrors);
    QCOMPARE(r.domainName, QStringLiteral("EXAMPLE"));
    QVERIFY(r.serverTime.isValid());
    QCOMPARE(r.signingId(), QStringLiteral("disabled"));
    QCOMPARE(r.nativeOs, QStringLiteral("Windows NT 4.0"));
    QCOMPARE(r.nativeLanMan, QStringLiteral("NT LAN Manager 4.0"));
    QVERIFY(r.anonymousAccepted);
    QVERIFY(!r.guest);
    QVERIFY(!r.kerberosOffered());
    const ServerIdentity id = ServerIdentity::classify(r);
    QCOMPARE(id.family, QStringLiteral("windows-nt4"));
    QCOMPARE(id.title, QStringLiteral("Windows NT 4.0"));
    QVERIFY(id.confidence >= 0.9);
}

void TestSmbProbe::nt4SimulatorClosesOnSmb2()
{
    // NT 4.0 does not know SMB2: a raw SMB2 NEGOTIATE gets no answer, the connection closes.
    const QByteArray smb2 =
        Smb::smb2NegotiateRequest({Smb::Smb2Dialect202}, 1, QByteArray(16, 'g'), 0);
    QVERIFY(Nt4Simulator::reply({}, smb2, QByteArray(8, 'c'), 0).isEmpty());
    QVERIFY(Nt4Simulator::reply({}, QByteArray("garbage"), QByteArray(8, 'c'), 0).isEmpty());
}

void TestSmbProbe::unreachable()
{
    QElapsedTimer timer;
    timer.start();
    const SmbProbe::Result r =
        SmbProbe::run(optionsFor(LoopbackServer::closedPort(), LoopbackServer::closedPort()));
    QCOMPARE(r.outcome, SmbProbe::Outcome::Unreachable);
    QVERIFY(!r.reachable445);
    QVERIFY(!r.reachable139);
    QVERIFY2(r.error.contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(r.error));
    QVERIFY(timer.elapsed() < 3000);
}

void TestSmbProbe::hostile_data()
{
    QTest::addColumn<int>("behaviour");
    QTest::addColumn<QString>("reason");
    QTest::newRow("silent") << 0 << QStringLiteral("deadline");
    QTest::newRow("slow-drip") << 1 << QStringLiteral("deadline");
    QTest::newRow("garbage") << 2 << QStringLiteral("garbage");
    QTest::newRow("oversized-length") << 3 << QStringLiteral("garbage");
    QTest::newRow("closes-mid-message") << 4 << QStringLiteral("middle of a message");
    QTest::newRow("closes-at-once") << 5 << QStringLiteral("without answering");
    QTest::newRow("not-smb") << 6 << QStringLiteral("neither SMB1 nor SMB2");
    QTest::newRow("truncated-negotiate") << 7 << QStringLiteral("unreadable");
}

void TestSmbProbe::hostile()
{
    QFETCH(int, behaviour);
    QFETCH(QString, reason);
    LoopbackServer server([behaviour](QTcpSocket &s) {
        // Wait for the probe's negotiate first, as a real server would.
        LoopbackServer::readFrame(s, 3000);
        switch (behaviour) {
        case 0: // accepts and stays silent
            s.waitForDisconnected(4000);
            break;
        case 1: // a valid-looking header, then one byte every 300 ms
            s.write(QByteArray("\x00\x00\x00\x40", 4));
            for (int i = 0; i < 20 && s.state() == QAbstractSocket::ConnectedState; ++i) {
                s.write("\xFF", 1);
                s.waitForBytesWritten(100);
                QThread::msleep(300);
            }
            break;
        case 2: // random garbage with a non-session message type
            s.write(QByteArray("\x42\x13\x37garbage garbage garbage", 25));
            s.waitForBytesWritten(1000);
            s.waitForDisconnected(3000);
            break;
        case 3: // claims a 16 MiB message
            s.write(QByteArray("\x00\xFF\xFF\xFF\xFFSMB", 8));
            s.waitForBytesWritten(1000);
            s.waitForDisconnected(3000);
            break;
        case 4: // 100-byte message announced, 10 sent, then close
            s.write(QByteArray("\x00\x00\x00\x64\xFFSMBr\0\0\0\0\x98", 14));
            s.waitForBytesWritten(1000);
            s.disconnectFromHost();
            break;
        case 5:
            s.abort();
            break;
        case 6: // a well-framed message that is not SMB
            s.write(LoopbackServer::frame(0, QByteArray("HTTP/1.1 400 Bad Request\r\n\r\n")));
            s.waitForBytesWritten(1000);
            s.waitForDisconnected(3000);
            break;
        case 7: { // an SMB1 negotiate reply cut short
            QByteArray smb("\xFFSMBr\0\0\0\0\x98\x01\xC8", 12);
            smb.append(QByteArray(20, '\0'));
            smb.append(char(17)); // WordCount 17, but no words follow
            s.write(LoopbackServer::frame(0, smb));
            s.waitForBytesWritten(1000);
            s.waitForDisconnected(3000);
            break;
        }
        }
    });
    QVERIFY(server.start());
    const int deadline = 1500;
    QElapsedTimer timer;
    timer.start();
    const SmbProbe::Result r =
        SmbProbe::run(optionsFor(server.port(), LoopbackServer::closedPort(), deadline));
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(r.outcome, SmbProbe::Outcome::Error);
    QVERIFY2(r.error.contains(reason), qPrintable(r.error));
    QVERIFY2(elapsed <= deadline + 1000,
             qPrintable(QStringLiteral("verdict after %1 ms").arg(elapsed)));
}

void TestSmbProbe::netbiosNameRetry()
{
    // A server that refuses the called name NT4SRV but answers *SMBSERVER, like a server whose
    // NetBIOS name differs from the DNS name in the path.
    Nt4Simulator sim;
    QString error;
    QVERIFY(sim.start(&error));
    int attempts = 0;
    LoopbackServer picky([&attempts, port = sim.port()](QTcpSocket &s) {
        const QByteArray request = LoopbackServer::readFrame(s, 3000);
        ++attempts;
        const QByteArray star = Smb::encodeNetbiosName(QStringLiteral("*SMBSERVER"), 0x20);
        if (!request.mid(4).startsWith(star)) {
            s.write(QByteArray("\x83\x00\x00\x01\x82", 5)); // called name not present
            s.waitForBytesWritten(1000);
            return;
        }
        // Hand the rest to the simulator: relay both ways until either side closes.
        QTcpSocket upstream;
        upstream.connectToHost(QHostAddress::LocalHost, port);
        if (!upstream.waitForConnected(2000))
            return;
        upstream.write(request);
        for (int i = 0; i < 200 && s.state() == QAbstractSocket::ConnectedState &&
                        upstream.state() == QAbstractSocket::ConnectedState;
             ++i) {
            if (upstream.waitForReadyRead(10))
                s.write(upstream.readAll());
            if (s.waitForReadyRead(10))
                upstream.write(s.readAll());
            s.flush();
            upstream.flush();
        }
    });
    QVERIFY(picky.start());
    const SmbProbe::Result r =
        SmbProbe::run(optionsFor(LoopbackServer::closedPort(), picky.port()));
    QVERIFY2(r.outcome == SmbProbe::Outcome::Ok,
             qPrintable(r.error + QLatin1Char('\n') + r.transcript.join(QLatin1Char('\n'))));
    QCOMPARE(r.calledName, QStringLiteral("*SMBSERVER"));
    QVERIFY(r.transcript.join(QLatin1Char('\n'))
                .contains(QStringLiteral("called name not present"), Qt::CaseInsensitive));
    QCOMPARE(r.nativeOs, QStringLiteral("Windows NT 4.0"));
}

void TestSmbProbe::pipelineRanksKb323304First()
{
    Nt4Simulator sim;
    QString error;
    QVERIFY(sim.start(&error));
    ModuleRegistry registry;
    registerBuiltinModules(registry);
    Case c;
    c.packagePaths = {QStringLiteral("\\\\nt4srv.example.test\\apps\\office.msi")};
    c.options.hostOverrides.insert(QStringLiteral("nt4srv.example.test"),
                                   QStringLiteral("127.0.0.1"));
    c.options.smbPort = LoopbackServer::closedPort();
    c.options.nbssPort = sim.port();
    Runner runner;
    runner.setModules(registry.modules());
    runner.runToCompletion(c);
    const Diagnosis d =
        KnowledgeBase::builtin().evaluate(runner.facts(), c.packagePaths, runner.runs());
    QVERIFY(!d.findings.isEmpty());
    const Finding &top = d.findings.first();
    QCOMPARE(top.causeId, QStringLiteral("GPSI-NT4-NOKERB"));
    QVERIFY(top.title.contains(QStringLiteral("Windows NT 4.0")));
    QVERIFY(top.confidence >= 0.95);
    QStringList cited;
    for (const CitedFact &f : top.evidenceFor)
        cited << f.fact.key;
    QVERIFY(cited.contains(QStringLiteral("server.os.family")));
    QVERIFY(cited.contains(QStringLiteral("server.os.nativeos")));
    const QString subject = c.packagePaths.first();
    QCOMPARE(runner.facts().value(subject, QStringLiteral("server.auth.kerberos.offered")).toBool(),
             false);
    QCOMPARE(runner.facts().value(subject, QStringLiteral("server.smb.smb1-only")).toBool(), true);
    QCOMPARE(runner.facts().value(subject, QStringLiteral("server.smb.dialects")).toStringList(),
             QStringList{QStringLiteral("NT LM 0.12")});
    QStringList ids;
    for (const Finding &f : d.findings)
        ids << f.causeId;
    QVERIFY(ids.contains(QStringLiteral("GPSI-SERVER-SMB1-ONLY")));
    QVERIFY(ids.contains(QStringLiteral("GPSI-SERVER-SIGNING-DISABLED")));
    QVERIFY(!ids.contains(QStringLiteral("GPSI-SERVER-NOKERB")));
}

void TestSmbProbe::cancelledStaysCancelled()
{
    // Cancelled after the connect phase: the outcome says so, and no fallback connection is
    // opened afterwards.
    Nt4Simulator sim;
    QString error;
    QVERIFY(sim.start(&error));
    SmbProbe::Options o = optionsFor(LoopbackServer::closedPort(), sim.port());
    int polls = 0;
    o.cancelled = [&polls] { return ++polls > 3; };
    const SmbProbe::Result r = SmbProbe::run(o);
    QCOMPARE(r.outcome, SmbProbe::Outcome::Cancelled);
    QVERIFY(sim.connectionsServed() <= 1);
}

void TestSmbProbe::refusesHostNames()
{
    // The caller resolves: a name would block inside the socket beyond any deadline.
    SmbProbe::Options o = optionsFor(LoopbackServer::closedPort(), LoopbackServer::closedPort());
    o.address = QStringLiteral("nt4srv.example.test");
    const SmbProbe::Result r = SmbProbe::run(o);
    QCOMPARE(r.outcome, SmbProbe::Outcome::Error);
    QVERIFY(r.error.contains(QStringLiteral("not an IP address")));
}

QTEST_GUILESS_MAIN(TestSmbProbe)
#include "tst_smbprobe.moc"

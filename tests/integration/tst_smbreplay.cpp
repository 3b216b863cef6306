// Replayed real servers: a loopback responder answers the SMB probe with the server bytes of
// the real captures in ../shared/data/smb (Windows 2000, XP, 7, Server 2008 R2, 2016, 2019, a
// LANMAN2.1 responder, an SMB 3.1.1 test server), so every server classification is tested on
// bytes a real server sent. The captures are read at run time and never copied into the repo;
// the test skips when they are absent.
//
// The responder keeps the first server message of each kind (SMB1 NEGOTIATE reply, SMB2
// NEGOTIATE reply with dialect 0x02FF, final SMB2 NEGOTIATE reply, SMB1 SESSION_SETUP_ANDX reply,
// SMB2 SESSION_SETUP reply) and answers each probe request with the recorded message of the
// matching kind; it closes the connection when the capture has no reply of that kind. Only
// identifiers are patched: MID / MessageId to the request's, and the SMB1 DialectIndex, which
// is an index into the request's dialect list, so it is translated from the capture client's
// list to the probe's by dialect name.
//
// A recording cannot answer questions it never heard: the probe runs with
// enumerateDialects=false. Where the capture's client asked something else than the probe,
// the row's comment says what that means for the assertion.
#include <QDir>
#include <QTest>

#include "probes/nt4simulator.h"
#include "probes/smbprobe.h"
#include "probes/smbwire.h"
#include "probes/spnego.h"
#include "support/loopbackserver.h"
#include "support/pcapreader.h"

using namespace Gpsi;
using GpsiTest::LoopbackServer;

namespace {

#define REQUIRE_CAPTURES()                                                                         \
    if (!GpsiTest::haveCaptures())                                                                 \
        QSKIP("$GPSI_SHARED_DIR/data/smb is absent: the replays of real SMB servers need the "     \
              "captures from ../shared/data/smb (not part of the repository)");

quint16 le16(const QByteArray &b, qsizetype at)
{
    return quint16(quint8(b.at(at)) | (quint8(b.at(at + 1)) << 8));
}

void setLe16(QByteArray &b, qsizetype at, quint16 v)
{
    b[at] = char(v & 0xFF);
    b[at + 1] = char(v >> 8);
}

// SMB1: command at 4, MID at 30, WordCount at 32. SMB2: command at 12, MessageId at 24, body
// from 64.
constexpr qsizetype kSmb1Mid = 30;
constexpr qsizetype kSmb1WordCount = 32;
constexpr qsizetype kSmb1DialectIndex = 33;
constexpr qsizetype kSmb2MessageId = 24;
constexpr qsizetype kSmb2Body = 64;

bool isSmb1Command(const QByteArray &m, quint8 command)
{
    return Smb::isSmb1(m) && m.size() >= 35 && quint8(m.at(4)) == command;
}

bool isSmb2Command(const QByteArray &m, quint16 command)
{
    return Smb::isSmb2(m) && m.size() >= kSmb2Body + 8 && le16(m, 12) == command;
}

// The dialect strings of an SMB1 NEGOTIATE request (WordCount 0, ByteCount, 0x02 + ASCIIZ each).
QStringList smb1Dialects(const QByteArray &request)
{
    QStringList out;
    if (!isSmb1Command(request, Smb::Smb1Negotiate))
        return out;
    const QByteArray bytes = request.mid(35, le16(request, 33));
    for (qsizetype pos = 0; pos < bytes.size() && bytes.at(pos) == 0x02;) {
        const qsizetype end = bytes.indexOf('\0', pos + 1);
        if (end < 0)
            break;
        out << QString::fromLatin1(bytes.mid(pos + 1, end - pos - 1));
        pos = end + 1;
    }
    return out;
}

// The dialects of an SMB2 NEGOTIATE request (DialectCount at body+2, the list at body+36).
QList<quint16> smb2Dialects(const QByteArray &request)
{
    QList<quint16> out;
    if (!isSmb2Command(request, 0) || request.size() < kSmb2Body + 36)
        return out;
    const quint16 count = le16(request, kSmb2Body + 2);
    for (quint16 i = 0; i < count && kSmb2Body + 36 + 2 * i + 2 <= request.size(); ++i)
        out << le16(request, kSmb2Body + 36 + 2 * i);
    return out;
}

quint16 smb2ReplyDialect(const QByteArray &reply)
{
    return le16(reply, kSmb2Body + 4);
}

QList<QByteArray> sessionMessages(const QByteArray &stream)
{
    Smb::FrameReader reader;
    reader.feed(stream);
    QList<QByteArray> out;
    Smb::FrameReader::Frame f;
    while (reader.next(&f)) {
        if (f.type == 0x00)
            out << f.payload;
    }
    return out;
}

// What a capture's server said, by kind (the first message of each kind over all connections).
struct Recording
{
    QByteArray smb1Negotiate;
    QString smb1Dialect;     // the dialect name its DialectIndex chose in the capture client's list
    QByteArray smb2Wildcard; // SMB2 NEGOTIATE reply with dialect 0x02FF
    QByteArray smb2Negotiate; // final SMB2 NEGOTIATE reply (a real dialect)
    QByteArray smb1SessionSetup;
    QByteArray smb2SessionSetup;
};

bool loadRecording(const QString &file, Recording *rec, QString *error)
{
    QList<GpsiTest::TcpConnection> conns;
    GpsiTest::PcapInfo info;
    if (!GpsiTest::readPcapTcpFile(GpsiTest::smbDataDir() + QLatin1Char('/') + file, &conns, &info,
                                   error))
        return false;
    for (const GpsiTest::TcpConnection &c : std::as_const(conns)) {
        const QList<QByteArray> requests = sessionMessages(c.clientToServer);
        for (const QByteArray &m : sessionMessages(c.serverToClient)) {
            if (isSmb1Command(m, Smb::Smb1Negotiate) && rec->smb1Negotiate.isEmpty()) {
                // The request it answers: the client's SMB1 NEGOTIATE with the same MID.
                const quint16 index =
                    m.at(kSmb1WordCount) > 0 ? le16(m, kSmb1DialectIndex) : 0xFFFF;
                for (const QByteArray &q : requests) {
                    if (isSmb1Command(q, Smb::Smb1Negotiate) &&
                        le16(q, kSmb1Mid) == le16(m, kSmb1Mid))
                        rec->smb1Dialect = smb1Dialects(q).value(index);
                }
                rec->smb1Negotiate = m;
            } else if (isSmb1Command(m, Smb::Smb1SessionSetupAndX) &&
                       rec->smb1SessionSetup.isEmpty()) {
                rec->smb1SessionSetup = m;
            } else if (isSmb2Command(m, 0)) {
                QByteArray &slot = smb2ReplyDialect(m) == Smb::Smb2DialectWildcard
                                       ? rec->smb2Wildcard
                                       : rec->smb2Negotiate;
                if (slot.isEmpty())
                    slot = m;
            } else if (isSmb2Command(m, 1) && rec->smb2SessionSetup.isEmpty()) {
                rec->smb2SessionSetup = m;
            }
        }
    }
    if (rec->smb1Negotiate.isEmpty() && rec->smb2Wildcard.isEmpty() &&
        rec->smb2Negotiate.isEmpty()) {
        *error = QStringLiteral("%1: no NEGOTIATE reply in the capture").arg(file);
        return false;
    }
    if (!rec->smb1Negotiate.isEmpty() && rec->smb1Dialect.isEmpty()) {
        *error = QStringLiteral("%1: the SMB1 NEGOTIATE reply matches no request").arg(file);
        return false;
    }
    return true;
}

QByteArray withSmb1Mid(QByteArray reply, const QByteArray &request)
{
    setLe16(reply, kSmb1Mid, le16(request, kSmb1Mid));
    return reply;
}

QByteArray withSmb2MessageId(QByteArray reply, const QByteArray &request)
{
    // An SMB2 reply to an SMB1 request carries MessageId 0 (MS-SMB2 3.3.5.3.1).
    const QByteArray id = Smb::isSmb2(request) && request.size() >= kSmb2MessageId + 8
                              ? request.mid(kSmb2MessageId, 8)
                              : QByteArray(8, '\0');
    reply.replace(kSmb2MessageId, 8, id);
    return reply;
}

// The recorded answer to one probe request (no transport header); empty closes the connection.
QByteArray answer(const Recording &rec, const QByteArray &request)
{
    if (isSmb1Command(request, Smb::Smb1Negotiate)) {
        const QStringList offered = smb1Dialects(request);
        // MS-SMB2 3.3.5.3.1: "SMB 2.???" among the dialects gets the wildcard reply (MessageId
        // 0, as recorded).
        if (offered.contains(QLatin1String("SMB 2.???")) && !rec.smb2Wildcard.isEmpty())
            return rec.smb2Wildcard;
        // A capture whose client negotiated SMB2 directly has no wildcard reply: replay the
        // final one (the dialect is then the one that client was granted).
        if (offered.contains(QLatin1String("SMB 2.002")) && rec.smb1Negotiate.isEmpty() &&
            !rec.smb2Negotiate.isEmpty())
            return withSmb2MessageId(rec.smb2Negotiate, request);
        if (rec.smb1Negotiate.isEmpty())
            return {};
        QByteArray reply = withSmb1Mid(rec.smb1Negotiate, request);
        const qsizetype index = offered.indexOf(rec.smb1Dialect);
        if (index >= 0) {
            setLe16(reply, kSmb1DialectIndex, quint16(index));
            return reply;
        }
        // The recorded dialect is not on offer: what a server answers when it accepts none of
        // the dialects (MS-CIFS 2.2.4.52.2: WordCount 1, DialectIndex 0xFFFF, no bytes), with
        // the recorded header.
        reply.truncate(kSmb1WordCount);
        reply.append(char(1));
        reply.append(char(0xFF)).append(char(0xFF));
        reply.append(char(0)).append(char(0));
        return reply;
    }
    if (isSmb1Command(request, Smb::Smb1SessionSetupAndX))
        return rec.smb1SessionSetup.isEmpty() ? QByteArray()
                                              : withSmb1Mid(rec.smb1SessionSetup, request);
    if (isSmb2Command(request, 0)) {
        if (rec.smb2Negotiate.isEmpty() ||
            !smb2Dialects(request).contains(smb2ReplyDialect(rec.smb2Negotiate)))
            return {};
        return withSmb2MessageId(rec.smb2Negotiate, request);
    }
    if (isSmb2Command(request, 1))
        return rec.smb2SessionSetup.isEmpty() ? QByteArray()
                                              : withSmb2MessageId(rec.smb2SessionSetup, request);
    return {};
}

LoopbackServer::Behaviour responder(const Recording &rec)
{
    return [rec](QTcpSocket &s) {
        for (;;) {
            const QByteArray f = LoopbackServer::readFrame(s, 3000);
            if (f.size() < 4 || f.at(0) != 0x00)
                break;
            const QByteArray reply = answer(rec, f.mid(4));
            if (reply.isEmpty())
                break;
            s.write(LoopbackServer::frame(0x00, reply));
            s.waitForBytesWritten(2000);
        }
        s.disconnectFromHost();
        if (s.state() != QAbstractSocket::UnconnectedState)
            s.waitForDisconnected(1000);
    };
}

SmbProbe::Options replayOptions(quint16 port)
{
    SmbProbe::Options o;
    o.host = QStringLiteral("replay.example.test");
    o.address = QStringLiteral("127.0.0.1");
    o.smbPort = port;
    o.nbssPort = LoopbackServer::closedPort();
    o.connectTimeoutMs = 2000;
    o.deadlineMs = 10000;
    o.enumerateDialects = false; // a recording cannot answer questions it never heard
    return o;
}

const QString kNtlmssp = QString::fromLatin1(Spnego::OidNtlmssp);
const QString kMsKrb5 = QString::fromLatin1(Spnego::OidMsKerberos);
const QString kKrb5 = QString::fromLatin1(Spnego::OidKerberos);
const QString kKrb5U2U = QString::fromLatin1(Spnego::OidKerberosU2U);
const QString kNegoEx = QString::fromLatin1(Spnego::OidNegoEx);

// What the probe must report for one replayed capture.
struct Expected
{
    int connections = 1; // connections the probe opened to the responder
    bool smb1 = false;
    bool smb2 = false;
    QString dialect;
    bool smb2Renegotiated = false; // SMB2 0x02FF, then an SMB2 NEGOTIATE on the same connection
    bool extendedSecurity = false;
    QString signing; // SmbProbe::Result::signingId()
    quint32 smb1Capabilities = 0;
    int challengeLength = -1;
    QString domainName;
    QString serverName;
    QStringList mechanisms;
    QString negHint;
    bool securityBlobEmpty = false;
    bool sessionAnswered = false;
    bool anonymousAccepted = false;
    QString nativeOs;
    QString nativeLanMan;
    QString ntlmVersion; // "major.minor.build", empty when the probe saw no NTLM version
    QString ntlmNbComputer;
    QString family;
    QString title;
    QString version;
    double confidence = 0.0;
};

} // namespace

Q_DECLARE_METATYPE(Expected)

class TestSmbReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data();
    void replay();
    void nt4NegotiateLayoutMatchesWindows7();
    void nt4SessionSetupLayoutMatchesWindows7();
};

void TestSmbReplay::replay_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Expected>("expected");

    {
        // SMB1 only in the capture (its client offered no SMB2 dialect); DialectIndex 5 of the
        // client's six is translated to the probe's index 0. Extended security from the
        // capability although the reply's FLAGS2 bit is clear. The recorded session setup
        // accepted a Kerberos ticket: it carries no NTLM challenge, so the Native OS decides.
        Expected e;
        e.smb1 = true;
        e.dialect = QStringLiteral("NT LM 0.12");
        e.extendedSecurity = true;
        e.signing = QStringLiteral("enabled");
        e.smb1Capabilities = 0x8000d3fd;
        e.challengeLength = 0;
        e.mechanisms = QStringList{kMsKrb5, kNtlmssp};
        e.negHint = QStringLiteral("edisk03a$@HOUSING.HKSARG");
        e.sessionAnswered = true;
        e.nativeOs = QStringLiteral("Windows 5.0");
        e.nativeLanMan = QStringLiteral("Windows 2000 LAN Manager");
        e.family = QStringLiteral("windows-2000");
        e.title = QStringLiteral("Windows 2000");
        e.version = QStringLiteral("5.0");
        e.confidence = 0.9;
        QTest::newRow("windows-2000") << QStringLiteral("zeek_smb_gssapi_win2000-server.pcap") << e;
    }
    {
        // The capture's client sent exactly the probe's negotiate. Extended security with an
        // empty blob: no SPNEGO list, so no Kerberos; raw NTLMSSP challenge 5.1.2600.
        Expected e;
        e.smb1 = true;
        e.dialect = QStringLiteral("NT LM 0.12");
        e.extendedSecurity = true;
        e.signing = QStringLiteral("disabled");
        e.smb1Capabilities = 0x8000e3fd;
        e.challengeLength = 0;
        e.securityBlobEmpty = true;
        e.sessionAnswered = true;
        e.nativeOs = QStringLiteral("Windows 5.1");
        e.nativeLanMan = QStringLiteral("Windows 2000 LAN Manager");
        e.ntlmVersion = QStringLiteral("5.1.2600");
        e.ntlmNbComputer = QStringLiteral("TEST-F7DFBC3FE9");
        e.family = QStringLiteral("windows-xp-2003");
        e.title = QStringLiteral("Windows XP / Server 2003 (build 2600)");
        e.version = QStringLiteral("5.1.2600");
        e.confidence = 0.9;
        QTest::newRow("windows-xp")
            << QStringLiteral("zeek_raw_ntlm_in_smb_winxp-server.pcap") << e;
    }
    {
        // The capture's client did not ask for extended security, so the recorded reply is the
        // old non-extended form (8-byte challenge, domain, server name). The probe asks for it;
        // replayed, the reply shows the NT 4.0-class shape (SMB1 only, no extended security,
        // 8-byte challenge; a live Windows 7 would answer SMB2 0x02FF). The probe then sends a
        // null session setup, which is what the capture's client did, and the Native OS of the
        // recorded reply must win over the shape in the classification.
        Expected e;
        e.smb1 = true;
        e.dialect = QStringLiteral("NT LM 0.12");
        e.signing = QStringLiteral("disabled");
        e.smb1Capabilities = 0x0001e3fc;
        e.challengeLength = 8;
        e.domainName = QStringLiteral("WORKGROUP");
        e.serverName = QStringLiteral("JOHN-PC");
        e.sessionAnswered = true;
        e.anonymousAccepted = true;
        e.nativeOs = QStringLiteral("Windows 7 Ultimate 7601 Service Pack 1");
        e.nativeLanMan = QStringLiteral("Windows 7 Ultimate 6.1");
        e.family = QStringLiteral("windows-vista-or-later");
        e.title = QStringLiteral("Windows 7 Ultimate 7601 Service Pack 1");
        e.version = QStringLiteral("7601");
        e.confidence = 0.85;
        QTest::newRow("windows-7") << QStringLiteral("ndpi_smbv1_win7-server.pcap") << e;
    }
    {
        // The capture's client offered LAN Manager dialects only and got LANMAN2.1. To the
        // probe's first negotiate (NT LM 0.12, SMB 2.x) the responder answers DialectIndex
        // 0xFFFF (the capture never shows this server granting NT LM 0.12); the probe then
        // reconnects with LAN Manager dialects and gets the recorded LANMAN2.1 reply (index 3
        // in both lists). The capture has no session setup: the responder closes there.
        Expected e;
        e.connections = 2;
        e.smb1 = true;
        e.dialect = QStringLiteral("LANMAN2.1");
        e.signing = QStringLiteral("disabled");
        e.smb1Capabilities = 0;
        e.challengeLength = 8;
        e.domainName = QStringLiteral("WORKGROUP");
        e.family = QStringLiteral("other");
        e.title = QStringLiteral("LAN Manager-era server (dialect LANMAN2.1)");
        e.confidence = 0.7;
        QTest::newRow("lanman2.1") << QStringLiteral("zeek_cifs_negotiate_lanman.pcap") << e;
    }
    {
        // SMB1 only in the capture (its client offered no SMB2 dialect; a live Server 2019
        // would answer the probe with SMB2). NEGOEX + NTLMSSP: no Kerberos offered.
        Expected e;
        e.smb1 = true;
        e.dialect = QStringLiteral("NT LM 0.12");
        e.extendedSecurity = true;
        e.signing = QStringLiteral("disabled");
        e.smb1Capabilities = 0x8001e3fc;
        e.challengeLength = 0;
        e.mechanisms = QStringList{kNegoEx, kNtlmssp};
        e.sessionAnswered = true;
        e.nativeOs = QStringLiteral("Windows Server 2019 Standard 17763");
        e.nativeLanMan = QStringLiteral("Windows Server 2019 Standard 6.3");
        e.ntlmVersion = QStringLiteral("10.0.17763");
        e.ntlmNbComputer = QStringLiteral("WIN-MV8B5VI0FAL");
        e.family = QStringLiteral("windows-vista-or-later");
        e.title = QStringLiteral("Windows Server 2019 Standard 17763");
        e.version = QStringLiteral("10.0.17763");
        e.confidence = 0.9;
        QTest::newRow("server-2019")
            << QStringLiteral("suricata_smb-eicar-file_server2019.pcap") << e;
    }
    {
        // SMB2 0x02FF to the multi-protocol negotiate, then 2.1 to the SMB2 NEGOTIATE (its client
        // offered 2.0.2 and 2.1; 2.1 is also the highest 2008 R2 speaks). The recorded session
        // setup accepted a Kerberos ticket: no NTLM challenge and no Native OS in SMB2, so the
        // replay tells no OS version and the classification stays at "SMB2/3 server".
        Expected e;
        e.smb2 = true;
        e.dialect = QStringLiteral("2.1");
        e.smb2Renegotiated = true;
        e.extendedSecurity = true;
        e.signing = QStringLiteral("required");
        e.mechanisms = QStringList{kNegoEx, kMsKrb5, kKrb5, kKrb5U2U, kNtlmssp};
        e.negHint = QStringLiteral("not_defined_in_RFC4178@please_ignore");
        e.sessionAnswered = true;
        e.family = QStringLiteral("other");
        e.title = QStringLiteral("SMB2/3 server (dialect 2.1)");
        e.confidence = 0.4;
        QTest::newRow("server-2008r2") << QStringLiteral("suricata_smb2-09_server2008r2.pcap") << e;
    }
    {
        // The capture's client sent an SMB2 NEGOTIATE offering 3.0 only; the responder answers
        // the probe's SMB1 negotiate with that final reply directly (a live Server 2016 would
        // answer 0x02FF and then grant 3.1.1). NTLM challenge 10.0.14393, no Native OS in SMB2.
        Expected e;
        e.smb2 = true;
        e.dialect = QStringLiteral("3.0");
        e.extendedSecurity = true;
        e.signing = QStringLiteral("required");
        e.mechanisms = QStringList{kNegoEx, kMsKrb5, kKrb5, kKrb5U2U, kNtlmssp};
        e.negHint = QStringLiteral("not_defined_in_RFC4178@please_ignore");
        e.sessionAnswered = true;
        e.ntlmVersion = QStringLiteral("10.0.14393");
        e.ntlmNbComputer = QStringLiteral("WS2016");
        e.family = QStringLiteral("windows-vista-or-later");
        e.title = QStringLiteral("Windows 10.0 (build 14393)");
        e.version = QStringLiteral("10.0.14393");
        e.confidence = 0.8;
        QTest::newRow("server-2016") << QStringLiteral("zeek_smb3_server2016.pcap") << e;
    }
    {
        // 0x02FF, then 3.1.1 with negotiate contexts (its client offered up to 3.1.1, as the
        // probe does). The capture ends after the negotiate: the responder closes at the
        // session setup, so the probe learns no OS.
        Expected e;
        e.smb2 = true;
        e.dialect = QStringLiteral("3.1.1");
        e.smb2Renegotiated = true;
        e.extendedSecurity = true;
        e.signing = QStringLiteral("enabled");
        e.mechanisms = QStringList{kNtlmssp};
        e.negHint = QStringLiteral("not_defined_in_RFC4178@please_ignore");
        e.family = QStringLiteral("other");
        e.title = QStringLiteral("SMB2/3 server (dialect 3.1.1)");
        e.confidence = 0.4;
        QTest::newRow("smb-3.1.1") << QStringLiteral("zeek_smb3_negotiate_context.pcap") << e;
    }
}

void TestSmbReplay::replay()
{
    REQUIRE_CAPTURES();
    QFETCH(QString, file);
    QFETCH(Expected, expected);

    Recording rec;
    QString error;
    QVERIFY2(loadRecording(file, &rec, &error), qPrintable(error));
    LoopbackServer server(responder(rec));
    QVERIFY(server.start());
    const SmbProbe::Result r = SmbProbe::run(replayOptions(server.port()));
    const QString transcript = r.transcript.join(QLatin1Char('\n'));
    QVERIFY2(r.outcome == SmbProbe::Outcome::Ok,
             qPrintable(r.error + QLatin1Char('\n') + transcript));
    QCOMPARE(r.transport, QStringLiteral("direct-tcp"));
    QCOMPARE(server.connections(), expected.connections);

    QCOMPARE(r.smb1, expected.smb1);
    QCOMPARE(r.smb2, expected.smb2);
    QCOMPARE(r.dialect, expected.dialect);
    QCOMPARE(r.dialects, QStringList{expected.dialect});
    QCOMPARE(transcript.contains(QLatin1String("-> SMB2 NEGOTIATE [")), expected.smb2Renegotiated);
    QCOMPARE(r.extendedSecurity, expected.extendedSecurity);
    QCOMPARE(r.signingId(), expected.signing);
    QCOMPARE(r.smb1Capabilities, expected.smb1Capabilities);
    QCOMPARE(r.challengeLength, expected.challengeLength);
    QCOMPARE(r.domainName, expected.domainName);
    QCOMPARE(r.serverName, expected.serverName);
    QCOMPARE(r.mechanisms, expected.mechanisms);
    QCOMPARE(r.negHint, expected.negHint);
    QCOMPARE(r.kerberosOffered(),
             expected.mechanisms.contains(kMsKrb5) || expected.mechanisms.contains(kKrb5));
    QCOMPARE(r.securityBlobEmpty, expected.securityBlobEmpty);
    QCOMPARE(r.sessionAnswered, expected.sessionAnswered);
    QCOMPARE(r.anonymousAccepted, expected.anonymousAccepted);
    QCOMPARE(r.nativeOs, expected.nativeOs);
    QCOMPARE(r.nativeLanMan, expected.nativeLanMan);
    QCOMPARE(r.ntlmVersionKnown, !expected.ntlmVersion.isEmpty());
    if (r.ntlmVersionKnown) {
        QCOMPARE(QStringLiteral("%1.%2.%3").arg(r.ntlmMajor).arg(r.ntlmMinor).arg(r.ntlmBuild),
                 expected.ntlmVersion);
    }
    QCOMPARE(r.ntlmNbComputer, expected.ntlmNbComputer);

    const ServerIdentity id = ServerIdentity::classify(r);
    QCOMPARE(id.family, expected.family);
    QCOMPARE(id.title, expected.title);
    QCOMPARE(id.version, expected.version);
    QCOMPARE(id.confidence, expected.confidence);
    QVERIFY(!id.evidence.isEmpty());
}

namespace {

struct Win7Capture
{
    QByteArray negotiateRequest;
    QByteArray negotiateReply;
    QByteArray sessionSetupRequest;
    QByteArray sessionSetupReply;
};

bool loadWin7(Win7Capture *out, QString *error)
{
    QList<GpsiTest::TcpConnection> conns;
    GpsiTest::PcapInfo info;
    if (!GpsiTest::readPcapTcpFile(GpsiTest::smbDataDir() +
                                       QStringLiteral("/ndpi_smbv1_win7-server.pcap"),
                                   &conns, &info, error))
        return false;
    if (conns.size() != 1) {
        *error = QStringLiteral("expected one connection, found %1").arg(conns.size());
        return false;
    }
    const QList<QByteArray> requests = sessionMessages(conns.first().clientToServer);
    const QList<QByteArray> replies = sessionMessages(conns.first().serverToClient);
    if (requests.size() < 2 || replies.size() < 2) {
        *error = QStringLiteral("the capture lacks the negotiate or the session setup");
        return false;
    }
    out->negotiateRequest = requests.at(0);
    out->negotiateReply = replies.at(0);
    out->sessionSetupRequest = requests.at(1);
    out->sessionSetupReply = replies.at(1);
    return true;
}

// Offsets in a WordCount 17 NEGOTIATE reply (MS-CIFS 2.2.4.52.2): the words from 33, then
// ByteCount at 67 and the bytes (challenge, domain, server name) from 69.
constexpr qsizetype kCapabilities = 52;
constexpr qsizetype kSystemTime = 56;
constexpr qsizetype kChallengeLength = 66;
constexpr qsizetype kByteCount = 67;
constexpr qsizetype kChallenge = 69;
constexpr qsizetype kDomain = kChallenge + 8;

quint32 le32(const QByteArray &b, qsizetype at)
{
    return quint32(le16(b, at)) | (quint32(le16(b, at + 2)) << 16);
}

QByteArray utf16z(const QString &s)
{
    QByteArray out;
    for (const QChar c : s)
        out.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
    return out.append('\0').append('\0');
}

} // namespace

void TestSmbReplay::nt4NegotiateLayoutMatchesWindows7()
{
    // Windows 7 answered a client that did not ask for extended security with the old
    // non-extended form, the one NT 4.0 always sends. The simulator, given the same request,
    // challenge, time and domain, must lay its reply out the same way; it differs where NT 4.0
    // differs (capabilities, time zone, no server name after the domain).
    REQUIRE_CAPTURES();
    Win7Capture w;
    QString error;
    QVERIFY2(loadWin7(&w, &error), qPrintable(error));
    const QByteArray &real = w.negotiateReply;
    const quint64 filetime =
        quint64(le32(real, kSystemTime)) | (quint64(le32(real, kSystemTime + 4)) << 32);
    const QByteArray challenge = real.mid(kChallenge, 8);
    Nt4Simulator::Options options;
    options.domainName = QStringLiteral("WORKGROUP");
    const QByteArray sim = Nt4Simulator::reply(options, w.negotiateRequest, challenge, filetime);
    QVERIFY(!sim.isEmpty());

    for (const QByteArray *m : {&real, &sim}) {
        QCOMPARE(int(quint8(m->at(4))), int(Smb::Smb1Negotiate));
        QCOMPARE(int(m->at(kSmb1WordCount)), 17);
        QCOMPARE(le16(*m, kSmb1DialectIndex), quint16(5)); // NT LM 0.12 in that client's list
        QCOMPARE(int(m->at(kChallengeLength)), 8);
        QCOMPARE(le32(*m, kCapabilities) & Smb::CapExtendedSecurity, quint32(0));
        QVERIFY(le16(*m, 10) & Smb::Flags2Unicode);
        QCOMPARE(le16(*m, 10) & Smb::Flags2ExtendedSecurity, 0);
        QCOMPARE(le16(*m, kSmb1Mid), le16(w.negotiateRequest, kSmb1Mid));
        QCOMPARE(m->mid(kChallenge, 8), challenge);
        QCOMPARE(m->mid(kDomain, 20), utf16z(QStringLiteral("WORKGROUP")));
    }
    // The same words where NT 4.0 and Windows 7 agree (security mode through session key, the
    // system time), different capabilities (no CAP_LWIO, CAP_RAW_MODE set) and time zone.
    QCOMPARE(sim.mid(35, kCapabilities - 35), real.mid(35, kCapabilities - 35));
    QCOMPARE(sim.mid(kSystemTime, 8), real.mid(kSystemTime, 8));
    QCOMPARE(le32(real, kCapabilities), quint32(0x0001e3fc));
    QCOMPARE(le32(sim, kCapabilities), Nt4Simulator::CapabilitiesNtStatus);
    // Windows 7 adds the server name after the domain; NT 4.0 stops after the domain.
    QCOMPARE(le16(real, kByteCount), quint16(8 + 20 + 16));
    QCOMPARE(real.mid(kDomain + 20), utf16z(QStringLiteral("JOHN-PC")));
    QCOMPARE(le16(sim, kByteCount), quint16(8 + 20));
    QCOMPARE(sim.size(), kDomain + 20);

    // The parser sees the same shape.
    Smb::Smb1NegotiateResponse a;
    Smb::Smb1NegotiateResponse b;
    WireError e;
    QVERIFY2(Smb::parseSmb1NegotiateResponse(real, &a, &e), qPrintable(e.reason));
    QVERIFY2(Smb::parseSmb1NegotiateResponse(sim, &b, &e), qPrintable(e.reason));
    QCOMPARE(b.wordCount, a.wordCount);
    QCOMPARE(b.dialectIndex, a.dialectIndex);
    QCOMPARE(b.securityMode, a.securityMode);
    QCOMPARE(b.maxMpxCount, a.maxMpxCount);
    QCOMPARE(b.maxBufferSize, a.maxBufferSize);
    QCOMPARE(b.extendedSecurity(), a.extendedSecurity());
    QVERIFY(!b.extendedSecurity());
    QCOMPARE(b.challengeLength, a.challengeLength);
    QCOMPARE(b.challenge, a.challenge);
    QCOMPARE(b.systemTime, a.systemTime);
    QCOMPARE(b.domainName, a.domainName);
    QCOMPARE(b.serverGuid, a.serverGuid);
    QVERIFY(b.serverGuid.isEmpty());
    QCOMPARE(b.securityBlob, a.securityBlob);
    QVERIFY(b.securityBlob.isEmpty());
    QCOMPARE(a.serverName, QStringLiteral("JOHN-PC"));
    QVERIFY(b.serverName.isEmpty());
    QCOMPARE(a.serverTimeZone, qint16(240));
    QCOMPARE(b.serverTimeZone, qint16(0));
}

void TestSmbReplay::nt4SessionSetupLayoutMatchesWindows7()
{
    // The null session setup of the same capture (the probe sends the same kind): Windows 7's
    // reply and the simulator's have the same non-extended layout (WordCount 3, Unicode Native
    // OS / LAN Manager / domain after a pad byte), with NT 4.0's strings.
    REQUIRE_CAPTURES();
    Win7Capture w;
    QString error;
    QVERIFY2(loadWin7(&w, &error), qPrintable(error));
    Nt4Simulator::Options options;
    options.domainName = QStringLiteral("WORKGROUP");
    const QByteArray sim =
        Nt4Simulator::reply(options, w.sessionSetupRequest, QByteArray(8, 'c'), 0);
    QVERIFY(!sim.isEmpty());
    const QByteArray &real = w.sessionSetupReply;
    for (const QByteArray *m : {&real, &sim}) {
        QCOMPARE(int(quint8(m->at(4))), int(Smb::Smb1SessionSetupAndX));
        QCOMPARE(le32(*m, 5), Smb::StatusSuccess);
        QCOMPARE(int(m->at(kSmb1WordCount)), 3);
        QCOMPARE(le16(*m, kSmb1Mid), le16(w.sessionSetupRequest, kSmb1Mid));
    }
    Smb::Smb1SessionSetupResponse a;
    Smb::Smb1SessionSetupResponse b;
    WireError e;
    QVERIFY2(Smb::parseSmb1SessionSetupResponse(real, &a, &e), qPrintable(e.reason));
    QVERIFY2(Smb::parseSmb1SessionSetupResponse(sim, &b, &e), qPrintable(e.reason));
    QCOMPARE(b.wordCount, a.wordCount);
    QCOMPARE(b.status, a.status);
    QCOMPARE(b.action, a.action);
    QVERIFY(b.securityBlob.isEmpty());
    QVERIFY(a.securityBlob.isEmpty());
    QCOMPARE(b.primaryDomain, a.primaryDomain);
    QCOMPARE(a.nativeOs, QStringLiteral("Windows 7 Ultimate 7601 Service Pack 1"));
    QCOMPARE(b.nativeOs, QStringLiteral("Windows NT 4.0"));
    QCOMPARE(b.nativeLanMan, QStringLiteral("NT LAN Manager 4.0"));
    // Both start the Unicode strings after one pad byte (offset 41 is odd: aligned to 42).
    QCOMPARE(real.mid(kSmb1WordCount + 1 + 6 + 2, 1), QByteArray(1, '\0'));
    QCOMPARE(sim.mid(kSmb1WordCount + 1 + 6 + 2, 1), QByteArray(1, '\0'));
    QCOMPARE(real.mid(42, 2 * 7), utf16z(QStringLiteral("Windows")).left(14));
    QCOMPARE(sim.mid(42, 2 * 7), utf16z(QStringLiteral("Windows")).left(14));
}

QTEST_GUILESS_MAIN(TestSmbReplay)
#include "tst_smbreplay.moc"

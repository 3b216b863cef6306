// The SMB wire layer: builders produce the documented bytes, parsers read what real servers
// sent (the captures in ../shared/data/smb) and refuse hostile input with an offset.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

#include "probes/smbwire.h"
#include "probes/spnego.h"
#include "support/pcapreader.h"

using namespace Gpsi;
using GpsiTest::TcpConnection;

namespace {

QByteArray hexBytes(const char *hex)
{
    return QByteArray::fromHex(QByteArray(hex)); // spaces and '|' are skipped
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

quint16 le16(const QByteArray &b, qsizetype at)
{
    return quint16(quint8(b.at(at)) | (quint8(b.at(at + 1)) << 8));
}

quint32 le32(const QByteArray &b, qsizetype at)
{
    return quint32(le16(b, at)) | (quint32(le16(b, at + 2)) << 16);
}

void putU16(QByteArray &b, quint16 v)
{
    b.append(char(v & 0xFF)).append(char(v >> 8));
}

void putU32(QByteArray &b, quint32 v)
{
    putU16(b, quint16(v & 0xFFFF));
    putU16(b, quint16(v >> 16));
}

void putU64(QByteArray &b, quint64 v)
{
    putU32(b, quint32(v & 0xFFFFFFFF));
    putU32(b, quint32(v >> 32));
}

QByteArray utf16(const QString &s, bool terminated)
{
    QByteArray out;
    for (const QChar c : s)
        putU16(out, c.unicode());
    if (terminated)
        putU16(out, 0);
    return out;
}

// Mixed-endian GUID text (as tools print an SMB2 ServerGuid) to its 16 wire bytes.
QByteArray guidBytes(const char *text)
{
    const QByteArray h = QByteArray::fromHex(QByteArray(text));
    QByteArray out;
    for (int i = 3; i >= 0; --i)
        out.append(h.at(i));
    out.append(h.at(5)).append(h.at(4)).append(h.at(7)).append(h.at(6));
    out.append(h.mid(8));
    return out;
}

// --- test-side DER and server-reply builders (synthesized, not copied from captures) ---

QByteArray der(quint8 tag, const QByteArray &content)
{
    QByteArray out(1, char(tag));
    const qsizetype n = content.size();
    if (n < 0x80) {
        out.append(char(n));
    } else if (n < 0x100) {
        out.append(char(0x81)).append(char(n));
    } else {
        out.append(char(0x82)).append(char(n >> 8)).append(char(n & 0xFF));
    }
    return out + content;
}

QByteArray oid(const char *dotted)
{
    return der(0x06, Spnego::encodeOid(QLatin1String(dotted)));
}

// MS-SPNG NegTokenInit2 as a Windows server sends it in the NEGOTIATE reply.
QByteArray serverNegTokenInit(const QList<const char *> &mechs, const QByteArray &hint)
{
    QByteArray list;
    for (const char *m : mechs)
        list += oid(m);
    QByteArray fields = der(0xA0, der(0x30, list));
    if (!hint.isEmpty())
        fields += der(0xA3, der(0x30, der(0xA0, der(0x1B, hint))));
    return der(0x60, oid(Spnego::OidSpnego) + der(0xA0, der(0x30, fields)));
}

QByteArray negTokenResp(int state, const char *mech, const QByteArray &token)
{
    QByteArray fields;
    if (state >= 0)
        fields += der(0xA0, der(0x0A, QByteArray(1, char(state))));
    if (mech)
        fields += der(0xA1, oid(mech));
    if (!token.isEmpty())
        fields += der(0xA2, der(0x04, token));
    return der(0xA1, der(0x30, fields));
}

QByteArray avPair(quint16 id, const QByteArray &value)
{
    QByteArray out;
    putU16(out, id);
    putU16(out, quint16(value.size()));
    return out + value;
}

// A CHALLENGE_MESSAGE (MS-NLMP 2.2.1.2) with Version and TargetInfo.
QByteArray ntlmChallenge(const QString &target, quint8 major, quint8 minor, quint16 build)
{
    const QByteArray name = utf16(target, false);
    QByteArray info = avPair(2, utf16(QStringLiteral("NT4DOM"), false)) +
                      avPair(1, utf16(QStringLiteral("FILESRV"), false)) +
                      avPair(4, utf16(QStringLiteral("corp.example"), false)) +
                      avPair(3, utf16(QStringLiteral("filesrv.corp.example"), false)) +
                      avPair(5, utf16(QStringLiteral("corp.example"), false));
    QByteArray ts;
    putU64(ts, 132250000000000000ULL); // 2020-02-01 03:06:40 UTC
    info += avPair(7, ts) + avPair(0, {});
    QByteArray m("NTLMSSP\0", 8);
    putU32(m, 2);
    putU16(m, quint16(name.size()));
    putU16(m, quint16(name.size()));
    putU32(m, 56);
    putU32(m, 0x62898215); // UNICODE|REQUEST_TARGET|SIGN|NTLM|ALWAYS_SIGN|TARGET_TYPE_DOMAIN|ESS|
                           // TARGET_INFO|VERSION|128|KEY_EXCH
    m += hexBytes("0123456789abcdef");
    m += QByteArray(8, '\0');
    putU16(m, quint16(info.size()));
    putU16(m, quint16(info.size()));
    putU32(m, quint32(56 + name.size()));
    m.append(char(major)).append(char(minor));
    putU16(m, build);
    m += hexBytes("00000f");
    m.append(char(0x0F));
    Q_ASSERT(m.size() == 56);
    return m + name + info;
}

QByteArray smb1Reply(quint8 command, quint32 status, quint16 flags2, quint16 uid,
                     const QByteArray &words, const QByteArray &bytes)
{
    QByteArray m("\xFFSMB", 4);
    m.append(char(command));
    putU32(m, status);
    m.append(char(0x98));
    putU16(m, flags2);
    m += QByteArray(12, '\0');
    putU16(m, 0xFFFF);
    putU16(m, 0xFEFF);
    putU16(m, uid);
    putU16(m, 0);
    m.append(char(words.size() / 2));
    m += words;
    putU16(m, quint16(bytes.size()));
    return m + bytes;
}

// SMB_STRINGs after `start` (offset from the SMB header), 2-byte aligned when Unicode.
QByteArray smbStrings(const QStringList &strings, bool unicode, qsizetype start)
{
    QByteArray out;
    if (unicode && (start % 2))
        out.append('\0');
    for (const QString &s : strings)
        out += unicode ? utf16(s, true) : s.toLatin1() + QByteArray(1, '\0');
    return out;
}

// What an NT 4.0 server answers to NT LM 0.12: no CAP_EXTENDED_SECURITY, an 8-byte challenge,
// the domain name (MS-CIFS 2.2.4.52.2).
QByteArray nt4NegotiateReply(bool unicode, quint32 capabilities = 0x000043fd)
{
    QByteArray w;
    putU16(w, 5);          // DialectIndex: "NT LM 0.12" in a 6-dialect list
    w.append(char(0x03));  // user level, challenge/response
    putU16(w, 50);         // MaxMpxCount
    putU16(w, 1);          // MaxNumberVcs
    putU32(w, 4356);       // MaxBufferSize
    putU32(w, 65536);      // MaxRawSize
    putU32(w, 0x00001234); // SessionKey
    putU32(w, capabilities);
    putU64(w, 125911584000000000ULL); // 2000-01-01 00:00:00 UTC
    putU16(w, quint16(-60));
    w.append(char(8));
    QByteArray b = hexBytes("1122334455667788");
    b += unicode ? utf16(QStringLiteral("NT4DOM"), true) : QByteArray("NT4DOM", 7);
    const quint16 flags2 = unicode ? 0xC003 : 0x4003;
    return smb1Reply(Smb::Smb1Negotiate, 0, flags2, 0, w, b);
}

QByteArray extendedNegotiateReply()
{
    QByteArray w;
    putU16(w, 0);
    w.append(char(0x07));
    putU16(w, 50);
    putU16(w, 1);
    putU32(w, 16644);
    putU32(w, 65536);
    putU32(w, 0);
    putU32(w, 0x8000f3fd);
    putU64(w, 125911584000000000ULL);
    putU16(w, 0);
    w.append(char(0));
    const QByteArray b =
        hexBytes("00112233445566778899aabbccddeeff") +
        serverNegTokenInit({Spnego::OidMsKerberos, Spnego::OidKerberos, Spnego::OidNtlmssp},
                           "not_defined_in_RFC4178@please_ignore");
    return smb1Reply(Smb::Smb1Negotiate, 0, 0xC801, 0, w, b);
}

// LAN Manager 2.1 reply: WordCount 13, 16-bit fields, DOS date/time, OEM domain.
QByteArray lanmanNegotiateReply()
{
    QByteArray w;
    putU16(w, 1);                                             // DialectIndex
    putU16(w, 0x0003);                                        // SecurityMode
    putU16(w, 4096);                                          // MaxBufferSize
    putU16(w, 8);                                             // MaxMpxCount
    putU16(w, 1);                                             // MaxNumberVcs
    putU16(w, 0x0003);                                        // RawMode
    putU32(w, 0);                                             // SessionKey
    putU16(w, quint16((12 << 11) | (30 << 5) | (10 / 2)));    // 12:30:10
    putU16(w, quint16(((1999 - 1980) << 9) | (6 << 5) | 15)); // 1999-06-15
    putU16(w, quint16(-120));
    putU16(w, 8);
    putU16(w, 0);
    return smb1Reply(Smb::Smb1Negotiate, 0, 0x0001, 0, w,
                     hexBytes("a1a2a3a4a5a6a7a8") + QByteArray("LANGROUP", 9));
}

QByteArray nt4SessionSetupReply(bool unicode)
{
    QByteArray w = hexBytes("ff00");
    putU16(w, 0); // AndXOffset
    putU16(w, 0); // Action
    const QStringList strings = {QStringLiteral("Windows NT 4.0"),
                                 QStringLiteral("NT LAN Manager 4.0"), QStringLiteral("NT4DOM")};
    return smb1Reply(Smb::Smb1SessionSetupAndX, 0, unicode ? 0xC001 : 0x4001, 0x0800, w,
                     smbStrings(strings, unicode, 32 + 1 + 6 + 2));
}

QByteArray ntlmSessionSetupReply(const QByteArray &blob)
{
    QByteArray w = hexBytes("ff00");
    putU16(w, 0);
    putU16(w, 0);
    putU16(w, quint16(blob.size()));
    const qsizetype start = 32 + 1 + 8 + 2 + blob.size();
    return smb1Reply(Smb::Smb1SessionSetupAndX, Smb::StatusMoreProcessingRequired, 0xC807, 0x0801,
                     w,
                     blob + smbStrings({QStringLiteral("Windows Server 2003 3790 Service Pack 2"),
                                        QStringLiteral("Windows Server 2003 5.2")},
                                       true, start));
}

QByteArray smb2Response(quint16 command, quint32 status, quint64 sessionId, const QByteArray &body)
{
    QByteArray m("\xFESMB", 4);
    putU16(m, 64);
    putU16(m, 0);
    putU32(m, status);
    putU16(m, command);
    putU16(m, 1);
    putU32(m, 1);
    putU32(m, 0);
    putU64(m, 0);
    putU32(m, 0xFEFF);
    putU32(m, 0);
    putU64(m, sessionId);
    m += QByteArray(16, '\0');
    return m + body;
}

QByteArray smb2NegotiateReply(quint16 dialect, bool contexts)
{
    const QByteArray blob =
        serverNegTokenInit({Spnego::OidNegoEx, Spnego::OidMsKerberos, Spnego::OidKerberos,
                            Spnego::OidKerberosU2U, Spnego::OidNtlmssp},
                           "not_defined_in_RFC4178@please_ignore");
    QByteArray b;
    putU16(b, 65);
    putU16(b, 0x0001);
    putU16(b, dialect);
    putU16(b, contexts ? 2 : 0);
    b += hexBytes("0102030405060708090a0b0c0d0e0f10");
    putU32(b, 0x2F);
    putU32(b, 8388608);
    putU32(b, 8388608);
    putU32(b, 8388608);
    putU64(b, 132250000000000000ULL);
    putU64(b, 0);
    putU16(b, 128);
    putU16(b, quint16(blob.size()));
    const qsizetype contextOffsetAt = b.size();
    putU32(b, 0);
    b += blob;
    if (contexts) {
        while ((64 + b.size()) % 8)
            b.append('\0');
        const quint32 at = quint32(64 + b.size());
        for (int i = 0; i < 4; ++i)
            b[contextOffsetAt + i] = char((at >> (8 * i)) & 0xFF);
        putU16(b, 1);
        putU16(b, 38);
        putU32(b, 0);
        putU16(b, 1);
        putU16(b, 32);
        putU16(b, 1);
        b += QByteArray(32, '\x5a');
        while ((64 + b.size()) % 8)
            b.append('\0');
        putU16(b, 2);
        putU16(b, 4);
        putU32(b, 0);
        putU16(b, 1);
        putU16(b, 2);
    }
    return smb2Response(0, 0, 0, b);
}

QByteArray smb2SessionSetupReply(quint32 status, const QByteArray &blob)
{
    QByteArray b;
    putU16(b, 9);
    putU16(b, 0);
    putU16(b, 72);
    putU16(b, quint16(blob.size()));
    return smb2Response(1, status, 0x0000100000000001ULL, b + blob);
}

// --- real captures ---

QList<TcpConnection> loadCapture(const char *name)
{
    QList<TcpConnection> out;
    QString error;
    GpsiTest::PcapInfo info;
    const QString path = GpsiTest::smbDataDir() + QLatin1Char('/') + QLatin1String(name);
    if (!GpsiTest::readPcapTcpFile(path, &out, &info, &error))
        qWarning("%s: %s", name, qPrintable(error));
    return out;
}

// The SMB messages of one direction; stops at a framing error or an incomplete frame.
QList<QByteArray> frames(const QByteArray &stream, bool *clean = nullptr)
{
    Smb::FrameReader reader;
    reader.feed(stream);
    QList<QByteArray> out;
    Smb::FrameReader::Frame f;
    while (reader.next(&f)) {
        if (f.type == 0x00)
            out << f.payload;
    }
    if (clean)
        *clean = !reader.hasError() && reader.buffered() == 0;
    return out;
}

const TcpConnection *byClientPort(const QList<TcpConnection> &conns, quint16 port)
{
    for (const TcpConnection &c : conns) {
        if (c.clientPort == port)
            return &c;
    }
    return nullptr;
}

#define REQUIRE_CAPTURES()                                                                         \
    if (!GpsiTest::haveCaptures())                                                                 \
        QSKIP("../shared/data/smb is not present (GPSI_SHARED_DIR): real SMB captures not "        \
              "checked");

// Every reply message of every capture, with the parser that fits it.
enum class Kind { Smb1Negotiate, Smb1SessionSetup, Smb2Negotiate, Smb2SessionSetup, Other };

Kind kindOf(const QByteArray &m)
{
    if (Smb::isSmb1(m) && m.size() > 4)
        return m.at(4) == char(0x72)
                   ? Kind::Smb1Negotiate
                   : (m.at(4) == char(0x73) ? Kind::Smb1SessionSetup : Kind::Other);
    if (Smb::isSmb2(m) && m.size() > 13 && m.at(13) == 0)
        return m.at(12) == 0 ? Kind::Smb2Negotiate
                             : (m.at(12) == 1 ? Kind::Smb2SessionSetup : Kind::Other);
    return Kind::Other;
}

// Runs the parser for `kind`; returns ok and fills the error and a short fingerprint of what
// was understood (for consistency checks).
bool parseAs(Kind kind, const QByteArray &m, WireError *e, QString *fingerprint)
{
    switch (kind) {
    case Kind::Smb1Negotiate: {
        Smb::Smb1NegotiateResponse r;
        const bool ok = Smb::parseSmb1NegotiateResponse(m, &r, e);
        *fingerprint = QStringLiteral("%1/%2/%3/%4")
                           .arg(r.status)
                           .arg(r.dialectIndex)
                           .arg(r.securityMode)
                           .arg(r.capabilities);
        return ok;
    }
    case Kind::Smb1SessionSetup: {
        Smb::Smb1SessionSetupResponse r;
        const bool ok = Smb::parseSmb1SessionSetupResponse(m, &r, e);
        *fingerprint = QStringLiteral("%1/%2/%3").arg(r.status).arg(r.uid).arg(r.wordCount);
        return ok;
    }
    case Kind::Smb2Negotiate: {
        Smb::Smb2NegotiateResponse r;
        const bool ok = Smb::parseSmb2NegotiateResponse(m, &r, e);
        *fingerprint = QStringLiteral("%1/%2/%3").arg(r.status).arg(r.dialect).arg(r.capabilities);
        return ok;
    }
    case Kind::Smb2SessionSetup: {
        Smb::Smb2SessionSetupResponse r;
        const bool ok = Smb::parseSmb2SessionSetupResponse(m, &r, e);
        *fingerprint = QStringLiteral("%1/%2").arg(r.status).arg(r.sessionId);
        return ok;
    }
    case Kind::Other:
        break;
    }
    return false;
}

QList<QByteArray> syntheticReplies()
{
    return {nt4NegotiateReply(true),
            nt4NegotiateReply(false),
            extendedNegotiateReply(),
            lanmanNegotiateReply(),
            nt4SessionSetupReply(true),
            nt4SessionSetupReply(false),
            ntlmSessionSetupReply(negTokenResp(1, Spnego::OidNtlmssp,
                                               ntlmChallenge(QStringLiteral("CORP"), 5, 2, 3790))),
            smb2NegotiateReply(0x0210, false),
            smb2NegotiateReply(0x0311, true),
            smb2SessionSetupReply(Smb::StatusMoreProcessingRequired,
                                  ntlmChallenge(QStringLiteral("CORP"), 10, 0, 20348))};
}

QList<QByteArray> realReplies()
{
    QList<QByteArray> out;
    if (!GpsiTest::haveCaptures())
        return out;
    const QStringList files = QDir(GpsiTest::smbDataDir()).entryList({QStringLiteral("*.pcap")});
    for (const QString &f : files) {
        for (const TcpConnection &c : loadCapture(qPrintable(f))) {
            for (const QByteArray &m : frames(c.serverToClient)) {
                const Kind k = kindOf(m);
                if (k != Kind::Other && !out.contains(m))
                    out << m;
            }
        }
    }
    return out;
}

} // namespace

class TestSmbWire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wireReader();
    void smb1NegotiateRequest_data();
    void smb1NegotiateRequest();
    void sessionMessageFraming();
    void netbiosName_data();
    void netbiosName();
    void netbiosSessionRequest();
    void smb2NegotiateRequest_data();
    void smb2NegotiateRequest();
    void ntlmNegotiate();
    void smb1SessionSetupRequests_data();
    void smb1SessionSetupRequests();
    void smb2SessionSetupRequest();
    void spnegoBuildAndParse();
    void oids_data();
    void oids();
    void badOids_data();
    void badOids();
    void names();
    void fileTime();
    void frameReader();
    void frameReaderRefuses_data();
    void frameReaderRefuses();
    void nt4StyleReplies();
    void otherSyntheticReplies();

    void captureWindows2000();
    void captureWindowsXp();
    void captureWindows7();
    void captureLanman21();
    void captureServer2019();
    void captureServer2008R2();
    void captureServer2016();
    void captureSmb311();

    void hostileTruncation();
    void hostileLengthFlips_data();
    void hostileLengthFlips();
    void hostileDer_data();
    void hostileDer();
    void tolerantDer();
    void fuzzCorpus();
};

void TestSmbWire::wireReader()
{
    const QByteArray data = hexBytes("0102030441004200");
    WireReader r(data);
    QCOMPARE(r.u16le(), quint16(0x0201));
    QCOMPARE(r.u16be(), quint16(0x0304));
    QCOMPARE(r.utf16leZ(), QStringLiteral("AB"));
    QVERIFY(r.ok());
    QCOMPARE(r.remaining(), 0);
    QCOMPARE(r.u8(), quint8(0));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().offset, 8);
    QVERIFY(r.error().reason.contains(QStringLiteral("truncated at 0x8")));
    QCOMPARE(r.remaining(), 0);
    (void)r.u32le(); // later reads keep the first error
    QCOMPARE(r.error().offset, 8);

    WireReader labelled(data, 5);
    QCOMPARE(labelled.field(QT_TRANSLATE_NOOP("Gpsi::WireReader", "the challenge")).bytes(8),
             QByteArray());
    QCOMPARE(labelled.error().reason,
             QStringLiteral("truncated at 0x5: needs 8 bytes for the challenge, 3 left"));

    WireReader negative(data);
    QVERIFY(negative.bytes(-1).isEmpty());
    QVERIFY(!negative.ok());
    WireReader seeking(data);
    QVERIFY(seeking.seek(8));
    QVERIFY(!seeking.seek(9));
    QCOMPARE(seeking.error().offset, 8);

    // Lenient strings: a missing terminator (or half of one) ends the string at the data end.
    const QByteArray half = hexBytes("4100420043");
    WireReader h(half);
    QCOMPARE(h.utf16leZ(), QStringLiteral("AB"));
    QVERIFY(h.ok());
    QCOMPARE(h.remaining(), 0);
    const QByteArray oem("LANGROUP\0NEXT", 13);
    WireReader a(oem);
    QCOMPARE(a.asciiZ(), QStringLiteral("LANGROUP"));
    QCOMPARE(a.asciiZ(), QStringLiteral("NEXT"));
    QCOMPARE(a.asciiZ(), QString());
    QVERIFY(a.ok());
    QCOMPARE(WireReader(data).u32be(), quint32(0x01020304));
    QCOMPARE(WireReader(hexBytes("0807060504030201")).u64le(), quint64(0x0102030405060708));
}

void TestSmbWire::smb1NegotiateRequest_data()
{
    QTest::addColumn<QStringList>("dialects");
    QTest::addColumn<int>("flags2");
    QTest::addColumn<int>("mid");
    QTest::addColumn<QByteArray>("expected");
    // domain.md 5.3: the 47-byte probe with one dialect, Flags2 0xC801. PIDLow is 0xFEFF as
    // Windows sends it (wire bytes ff fe); the domain.md example writes "FEFF" in wire order,
    // which would be 0xFFFE.
    QTest::newRow("domain.md 5.3") << QStringList{QStringLiteral("NT LM 0.12")} << 0xC801 << 0
                                   << hexBytes("ff534d42 72 00000000 18 01c8 0000 0000000000000000"
                                               "0000 ffff fffe 0000 0000 | 00 | 0c00 |"
                                               "02 4e54204c4d20302e3132 00");
    QTest::newRow("multi-protocol")
        << QStringList{QStringLiteral("NT LM 0.12"), QStringLiteral("SMB 2.002"),
                       QStringLiteral("SMB 2.???")}
        << 0xC801 << 7
        << hexBytes("ff534d42 72 00000000 18 01c8 0000 0000000000000000 0000 ffff fffe 0000 0700"
                    "| 00 | 2200 | 02 4e54204c4d20302e313200 02 534d4220322e30303200"
                    "02 534d4220322e3f3f3f00");
    QTest::newRow("oem, mid 0x1234")
        << QStringList{QStringLiteral("LANMAN2.1"), QStringLiteral("NT LM 0.12")} << 0x4001
        << 0x1234
        << hexBytes("ff534d42 72 00000000 18 0140 0000 0000000000000000 0000 ffff fffe 0000 3412"
                    "| 00 | 1700 | 02 4c414e4d414e322e3100 02 4e54204c4d20302e313200");
}

void TestSmbWire::smb1NegotiateRequest()
{
    QFETCH(QStringList, dialects);
    QFETCH(int, flags2);
    QFETCH(int, mid);
    QFETCH(QByteArray, expected);
    const QByteArray m = Smb::smb1NegotiateRequest(dialects, quint16(flags2), quint16(mid));
    QCOMPARE(m.toHex(' '), expected.toHex(' '));
    QVERIFY(Smb::isSmb1(m));
    QVERIFY(!Smb::isSmb2(m));
}

void TestSmbWire::sessionMessageFraming()
{
    const QByteArray m =
        Smb::smb1NegotiateRequest({QStringLiteral("NT LM 0.12")}, Smb::Flags2Unicode | 0x4801, 0);
    QCOMPARE(m.size(), 47);
    const QByteArray framed = Smb::frameSessionMessage(m);
    QCOMPARE(framed.left(4), hexBytes("0000002f"));
    QCOMPARE(framed.mid(4), m);
    QCOMPARE(Smb::frameSessionMessage(QByteArray(0x12345, 'x')).left(4), hexBytes("00012345"));
    QVERIFY(Smb::frameSessionMessage(QByteArray()).size() == 4);
}

void TestSmbWire::netbiosName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("suffix");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("*SMBSERVER<20>") << QStringLiteral("*SMBSERVER") << 0x20
                                    << QByteArray(" CKFDENECFDEFFCFGEFFCCACACACACACA\0", 34);
    QTest::newRow("NT4SRV<20>") << QStringLiteral("NT4SRV") << 0x20
                                << QByteArray(" EOFEDEFDFCFGCACACACACACACACACACA\0", 34);
    QTest::newRow("lower case<00>") << QStringLiteral("gpsi-doctor") << 0x00
                                    << QByteArray(" EHFAFDEJCNEEEPEDFEEPFCCACACACAAA\0", 34);
    // The NBSTAT wildcard of domain.md 5.7: '*' padded with NULs.
    QTest::newRow("*<00>") << QStringLiteral("*") << 0x00
                           << QByteArray(" CKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\0", 34);
    QTest::newRow("truncated to 15") << QStringLiteral("ABCDEFGHIJKLMNOPQR") << 0x20
                                     << QByteArray(" EBECEDEEEFEGEHEIEJEKELEMENEOEPCA\0", 34);
}

void TestSmbWire::netbiosName()
{
    QFETCH(QString, name);
    QFETCH(int, suffix);
    QFETCH(QByteArray, expected);
    QCOMPARE(Smb::encodeNetbiosName(name, quint8(suffix)), expected);
}

void TestSmbWire::netbiosSessionRequest()
{
    const QByteArray r =
        Smb::netbiosSessionRequest(QStringLiteral("NT4SRV"), QStringLiteral("GPSIDOCTOR"));
    QCOMPARE(r.size(), 4 + 68);
    QCOMPARE(r.left(4), hexBytes("81000044")); // RFC 1002 4.3.2: type, flags, length 68
    QCOMPARE(r.mid(4, 34), Smb::encodeNetbiosName(QStringLiteral("NT4SRV"), 0x20));
    QCOMPARE(r.mid(38, 34), Smb::encodeNetbiosName(QStringLiteral("GPSIDOCTOR"), 0x00));
    QVERIFY(r.endsWith(QByteArray("AA\0", 3)));
}

void TestSmbWire::smb2NegotiateRequest_data()
{
    QTest::addColumn<QList<quint16>>("dialects");
    QTest::addColumn<bool>("contexts");
    QTest::addColumn<quint32>("capabilities");
    QTest::newRow("2.0.2 + 2.1") << QList<quint16>{0x0202, 0x0210} << false << quint32(0);
    QTest::newRow("2.x + 3.0 + 3.0.2")
        << QList<quint16>{0x0202, 0x0210, 0x0300, 0x0302} << false << quint32(0x47);
    QTest::newRow("all five") << QList<quint16>{0x0202, 0x0210, 0x0300, 0x0302, 0x0311} << true
                              << quint32(0x47);
    QTest::newRow("3.1.1 only") << QList<quint16>{0x0311} << true << quint32(0x47);
    QTest::newRow("four, 3.1.1 last")
        << QList<quint16>{0x0210, 0x0300, 0x0302, 0x0311} << true << quint32(0x47);
}

void TestSmbWire::smb2NegotiateRequest()
{
    QFETCH(QList<quint16>, dialects);
    QFETCH(bool, contexts);
    QFETCH(quint32, capabilities);
    const QByteArray guid = hexBytes("00112233445566778899aabbccddeeff");
    const QByteArray m = Smb::smb2NegotiateRequest(dialects, Smb::Smb2SigningEnabled, guid, 5);
    QVERIFY(Smb::isSmb2(m));
    // SMB2 header (MS-SMB2 2.2.1).
    QCOMPARE(le16(m, 4), quint16(64));
    QCOMPARE(le16(m, 12), quint16(0)); // NEGOTIATE
    QVERIFY(le16(m, 14) >= 1);         // CreditRequest
    QCOMPARE(le32(m, 16), quint32(0)); // request
    QCOMPARE(le32(m, 24), quint32(5)); // MessageId
    // NEGOTIATE request (2.2.3).
    QCOMPARE(le16(m, 64), quint16(36));
    QCOMPARE(le16(m, 66), quint16(dialects.size()));
    QCOMPARE(le16(m, 68), quint16(1));
    QCOMPARE(le32(m, 72), capabilities);
    QCOMPARE(m.mid(76, 16), guid);
    for (int i = 0; i < dialects.size(); ++i)
        QCOMPARE(le16(m, 100 + 2 * i), dialects.at(i));
    const qsizetype dialectsEnd = 100 + 2 * dialects.size();
    if (!contexts) {
        QCOMPARE(m.mid(92, 8), QByteArray(8, '\0')); // ClientStartTime
        QCOMPARE(m.size(), dialectsEnd);
        return;
    }
    const quint32 offset = le32(m, 92);
    QCOMPARE(offset % 8, quint32(0));
    QCOMPARE(offset, quint32((dialectsEnd + 7) / 8 * 8));
    QCOMPARE(le16(m, 96), quint16(2));
    QCOMPARE(m.mid(dialectsEnd, offset - dialectsEnd), QByteArray(offset - dialectsEnd, '\0'));
    // SMB2_PREAUTH_INTEGRITY_CAPABILITIES: SHA-512, 32-byte salt (2.2.3.1.1).
    QCOMPARE(le16(m, offset), quint16(1));
    QCOMPARE(le16(m, offset + 2), quint16(38));
    QCOMPARE(le32(m, offset + 4), quint32(0));
    QCOMPARE(le16(m, offset + 8), quint16(1));
    QCOMPARE(le16(m, offset + 10), quint16(32));
    QCOMPARE(le16(m, offset + 12), quint16(0x0001));
    // SMB2_ENCRYPTION_CAPABILITIES, 8-byte aligned after the first (2.2.3.1.2).
    const quint32 second = (offset + 8 + 38 + 7) / 8 * 8;
    QCOMPARE(le16(m, second), quint16(2));
    QCOMPARE(le16(m, second + 2), quint16(6));
    QCOMPARE(le16(m, second + 8), quint16(2));
    QCOMPARE(le16(m, second + 10), quint16(0x0002)); // AES-128-GCM
    QCOMPARE(le16(m, second + 12), quint16(0x0001)); // AES-128-CCM
    QCOMPARE(m.size(), qsizetype(second + 8 + 6));
    // The salt is random.
    const QByteArray again = Smb::smb2NegotiateRequest(dialects, Smb::Smb2SigningEnabled, guid, 5);
    QVERIFY(again.mid(offset + 14, 32) != m.mid(offset + 14, 32));
    QCOMPARE(again.left(offset + 14), m.left(offset + 14));
}

void TestSmbWire::ntlmNegotiate()
{
    const QByteArray m = Smb::ntlmNegotiateMessage();
    // MS-NLMP 2.2.1.1: UNICODE|OEM|REQUEST_TARGET|NTLM|ALWAYS_SIGN|EXTENDED_SESSIONSECURITY|
    // VERSION|128|56 = 0xa2088207, empty domain/workstation, zero VERSION.
    QCOMPARE(m.toHex(' '), hexBytes("4e544c4d53535000 01000000 078208a2 0000 0000 28000000"
                                    "0000 0000 28000000 0000000000000000")
                               .toHex(' '));
    QCOMPARE(Smb::findNtlmssp(m), m);
}

void TestSmbWire::smb1SessionSetupRequests_data()
{
    QTest::addColumn<bool>("extended");
    QTest::addColumn<int>("flags2");
    QTest::addColumn<QByteArray>("blob");
    QTest::newRow("extended, unicode, even blob")
        << true << 0xC801
        << Spnego::buildNegTokenInit({QLatin1String(Spnego::OidNtlmssp)},
                                     Smb::ntlmNegotiateMessage());
    QTest::newRow("extended, unicode, odd blob") << true << 0xC801 << QByteArray(41, 'x');
    QTest::newRow("extended, unicode, raw ntlm") << true << 0xC801 << Smb::ntlmNegotiateMessage();
    QTest::newRow("extended, oem") << true << 0x4801 << QByteArray(41, 'x');
    QTest::newRow("null session, unicode") << false << 0xC001 << QByteArray();
    QTest::newRow("null session, oem") << false << 0x4001 << QByteArray();
}

void TestSmbWire::smb1SessionSetupRequests()
{
    QFETCH(bool, extended);
    QFETCH(int, flags2);
    QFETCH(QByteArray, blob);
    const bool unicode = flags2 & Smb::Flags2Unicode;
    const QByteArray m = extended ? Smb::smb1SessionSetupExtended(quint16(flags2), 3, blob)
                                  : Smb::smb1SessionSetupNull(quint16(flags2), 3);
    QCOMPARE(m.left(4), QByteArray("\xFFSMB", 4));
    QCOMPARE(quint8(m.at(4)), Smb::Smb1SessionSetupAndX);
    QCOMPARE(le16(m, 10), quint16(flags2));
    QCOMPARE(le16(m, 24), quint16(0xFFFF)); // TID
    QCOMPARE(le16(m, 26), quint16(0xFEFF)); // PID
    QCOMPARE(le16(m, 28), quint16(0));      // UID
    QCOMPARE(le16(m, 30), quint16(3));      // MID
    const int wordCount = quint8(m.at(32));
    QCOMPARE(wordCount, extended ? 12 : 13);
    QCOMPARE(quint8(m.at(33)), quint8(0xFF)); // no AndX
    const qsizetype byteCountAt = 33 + 2 * wordCount;
    QCOMPARE(qsizetype(le16(m, byteCountAt)), m.size() - byteCountAt - 2);
    qsizetype pos = byteCountAt + 2;
    if (extended) {
        QCOMPARE(le16(m, 47), quint16(blob.size()));
        QCOMPARE(le32(m, 53), quint32(0x80000054)); // EXTENDED_SECURITY|STATUS32|NT_SMBS|UNICODE
        QCOMPARE(m.mid(pos, blob.size()), blob);
        pos += blob.size();
    } else {
        QCOMPARE(le16(m, 47), quint16(0)); // OEMPasswordLen
        QCOMPARE(le16(m, 49), quint16(0)); // UnicodePasswordLen
        QCOMPARE(le32(m, 55), quint32(0x54));
    }
    if (unicode && (pos % 2)) {
        QCOMPARE(m.at(pos), '\0');
        ++pos;
    }
    QStringList strings;
    if (!extended)
        strings << QString() << QString(); // account, primary domain
    strings << QStringLiteral("Unix") << QStringLiteral("GPSI Doctor");
    QByteArray expected;
    for (const QString &s : std::as_const(strings))
        expected += unicode ? utf16(s, true) : s.toLatin1() + QByteArray(1, '\0');
    QCOMPARE(m.mid(pos).toHex(' '), expected.toHex(' '));
}

void TestSmbWire::smb2SessionSetupRequest()
{
    const QByteArray blob = Smb::ntlmNegotiateMessage();
    const QByteArray m = Smb::smb2SessionSetupRequest(2, blob);
    QCOMPARE(le16(m, 12), quint16(1));
    QCOMPARE(le32(m, 24), quint32(2));
    QCOMPARE(le16(m, 64), quint16(25)); // MS-SMB2 2.2.5
    QCOMPARE(quint8(m.at(67)), quint8(0x01));
    QCOMPARE(le16(m, 76), quint16(88));
    QCOMPARE(le16(m, 78), quint16(blob.size()));
    QCOMPARE(m.mid(88), blob);
    QCOMPARE(m.size(), 88 + blob.size());
}

void TestSmbWire::spnegoBuildAndParse()
{
    // Exact DER for the smallest token: GSS wrapper, SPNEGO OID, NegTokenInit, one mech.
    QCOMPARE(Spnego::buildNegTokenInit({QLatin1String(Spnego::OidNtlmssp)}, {}).toHex(' '),
             hexBytes("601c 0606 2b0601050502 a012 3010 a00e 300c 060a 2b06010401823702020a")
                 .toHex(' '));
    const QStringList mechs = {QLatin1String(Spnego::OidMsKerberos),
                               QLatin1String(Spnego::OidKerberos),
                               QLatin1String(Spnego::OidNtlmssp)};
    const QByteArray token = Smb::ntlmNegotiateMessage();
    const QByteArray blob = Spnego::buildNegTokenInit(mechs, token);
    Spnego::NegTokenInit init;
    WireError e;
    QVERIFY2(Spnego::parseNegTokenInit(blob, &init, &e), qPrintable(e.reason));
    QCOMPARE(init.mechTypes, mechs);
    QCOMPARE(init.mechToken, token);
    QVERIFY(init.hintName.isEmpty());
    QCOMPARE(Smb::findNtlmssp(blob), token);
    // A long mechToken needs the long length form.
    const QByteArray big(300, '\x42');
    QVERIFY(Spnego::parseNegTokenInit(Spnego::buildNegTokenInit(mechs, big), &init, &e));
    QCOMPARE(init.mechToken, big);
    // The server side: NegTokenInit2 hints, NegTokenResp.
    QVERIFY(Spnego::parseNegTokenInit(
        serverNegTokenInit({Spnego::OidNegoEx, Spnego::OidNtlmssp}, "srv$@REALM"), &init, &e));
    QCOMPARE(init.mechTypes,
             QStringList({QLatin1String(Spnego::OidNegoEx), QLatin1String(Spnego::OidNtlmssp)}));
    QCOMPARE(init.hintName, QStringLiteral("srv$@REALM"));
    Spnego::NegTokenResp resp;
    QVERIFY(Spnego::parseNegTokenResp(negTokenResp(1, Spnego::OidNtlmssp, token), &resp, &e));
    QCOMPARE(resp.negState, 1);
    QCOMPARE(resp.supportedMech, QLatin1String(Spnego::OidNtlmssp));
    QCOMPARE(resp.responseToken, token);
    QVERIFY(Spnego::parseNegTokenResp(negTokenResp(-1, nullptr, {}), &resp, &e));
    QCOMPARE(resp.negState, -1);
    QVERIFY(Smb::findNtlmssp(negTokenResp(0, nullptr, {})).isEmpty());
    QVERIFY(Smb::findNtlmssp(QByteArray("NTLMSS", 6)).isEmpty());
}

void TestSmbWire::oids_data()
{
    QTest::addColumn<QString>("dotted");
    QTest::addColumn<QByteArray>("der");
    QTest::newRow("SPNEGO") << QString::fromLatin1(Spnego::OidSpnego) << hexBytes("2b0601050502");
    QTest::newRow("MS KRB5") << QString::fromLatin1(Spnego::OidMsKerberos)
                             << hexBytes("2a864882f712010202");
    QTest::newRow("KRB5") << QString::fromLatin1(Spnego::OidKerberos)
                          << hexBytes("2a864886f712010202");
    QTest::newRow("KRB5 U2U") << QString::fromLatin1(Spnego::OidKerberosU2U)
                              << hexBytes("2a864886f71201020203");
    QTest::newRow("NEGOEX") << QString::fromLatin1(Spnego::OidNegoEx)
                            << hexBytes("2b06010401823702021e");
    QTest::newRow("NTLMSSP") << QString::fromLatin1(Spnego::OidNtlmssp)
                             << hexBytes("2b06010401823702020a");
    QTest::newRow("2.999") << QStringLiteral("2.999") << hexBytes("8837");
    QTest::newRow("0.0") << QStringLiteral("0.0") << hexBytes("00");
    QTest::newRow("1.39.0") << QStringLiteral("1.39.0") << hexBytes("4f00");
    QTest::newRow("64-bit arc") << QStringLiteral("1.2.18446744073709551615")
                                << hexBytes("2a 81ffffffffffffffff7f");
}

void TestSmbWire::oids()
{
    QFETCH(QString, dotted);
    QFETCH(QByteArray, der);
    QCOMPARE(Spnego::encodeOid(dotted).toHex(), der.toHex());
    QCOMPARE(Spnego::decodeOid(der), dotted);
}

void TestSmbWire::badOids_data()
{
    QTest::addColumn<QString>("dotted");
    QTest::addColumn<QByteArray>("der");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("one arc") << QStringLiteral("1") << hexBytes("8000");
    QTest::newRow("first arc 3") << QStringLiteral("3.1") << hexBytes("2b86");
    QTest::newRow("second arc 40") << QStringLiteral("1.40") << hexBytes("80 01");
    QTest::newRow("letters") << QStringLiteral("1.a.3") << hexBytes("2b 80 80 01");
    QTest::newRow("empty arc") << QStringLiteral("1..2")
                               << hexBytes("2b ff ff ff ff ff ff ff ff ff ff 7f");
    QTest::newRow("sign") << QStringLiteral("1.-2") << hexBytes("ff");
    QTest::newRow("overflow") << QStringLiteral("1.2.18446744073709551616")
                              << hexBytes("2b 06 01 85");
}

void TestSmbWire::badOids()
{
    QFETCH(QString, dotted);
    QFETCH(QByteArray, der);
    QVERIFY(Spnego::encodeOid(dotted).isEmpty());
    QVERIFY(Spnego::decodeOid(der).isEmpty()); // cut-off, non-minimal or overflowing
}

void TestSmbWire::names()
{
    QCOMPARE(Spnego::mechanismName(QLatin1String(Spnego::OidKerberos)),
             QStringLiteral("Kerberos 5"));
    QCOMPARE(Spnego::mechanismName(QLatin1String(Spnego::OidMsKerberos)),
             QStringLiteral("MS Kerberos 5 (legacy OID)"));
    QCOMPARE(Spnego::mechanismName(QLatin1String(Spnego::OidKerberosU2U)),
             QStringLiteral("Kerberos 5 user-to-user"));
    QCOMPARE(Spnego::mechanismName(QLatin1String(Spnego::OidNtlmssp)), QStringLiteral("NTLMSSP"));
    QCOMPARE(Spnego::mechanismName(QLatin1String(Spnego::OidNegoEx)), QStringLiteral("NEGOEX"));
    QCOMPARE(Spnego::mechanismName(QStringLiteral("1.2.3.4")), QStringLiteral("1.2.3.4"));
    QVERIFY(Spnego::isKerberos(QLatin1String(Spnego::OidKerberos)));
    QVERIFY(Spnego::isKerberos(QLatin1String(Spnego::OidMsKerberos)));
    QVERIFY(Spnego::isKerberos(QLatin1String(Spnego::OidKerberosU2U)));
    QVERIFY(!Spnego::isKerberos(QLatin1String(Spnego::OidNtlmssp)));
    QVERIFY(!Spnego::isKerberos(QLatin1String(Spnego::OidNegoEx)));

    QCOMPARE(Smb::smb2DialectName(0x0202), QStringLiteral("2.0.2"));
    QCOMPARE(Smb::smb2DialectName(0x0210), QStringLiteral("2.1"));
    QCOMPARE(Smb::smb2DialectName(0x0300), QStringLiteral("3.0"));
    QCOMPARE(Smb::smb2DialectName(0x0302), QStringLiteral("3.0.2"));
    QCOMPARE(Smb::smb2DialectName(0x0311), QStringLiteral("3.1.1"));
    QCOMPARE(Smb::smb2DialectName(0x02FF), QStringLiteral("2.???"));
    QCOMPARE(Smb::smb2DialectName(0x0222), QStringLiteral("0x0222"));

    QCOMPARE(
        Smb::smb1CapabilityNames(0x8000d3fd),
        QStringList({QStringLiteral("CAP_RAW_MODE"), QStringLiteral("CAP_UNICODE"),
                     QStringLiteral("CAP_LARGE_FILES"), QStringLiteral("CAP_NT_SMBS"),
                     QStringLiteral("CAP_RPC_REMOTE_APIS"), QStringLiteral("CAP_STATUS32"),
                     QStringLiteral("CAP_LEVEL_II_OPLOCKS"), QStringLiteral("CAP_LOCK_AND_READ"),
                     QStringLiteral("CAP_NT_FIND"), QStringLiteral("CAP_DFS"),
                     QStringLiteral("CAP_LARGE_READX"), QStringLiteral("CAP_LARGE_WRITEX"),
                     QStringLiteral("CAP_EXTENDED_SECURITY")}));
    QCOMPARE(Smb::smb1CapabilityNames(0x00012000 | 0x00000400),
             QStringList({QStringLiteral("0x00000400"), QStringLiteral("CAP_INFOLEVEL_PASSTHRU"),
                          QStringLiteral("CAP_LWIO")}));
    QVERIFY(Smb::smb1CapabilityNames(0).isEmpty());
    QCOMPARE(Smb::smb2CapabilityNames(0x47),
             QStringList({QStringLiteral("SMB2_GLOBAL_CAP_DFS"),
                          QStringLiteral("SMB2_GLOBAL_CAP_LEASING"),
                          QStringLiteral("SMB2_GLOBAL_CAP_LARGE_MTU"),
                          QStringLiteral("SMB2_GLOBAL_CAP_ENCRYPTION")}));
    QCOMPARE(Smb::smb2CapabilityNames(0x100), QStringList({QStringLiteral("0x00000100")}));

    QCOMPARE(Smb::netbiosErrorText(0x80), QStringLiteral("Not listening on called name"));
    QCOMPARE(Smb::netbiosErrorText(0x81), QStringLiteral("Not listening for calling name"));
    QCOMPARE(Smb::netbiosErrorText(0x82), QStringLiteral("Called name not present"));
    QCOMPARE(Smb::netbiosErrorText(0x83),
             QStringLiteral("Called name present, but insufficient resources"));
    QCOMPARE(Smb::netbiosErrorText(0x8F), QStringLiteral("Unspecified error"));
    QVERIFY(Smb::netbiosErrorText(0x42).contains(QStringLiteral("0x42")));
}

void TestSmbWire::fileTime()
{
    QVERIFY(!Smb::fromFileTime(0).isValid());
    QCOMPARE(Smb::fromFileTime(116444736000000000ULL), utc(1970, 1, 1, 0, 0, 0));
    QCOMPARE(Smb::fromFileTime(125911584000000000ULL), utc(2000, 1, 1, 0, 0, 0));
    QCOMPARE(Smb::fromFileTime(1), utc(1601, 1, 1, 0, 0, 0));
    QCOMPARE(Smb::fromFileTime(116444736000000000ULL + 12345678).timeSpec(), Qt::UTC);
    QCOMPARE(Smb::fromFileTime(116444736000000000ULL + 12345678), utc(1970, 1, 1, 0, 0, 1, 234));
    QVERIFY(Smb::fromFileTime(~quint64(0)).isValid()); // year 60056: odd, but not a crash
}

void TestSmbWire::frameReader()
{
    const QByteArray one = Smb::smb1NegotiateRequest({QStringLiteral("NT LM 0.12")}, 0xC801, 0);
    const QByteArray two = smb2NegotiateReply(0x0311, true);
    QByteArray stream = hexBytes("82000000") + hexBytes("85000000") +
                        Smb::frameSessionMessage(one) + hexBytes("85000000") +
                        Smb::frameSessionMessage(two) + hexBytes("8300000180");
    // Fed in one piece, and byte by byte: the same frames.
    for (const int step : {int(stream.size()), 1, 7}) {
        Smb::FrameReader reader;
        QList<Smb::FrameReader::Frame> got;
        Smb::FrameReader::Frame f;
        for (qsizetype i = 0; i < stream.size(); i += step) {
            reader.feed(stream.mid(i, step));
            while (reader.next(&f))
                got << f;
        }
        QVERIFY(!reader.hasError());
        QCOMPARE(reader.buffered(), 0);
        QCOMPARE(got.size(), 4); // keepalives skipped
        QCOMPARE(got.at(0).type, quint8(0x82));
        QVERIFY(got.at(0).payload.isEmpty());
        QCOMPARE(got.at(1).payload, one);
        QCOMPARE(got.at(2).payload, two);
        QCOMPARE(got.at(3).type, quint8(0x83));
        QCOMPARE(got.at(3).payload, hexBytes("80"));
        QCOMPARE(Smb::netbiosErrorText(quint8(got.at(3).payload.at(0))),
                 QStringLiteral("Not listening on called name"));
    }
    // An incomplete frame waits for more bytes.
    Smb::FrameReader partial;
    partial.feed(Smb::frameSessionMessage(one).left(20));
    Smb::FrameReader::Frame f;
    QVERIFY(!partial.next(&f));
    QVERIFY(!partial.hasError());
    QCOMPARE(partial.buffered(), 20);
    // The extension bit of a NetBIOS (non-message) header adds 0x10000.
    Smb::FrameReader big;
    big.feed(hexBytes("83010001"));
    QVERIFY(!big.next(&f));
    QVERIFY(big.hasError());
}

void TestSmbWire::frameReaderRefuses_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<qsizetype>("offset");
    const QByteArray ok = Smb::frameSessionMessage(QByteArray(10, 'x'));
    QTest::newRow("session request")
        << QByteArray(hexBytes("81000044") + QByteArray(68, 'A')) << qsizetype(0);
    QTest::newRow("retarget") << QByteArray(ok + hexBytes("84000006 0a000001 008b"))
                              << qsizetype(14);
    QTest::newRow("SMB without framing") << QByteArray("\xFFSMBr", 5) << qsizetype(0);
    QTest::newRow("HTTP") << QByteArray("HTTP/1.1 400 Bad Request\r\n") << qsizetype(0);
    // Refused from the header alone: the 64 KiB + 1 payload is never waited for.
    QTest::newRow("too long") << QByteArray(ok + hexBytes("00010001")) << qsizetype(14);
    QTest::newRow("16 MiB") << hexBytes("00ffffff") << qsizetype(0);
}

void TestSmbWire::frameReaderRefuses()
{
    QFETCH(QByteArray, stream);
    QFETCH(qsizetype, offset);
    Smb::FrameReader reader;
    reader.feed(stream);
    Smb::FrameReader::Frame f;
    while (reader.next(&f)) {
    }
    QVERIFY(reader.hasError());
    QCOMPARE(reader.error().offset, offset);
    QVERIFY(!reader.error().reason.isEmpty());
    reader.feed(Smb::frameSessionMessage(QByteArray(4, 'y')));
    QVERIFY(!reader.next(&f)); // no resynchronisation after an error
}

void TestSmbWire::nt4StyleReplies()
{
    // KB 323304: the NT 4.0 server's reply is the non-extended form.
    for (const bool unicode : {true, false}) {
        Smb::Smb1NegotiateResponse n;
        WireError e;
        QVERIFY2(Smb::parseSmb1NegotiateResponse(nt4NegotiateReply(unicode), &n, &e),
                 qPrintable(e.reason));
        QCOMPARE(n.wordCount, quint8(17));
        QCOMPARE(n.dialectIndex, quint16(5));
        QCOMPARE(n.securityMode, quint8(0x03));
        QVERIFY(!n.extendedSecurity());
        QCOMPARE(n.challengeLength, quint8(8));
        QCOMPARE(n.challenge, hexBytes("1122334455667788"));
        QCOMPARE(n.domainName, QStringLiteral("NT4DOM"));
        QVERIFY(n.serverName.isEmpty());
        QVERIFY(n.serverGuid.isEmpty());
        QVERIFY(n.securityBlob.isEmpty());
        QCOMPARE(n.systemTime, utc(2000, 1, 1, 0, 0, 0));
        QCOMPARE(n.serverTimeZone, qint16(-60));
        QCOMPARE(n.maxBufferSize, quint32(4356));

        Smb::Smb1SessionSetupResponse s;
        QVERIFY2(Smb::parseSmb1SessionSetupResponse(nt4SessionSetupReply(unicode), &s, &e),
                 qPrintable(e.reason));
        QCOMPARE(s.wordCount, quint8(3));
        QCOMPARE(s.uid, quint16(0x0800));
        QCOMPARE(s.nativeOs, QStringLiteral("Windows NT 4.0"));
        QCOMPARE(s.nativeLanMan, QStringLiteral("NT LAN Manager 4.0"));
        QCOMPARE(s.primaryDomain, QStringLiteral("NT4DOM"));
        QVERIFY(s.securityBlob.isEmpty());
    }
    // An NT4 server without NT status: capabilities without CAP_STATUS32 still parse.
    Smb::Smb1NegotiateResponse n;
    WireError e;
    QVERIFY(Smb::parseSmb1NegotiateResponse(nt4NegotiateReply(true, 0x0000000d), &n, &e));
    QCOMPARE(n.capabilities, quint32(0x0d));
    // Lenient: last string without its terminator, PrimaryDomain missing.
    QByteArray cut = nt4SessionSetupReply(true);
    cut.chop(2 + 2 * 6 + 1); // drop "NT4DOM\0" and half of the previous terminator
    cut[39] = char(le16(cut, 39) - 15);
    Smb::Smb1SessionSetupResponse s;
    QVERIFY2(Smb::parseSmb1SessionSetupResponse(cut, &s, &e), qPrintable(e.reason));
    QCOMPARE(s.nativeLanMan, QStringLiteral("NT LAN Manager 4.0"));
    QVERIFY(s.primaryDomain.isEmpty());
}

void TestSmbWire::otherSyntheticReplies()
{
    WireError e;
    Smb::Smb1NegotiateResponse n;
    QVERIFY2(Smb::parseSmb1NegotiateResponse(lanmanNegotiateReply(), &n, &e), qPrintable(e.reason));
    QCOMPARE(n.wordCount, quint8(13));
    QCOMPARE(n.dialectIndex, quint16(1));
    QCOMPARE(n.securityMode, quint8(0x03));
    QCOMPARE(n.maxBufferSize, quint32(4096));
    QCOMPARE(n.maxMpxCount, quint16(8));
    QCOMPARE(n.challenge, hexBytes("a1a2a3a4a5a6a7a8"));
    QCOMPARE(n.domainName, QStringLiteral("LANGROUP"));
    QCOMPARE(n.serverTimeZone, qint16(-120));
    QCOMPARE(n.systemTime, utc(1999, 6, 15, 10, 30, 10)); // 12:30:10 local, bias -120

    QVERIFY(Smb::parseSmb1NegotiateResponse(extendedNegotiateReply(), &n, &e));
    QVERIFY(n.extendedSecurity());
    QCOMPARE(n.serverGuid, hexBytes("00112233445566778899aabbccddeeff"));
    Spnego::NegTokenInit init;
    QVERIFY(Spnego::parseNegTokenInit(n.securityBlob, &init, &e));
    QCOMPARE(init.mechTypes.size(), 3);
    QCOMPARE(init.hintName, QStringLiteral("not_defined_in_RFC4178@please_ignore"));

    // WordCount 1: no dialect acceptable.
    QByteArray w;
    putU16(w, 0xFFFF);
    QVERIFY(Smb::parseSmb1NegotiateResponse(smb1Reply(0x72, 0, 0xC001, 0, w, {}), &n, &e));
    QCOMPARE(n.wordCount, quint8(1));
    QCOMPARE(n.dialectIndex, quint16(0xFFFF));
    // Error replies: WordCount 0, the status tells (NT status and DOS class/code forms).
    QVERIFY(
        Smb::parseSmb1NegotiateResponse(smb1Reply(0x72, 0xC00000BB, 0xC001, 0, {}, {}), &n, &e));
    QCOMPARE(n.status, quint32(0xC00000BB));
    QCOMPARE(n.dialectIndex, quint16(0xFFFF));
    QVERIFY(
        Smb::parseSmb1NegotiateResponse(smb1Reply(0x72, 0x00160002, 0x0001, 0, {}, {}), &n, &e));
    QCOMPARE(n.status, quint32(0x00160002)); // ERRSRV (0x02), code 0x16, as raw bytes
    Smb::Smb1SessionSetupResponse s;
    QVERIFY(
        Smb::parseSmb1SessionSetupResponse(smb1Reply(0x73, 0xC000006D, 0xC001, 0, {}, {}), &s, &e));
    QCOMPARE(s.status, quint32(0xC000006D));
    QCOMPARE(s.wordCount, quint8(0));

    // Wrong command, a request, WordCount 5.
    QVERIFY(!Smb::parseSmb1NegotiateResponse(nt4SessionSetupReply(true), &n, &e));
    QCOMPARE(e.offset, 4);
    QByteArray request = nt4NegotiateReply(true);
    request[9] = char(0x18);
    QVERIFY(!Smb::parseSmb1NegotiateResponse(request, &n, &e));
    QCOMPARE(e.offset, 9);
    QVERIFY(!Smb::parseSmb1NegotiateResponse(smb1Reply(0x72, 0, 0, 0, QByteArray(10, '\0'), {}), &n,
                                             &e));
    QCOMPARE(e.offset, 32);
    QVERIFY(!Smb::parseSmb1NegotiateResponse(smb2NegotiateReply(0x0210, false), &n, &e));
    QCOMPARE(e.offset, 0);

    // SMB1 session setup with a NegTokenResp around an NTLM challenge.
    const QByteArray challenge = ntlmChallenge(QStringLiteral("CORP"), 5, 2, 3790);
    QVERIFY2(Smb::parseSmb1SessionSetupResponse(
                 ntlmSessionSetupReply(negTokenResp(1, Spnego::OidNtlmssp, challenge)), &s, &e),
             qPrintable(e.reason));
    QCOMPARE(s.status, Smb::StatusMoreProcessingRequired);
    QCOMPARE(s.nativeOs, QStringLiteral("Windows Server 2003 3790 Service Pack 2"));
    QCOMPARE(s.nativeLanMan, QStringLiteral("Windows Server 2003 5.2"));
    QCOMPARE(Smb::findNtlmssp(s.securityBlob), challenge);
    Smb::NtlmChallenge c;
    QVERIFY2(Smb::parseNtlmChallenge(challenge, &c, &e), qPrintable(e.reason));
    QCOMPARE(c.flags, quint32(0x62898215));
    QCOMPARE(c.serverChallenge, hexBytes("0123456789abcdef"));
    QCOMPARE(c.targetName, QStringLiteral("CORP"));
    QVERIFY(c.hasVersion);
    QCOMPARE(c.major, 5);
    QCOMPARE(c.minor, 2);
    QCOMPARE(c.build, 3790);
    QCOMPARE(c.ntlmRevision, quint8(15));
    QCOMPARE(c.nbDomainName, QStringLiteral("NT4DOM"));
    QCOMPARE(c.nbComputerName, QStringLiteral("FILESRV"));
    QCOMPARE(c.dnsDomainName, QStringLiteral("corp.example"));
    QCOMPARE(c.dnsComputerName, QStringLiteral("filesrv.corp.example"));
    QCOMPARE(c.dnsTreeName, QStringLiteral("corp.example"));
    QCOMPARE(c.timestamp, utc(2020, 2, 1, 3, 6, 40));
    // Without the VERSION flag there is no version, even though the bytes are there.
    QByteArray noVersion = challenge;
    noVersion[23] = char(noVersion.at(23) & ~0x02);
    QVERIFY(Smb::parseNtlmChallenge(noVersion, &c, &e));
    QVERIFY(!c.hasVersion);
    // An old-style 32-byte challenge (no target info, no version).
    QByteArray old("NTLMSSP\0", 8);
    putU32(old, 2);
    putU16(old, 0);
    putU16(old, 0);
    putU32(old, 0);
    putU32(old, 0x00008201);
    old += hexBytes("0102030405060708");
    QVERIFY2(Smb::parseNtlmChallenge(old, &c, &e), qPrintable(e.reason));
    QCOMPARE(c.serverChallenge, hexBytes("0102030405060708"));
    QVERIFY(!c.hasVersion);
    QVERIFY(!Smb::parseNtlmChallenge(Smb::ntlmNegotiateMessage(), &c, &e));
    QCOMPARE(e.offset, 8);

    // SMB2.
    Smb::Smb2NegotiateResponse r2;
    QVERIFY2(Smb::parseSmb2NegotiateResponse(smb2NegotiateReply(0x0311, true), &r2, &e),
             qPrintable(e.reason));
    QCOMPARE(r2.dialect, quint16(0x0311));
    QCOMPARE(r2.negotiateContextCount, quint16(2));
    QCOMPARE(r2.contextTypes, QList<quint16>({1, 2}));
    QVERIFY(!r2.serverStartTime.isValid());
    QCOMPARE(r2.systemTime, utc(2020, 2, 1, 3, 6, 40));
    QVERIFY(Smb::parseSmb2NegotiateResponse(smb2NegotiateReply(0x0210, false), &r2, &e));
    QCOMPARE(r2.dialect, quint16(0x0210));
    QVERIFY(r2.contextTypes.isEmpty());
    QVERIFY(Spnego::parseNegTokenInit(r2.securityBlob, &init, &e));
    QCOMPARE(init.mechTypes.size(), 5);
    // An SMB2 ERROR response to NEGOTIATE: the status is reported.
    QVERIFY(Smb::parseSmb2NegotiateResponse(
        smb2Response(0, 0xC00000BB, 0, hexBytes("0900 0000 00000000 00")), &r2, &e));
    QCOMPARE(r2.status, quint32(0xC00000BB));
    Smb::Smb2SessionSetupResponse ss;
    QVERIFY(Smb::parseSmb2SessionSetupResponse(
        smb2SessionSetupReply(Smb::StatusMoreProcessingRequired, challenge), &ss, &e));
    QCOMPARE(ss.sessionId, quint64(0x0000100000000001ULL));
    QCOMPARE(Smb::findNtlmssp(ss.securityBlob), challenge);
    QVERIFY(Smb::parseSmb2SessionSetupResponse(
        smb2Response(1, 0xC000006D, 0, hexBytes("0900 0000 00000000 00")), &ss, &e));
    QCOMPARE(ss.status, quint32(0xC000006D));
    QVERIFY(ss.securityBlob.isEmpty());
    // A request is not a response; SMB1 is not SMB2.
    QByteArray req = Smb::smb2NegotiateRequest({0x0210}, 1, QByteArray(16, '\1'), 0);
    QVERIFY(!Smb::parseSmb2NegotiateResponse(req, &r2, &e));
    QCOMPARE(e.offset, 16);
    QVERIFY(!Smb::parseSmb2NegotiateResponse(nt4NegotiateReply(true), &r2, &e));
    QCOMPARE(e.offset, 0);
    QVERIFY(!Smb::parseSmb2SessionSetupResponse(smb2NegotiateReply(0x0210, false), &ss, &e));
    QCOMPARE(e.offset, 12);
    // Messages over the cap are refused unread.
    QByteArray huge = smb2NegotiateReply(0x0210, false);
    huge.append(Smb::MaxMessageSize, '\0');
    QVERIFY(!Smb::parseSmb2NegotiateResponse(huge, &r2, &e));
    QCOMPARE(e.offset, 0);
}

void TestSmbWire::captureWindows2000()
{
    REQUIRE_CAPTURES();
    const auto conns = loadCapture("zeek_smb_gssapi_win2000-server.pcap");
    QCOMPARE(conns.size(), 1);
    const TcpConnection &c = conns.first();
    QCOMPARE(c.serverPort, quint16(445));
    QCOMPARE(c.serverAddress, QStringLiteral("10.24.8.44"));
    QCOMPARE(c.clientPort, quint16(1227));
    bool clean = false;
    const auto req = frames(c.clientToServer, &clean);
    QVERIFY(clean);
    const auto rep = frames(c.serverToClient, &clean);
    QVERIFY(clean);
    QCOMPARE(req.size(), 2);
    QCOMPARE(rep.size(), 2);
    WireError e;

    // The client's dialect list: "NT LM 0.12" is index 5.
    QCOMPARE(quint8(req.at(0).at(32)), quint8(0));
    QVERIFY(req.at(0).contains(QByteArray("\x02NT LM 0.12\0", 12)));

    Smb::Smb1NegotiateResponse n;
    QVERIFY2(Smb::parseSmb1NegotiateResponse(rep.at(0), &n, &e), qPrintable(e.reason));
    QCOMPARE(n.status, quint32(0));
    QCOMPARE(n.flags2, quint16(0x8001)); // ext-sec FLAGS2 bit clear ...
    QVERIFY(!(n.flags2 & Smb::Flags2ExtendedSecurity));
    QCOMPARE(n.capabilities, quint32(0x8000d3fd));
    QVERIFY(n.extendedSecurity()); // ... but the capability decides
    QCOMPARE(n.wordCount, quint8(17));
    QCOMPARE(n.dialectIndex, quint16(5));
    QCOMPARE(n.securityMode, quint8(0x07));
    QCOMPARE(n.maxMpxCount, quint16(50));
    QCOMPARE(n.maxNumberVcs, quint16(1));
    QCOMPARE(n.maxBufferSize, quint32(33028));
    QCOMPARE(n.maxRawSize, quint32(65536));
    QCOMPARE(n.sessionKey, quint32(0x19f3db74));
    QCOMPARE(n.systemTime, utc(2006, 12, 12, 8, 20, 17, 83));
    QCOMPARE(n.serverTimeZone, qint16(-480));
    QCOMPARE(n.challengeLength, quint8(0));
    QCOMPARE(n.serverGuid, hexBytes("15000000 9384 7e2a ae8c a04d2d49ce42"));
    QCOMPARE(n.securityBlob.size(), 73);
    Spnego::NegTokenInit init;
    QVERIFY2(Spnego::parseNegTokenInit(n.securityBlob, &init, &e), qPrintable(e.reason));
    QCOMPARE(init.mechTypes, QStringList({QLatin1String(Spnego::OidMsKerberos),
                                          QLatin1String(Spnego::OidNtlmssp)}));
    QCOMPARE(init.hintName, QStringLiteral("edisk03a$@HOUSING.HKSARG"));
    QVERIFY(init.mechToken.isEmpty());

    // The client answered with Kerberos in the optimistic token.
    QCOMPARE(quint8(req.at(1).at(32)), quint8(12));
    const quint16 clientBlob = le16(req.at(1), 47);
    QCOMPARE(clientBlob, quint16(1391));
    QVERIFY(Spnego::parseNegTokenInit(req.at(1).mid(59, clientBlob), &init, &e));
    QCOMPARE(init.mechTypes, QStringList({QLatin1String(Spnego::OidMsKerberos),
                                          QLatin1String(Spnego::OidNtlmssp)}));
    QVERIFY(init.mechToken.startsWith(hexBytes("6082")));
    QVERIFY(Smb::findNtlmssp(req.at(1).mid(59, clientBlob)).isEmpty());

    Smb::Smb1SessionSetupResponse s;
    QVERIFY2(Smb::parseSmb1SessionSetupResponse(rep.at(1), &s, &e), qPrintable(e.reason));
    QCOMPARE(s.status, quint32(0));
    QCOMPARE(s.flags2, quint16(0x8807));
    QCOMPARE(s.uid, quint16(2048));
    QCOMPARE(s.wordCount, quint8(4));
    QCOMPARE(s.action, quint16(0));
    QCOMPARE(s.securityBlob.size(), 267);
    QCOMPARE(s.nativeOs, QStringLiteral("Windows 5.0"));
    QCOMPARE(s.nativeLanMan, QStringLiteral("Windows 2000 LAN Manager"));
    QCOMPARE(s.primaryDomain, QStringLiteral("HOUSING"));
    Spnego::NegTokenResp resp;
    QVERIFY2(Spnego::parseNegTokenResp(s.securityBlob, &resp, &e), qPrintable(e.reason));
    QCOMPARE(resp.negState, 0);            // accept-completed: Kerberos accepted
    QVERIFY(resp.supportedMech.isEmpty()); // Windows 2000 leaves it out
    QVERIFY(resp.responseToken.startsWith(hexBytes("607906092a864886f712010202 0200")));
    QVERIFY(Smb::findNtlmssp(s.securityBlob).isEmpty());
}

void TestSmbWire::captureWindowsXp()
{
    REQUIRE_CAPTURES();
    const auto conns = loadCapture("zeek_raw_ntlm_in_smb_winxp-server.pcap");
    QCOMPARE(conns.size(), 3);
    const TcpConnection *c = byClientPort(conns, 56062);
    QVERIFY(c);
    QCOMPARE(c->serverPort, quint16(445));
    QCOMPARE(c->serverAddress, QStringLiteral("192.168.56.101"));
    const TcpConnection *nbt = byClientPort(conns, 56061);
    QVERIFY(nbt);
    QCOMPARE(nbt->serverPort, quint16(139));
    QVERIFY(nbt->clientToServer.isEmpty());
    bool clean = false;
    const auto req = frames(c->clientToServer, &clean);
    QVERIFY(clean);
    const auto rep = frames(c->serverToClient, &clean);
    QVERIFY(clean);
    QVERIFY(rep.size() >= 3);
    WireError e;

    Smb::Smb1NegotiateResponse n;
    QVERIFY2(Smb::parseSmb1NegotiateResponse(rep.at(0), &n, &e), qPrintable(e.reason));
    QCOMPARE(n.flags2, quint16(0xC801));
    QCOMPARE(n.wordCount, quint8(17));
    QCOMPARE(n.dialectIndex, quint16(0)); // NT LM 0.12: XP does not speak SMB2
    QCOMPARE(n.securityMode, quint8(0x03));
    QCOMPARE(n.maxMpxCount, quint16(10));
    QCOMPARE(n.maxBufferSize, quint32(4356));
    QCOMPARE(n.maxRawSize, quint32(65536));
    QCOMPARE(n.capabilities, quint32(0x8000e3fd));
    QVERIFY(n.extendedSecurity());
    QCOMPARE(n.systemTime, utc(2016, 4, 6, 7, 49, 15, 179));
    QCOMPARE(n.serverTimeZone, qint16(420));
    QCOMPARE(n.serverGuid, hexBytes("d3c4c4c5 1f13 1d4c 8337 ec5e5af4a860"));
    QVERIFY(n.securityBlob.isEmpty()); // empty blob: the client picks the mechanism

    // The (Mac) client sent a raw NTLMSSP NEGOTIATE, no SPNEGO.
    QVERIFY(Smb::findNtlmssp(req.at(1).mid(59, le16(req.at(1), 47))).startsWith("NTLMSSP"));

    Smb::Smb1SessionSetupResponse s;
    QVERIFY2(Smb::parseSmb1SessionSetupResponse(rep.at(1), &s, &e), qPrintable(e.reason));
    QCOMPARE(s.status, Smb::StatusMoreProcessingRequired);
    QCOMPARE(s.uid, quint16(2048));
    QCOMPARE(s.wordCount, quint8(4));
    QCOMPARE(s.securityBlob.size(), 234);
    QCOMPARE(s.nativeOs, QStringLiteral("Windows 5.1"));
    QCOMPARE(s.nativeLanMan, QStringLiteral("Windows 2000 LAN Manager")); // half a NUL at the end
    QVERIFY(s.primaryDomain.isEmpty());
    const QByteArray ntlm = Smb::findNtlmssp(s.securityBlob);
    QCOMPARE(ntlm, s.securityBlob); // raw, not wrapped
    Smb::NtlmChallenge c2;
    QVERIFY2(Smb::parseNtlmChallenge(ntlm, &c2, &e), qPrintable(e.reason));
    QCOMPARE(c2.flags, quint32(0x628a0205));
    QCOMPARE(c2.serverChallenge, hexBytes("ccc0bad0f47e17f0"));
    QCOMPARE(c2.targetName, QStringLiteral("TEST-F7DFBC3FE9"));
    QVERIFY(c2.hasVersion);
    QCOMPARE(c2.major, 5);
    QCOMPARE(c2.minor, 1);
    QCOMPARE(c2.build, 2600);
    QCOMPARE(c2.ntlmRevision, quint8(15));
    QCOMPARE(c2.nbDomainName, QStringLiteral("TEST-F7DFBC3FE9"));
    QCOMPARE(c2.nbComputerName, QStringLiteral("TEST-F7DFBC3FE9"));
    QCOMPARE(c2.dnsDomainName, QStringLiteral("test-f7dfbc3fe9"));
    QCOMPARE(c2.dnsComputerName, QStringLiteral("test-f7dfbc3fe9"));
    QVERIFY(c2.dnsTreeName.isEmpty());
    QVERIFY(!c2.timestamp.isValid()); // XP sends no MsvAvTimestamp

    QVERIFY2(Smb::parseSmb1SessionSetupResponse(rep.at(2), &s, &e), qPrintable(e.reason));
    QCOMPARE(s.status, quint32(0));
    QCOMPARE(s.action, quint16(1)); // logged on as guest
    QVERIFY(s.securityBlob.isEmpty());
    QCOMPARE(s.nativeOs, QStringLiteral("Windows 5.1"));
    QCOMPARE(s.nativeLanMan, QStringLiteral("Windows 2000 LAN Manager"));
}

void TestSmbWire::captureWindows7()
{
    REQUIRE_CAPTURES();
    const auto conns = loadCapture("ndpi_smbv1_win7-server.pcap");
    QCOMPARE(conns.size(), 1);
    const TcpConnection &c = conns.first();
    QCOMPARE(c.serverAddress, QStringLiteral("10.128.0.243"));
    const auto req = frames(c.clientToServer);
    const auto rep = frames(c.serverToClient);
    QVERIFY(rep.size() >= 2);
    WireError e;
    // The client did not ask for extended security (FLAGS2 0xc053).
    QCOMPARE(le16(req.at(0), 10), quint16(0xC053));

    Smb::Smb1NegotiateResponse n;
    QVERIFY2(Smb::parseSmb1NegotiateResponse(rep.at(0), &n, &e), qPrintable(e.reason));
    QCOMPARE(n.flags2, quint16(0xC053));
    QCOMPARE(n.wordCount, quint8(17));
    QCOMPARE(n.dialectIndex, quint16(5));
    QCOMPARE(n.securityMode, quint8(0x03));
    QCOMPARE(n.maxMpxCount, quint16(50));
    QCOMPARE(n.maxBufferSize, quint32(4356));
    QCOMPARE(n.capabilities, quint32(0x0001e3fc)); // CAP_LWIO, no CAP_EXTENDED_SECURITY
    QVERIFY(!n.extendedSecurity());
    QCOMPARE(n.systemTime, utc(2017, 4, 14, 17, 30, 35, 984));
    QCOMPARE(n.serverTimeZone, qint16(240));
    QCOMPARE(n.challengeLength, quint8(8));
    QCOMPARE(n.challenge, hexBytes("08ab1c2fe1ece6a9"));
    QCOMPARE(n.domainName, QStringLiteral("WORKGROUP"));
    QCOMPARE(n.serverName, QStringLiteral("JOHN-PC"));
    QVERIFY(n.serverGuid.isEmpty());
    QVERIFY(n.securityBlob.isEmpty());

    Smb::Smb1SessionSetupResponse s;
    QVERIFY2(Smb::parseSmb1SessionSetupResponse(rep.at(1), &s, &e), qPrintable(e.reason));
    QCOMPARE(s.wordCount, quint8(3));
    QCOMPARE(s.flags2, quint16(0xC007));
    QCOMPARE(s.uid, quint16(2048));
    QCOMPARE(s.action, quint16(0));
    QCOMPARE(s.nativeOs, QStringLiteral("Windows 7 Ultimate 7601 Service Pack 1"));
    QCOMPARE(s.nativeLanMan, QStringLiteral("Windows 7 Ultimate 6.1"));
    QCOMPARE(s.primaryDomain, QStringLiteral("WORKGROUP"));
}

void TestSmbWire::captureLanman21()
{
    REQUIRE_CAPTURES();
    const auto conns = loadCapture("zeek_cifs_negotiate_lanman.pcap");
    QCOMPARE(conns.size(), 1);
    const auto req = frames(conns.first().clientToServer);
    const auto rep = frames(conns.first().serverToClient);
    QCOMPARE(rep.size(), 1);
    QVERIFY(req.at(0).endsWith(QByteArray("\x02LANMAN2.1\0", 11))); // index 3 of 4
    Smb::Smb1NegotiateResponse n;
    WireError e;
    QVERIFY2(Smb::parseSmb1NegotiateResponse(rep.at(0), &n, &e), qPrintable(e.reason));
    QCOMPARE(n.flags2, quint16(0xC853));
    QCOMPARE(n.wordCount, quint8(13));
    QCOMPARE(n.dialectIndex, quint16(3));
    QCOMPARE(n.securityMode, quint8(0x03));
    QCOMPARE(n.maxBufferSize, quint32(4356));
    QCOMPARE(n.maxMpxCount, quint16(32));
    QCOMPARE(n.maxNumberVcs, quint16(1));
    QCOMPARE(n.sessionKey, quint32(0));
    QCOMPARE(n.capabilities, quint32(0));
    QVERIFY(!n.extendedSecurity());
    QCOMPARE(n.serverTimeZone, qint16(330));
    // DOS date/time 2025-09-26 05:01:38 local; UTC = local + bias.
    QCOMPARE(n.systemTime, utc(2025, 9, 26, 10, 31, 38));
    QCOMPARE(n.challengeLength, quint8(8));
    QCOMPARE(n.challenge, hexBytes("1122334455667788")); // the fixed challenge
    // OEM even though FLAGS2 claims Unicode (tshark shows "????" here).
    QCOMPARE(n.domainName, QStringLiteral("WORKGROUP"));
}

void TestSmbWire::captureServer2019()
{
    REQUIRE_CAPTURES();
    GpsiTest::PcapInfo info;
    QList<TcpConnection> conns;
    QString error;
    QVERIFY2(
        GpsiTest::readPcapTcpFile(GpsiTest::smbDataDir() +
                                      QStringLiteral("/suricata_smb-eicar-file_server2019.pcap"),
                                  &conns, &info, &error),
        qPrintable(error));
    QCOMPARE(info.linkType, quint32(113)); // Linux cooked capture
    QCOMPARE(conns.size(), 1);
    const auto req = frames(conns.first().clientToServer);
    const auto rep = frames(conns.first().serverToClient);
    QVERIFY(rep.size() >= 3);
    WireError e;
    Smb::Smb1NegotiateResponse n;
    QVERIFY2(Smb::parseSmb1NegotiateResponse(rep.at(0), &n, &e), qPrintable(e.reason));
    QCOMPARE(n.flags2, quint16(0xC843));
    QCOMPARE(n.dialectIndex, quint16(9));
    QCOMPARE(n.securityMode, quint8(0x03));
    QCOMPARE(n.maxMpxCount, quint16(50));
    QCOMPARE(n.maxBufferSize, quint32(16644));
    QCOMPARE(n.capabilities, quint32(0x8001e3fc));
    QCOMPARE(n.systemTime, utc(2020, 2, 5, 12, 29, 8, 623));
    QCOMPARE(n.serverTimeZone, qint16(-60));
    QCOMPARE(n.serverGuid, hexBytes("11e53dde ae39 5e4b 9718 8f53dbf7360f"));
    Spnego::NegTokenInit init;
    QVERIFY2(Spnego::parseNegTokenInit(n.securityBlob, &init, &e), qPrintable(e.reason));
    QCOMPARE(init.mechTypes,
             QStringList({QLatin1String(Spnego::OidNegoEx), QLatin1String(Spnego::OidNtlmssp)}));
    QVERIFY(init.hintName.isEmpty()); // no negHints here
    QVERIFY(!std::any_of(init.mechTypes.cbegin(), init.mechTypes.cend(), Spnego::isKerberos));

    // The (Samba) client's NegTokenInit with an NTLMSSP NEGOTIATE inside.
    const QByteArray clientBlob = req.at(1).mid(59, le16(req.at(1), 47));
    QVERIFY2(Spnego::parseNegTokenInit(clientBlob, &init, &e), qPrintable(e.reason));
    QCOMPARE(init.mechTypes, QStringList({QLatin1String(Spnego::OidNtlmssp)}));
    QCOMPARE(Smb::findNtlmssp(clientBlob), init.mechToken);
    QCOMPARE(le32(init.mechToken, 12), quint32(0x62088215));

    Smb::Smb1SessionSetupResponse s;
    QVERIFY2(Smb::parseSmb1SessionSetupResponse(rep.at(1), &s, &e), qPrintable(e.reason));
    QCOMPARE(s.status, Smb::StatusMoreProcessingRequired);
    QCOMPARE(s.uid, quint16(2048));
    QCOMPARE(s.securityBlob.size(), 271);
    QCOMPARE(s.nativeOs, QStringLiteral("Windows Server 2019 Standard 17763"));
    QCOMPARE(s.nativeLanMan, QStringLiteral("Windows Server 2019 Standard 6.3"));
    Spnego::NegTokenResp resp;
    QVERIFY2(Spnego::parseNegTokenResp(s.securityBlob, &resp, &e), qPrintable(e.reason));
    QCOMPARE(resp.negState, 1);
    QCOMPARE(resp.supportedMech, QLatin1String(Spnego::OidNtlmssp));
    const QByteArray ntlm = Smb::findNtlmssp(s.securityBlob);
    QCOMPARE(ntlm, resp.responseToken);
    Smb::NtlmChallenge c;
    QVERIFY2(Smb::parseNtlmChallenge(ntlm, &c, &e), qPrintable(e.reason));
    QCOMPARE(c.flags, quint32(0x628a8215));
    QCOMPARE(c.serverChallenge, hexBytes("ccbc7dda20af950b"));
    QCOMPARE(c.targetName, QStringLiteral("WIN-MV8B5VI0FAL"));
    QCOMPARE(c.major, 10);
    QCOMPARE(c.minor, 0);
    QCOMPARE(c.build, 17763);
    QCOMPARE(c.ntlmRevision, quint8(15));
    QCOMPARE(c.nbComputerName, QStringLiteral("WIN-MV8B5VI0FAL"));
    QCOMPARE(c.nbDomainName, QStringLiteral("WIN-MV8B5VI0FAL"));
    QCOMPARE(c.dnsComputerName, QStringLiteral("WIN-MV8B5VI0FAL"));
    QCOMPARE(c.dnsDomainName, QStringLiteral("WIN-MV8B5VI0FAL"));
    QCOMPARE(c.timestamp, utc(2020, 2, 5, 12, 29, 8, 638));

    QVERIFY2(Smb::parseSmb1SessionSetupResponse(rep.at(2), &s, &e), qPrintable(e.reason));
    QCOMPARE(s.status, quint32(0));
    QCOMPARE(s.securityBlob, hexBytes("a1073005a0030a0100"));
    QVERIFY(Spnego::parseNegTokenResp(s.securityBlob, &resp, &e));
    QCOMPARE(resp.negState, 0);
    QCOMPARE(s.nativeOs, QStringLiteral("Windows Server 2019 Standard 17763"));
}

void TestSmbWire::captureServer2008R2()
{
    REQUIRE_CAPTURES();
    const auto conns = loadCapture("suricata_smb2-09_server2008r2.pcap");
    QCOMPARE(conns.size(), 40);
    WireError e;
    const QStringList mechs = {
        QLatin1String(Spnego::OidNegoEx), QLatin1String(Spnego::OidMsKerberos),
        QLatin1String(Spnego::OidKerberos), QLatin1String(Spnego::OidKerberosU2U),
        QLatin1String(Spnego::OidNtlmssp)};

    // First connection: SMB1 multi-protocol negotiate -> SMB2 "2.???", then SMB2 -> 2.1.
    const TcpConnection &c = conns.first();
    QCOMPARE(c.clientPort, quint16(49161));
    const auto req = frames(c.clientToServer);
    const auto rep = frames(c.serverToClient);
    QVERIFY(Smb::isSmb1(req.at(0)));
    QVERIFY(req.at(0).contains(QByteArray("\x02SMB 2.???\0", 11)));
    Smb::Smb1NegotiateResponse n1;
    QVERIFY(!Smb::parseSmb1NegotiateResponse(rep.at(0), &n1, &e)); // it is SMB2
    QVERIFY(Smb::isSmb2(rep.at(0)));
    Smb::Smb2NegotiateResponse n;
    QVERIFY2(Smb::parseSmb2NegotiateResponse(rep.at(0), &n, &e), qPrintable(e.reason));
    QCOMPARE(n.status, quint32(0));
    QCOMPARE(n.dialect, quint16(0x02FF));
    QCOMPARE(n.securityMode, quint16(0x03)); // signing enabled and required
    QCOMPARE(n.capabilities, quint32(0x07));
    QCOMPARE(n.maxTransactSize, quint32(1048576));
    QCOMPARE(n.maxReadSize, quint32(1048576));
    QCOMPARE(n.maxWriteSize, quint32(1048576));
    QCOMPARE(n.systemTime, utc(2018, 7, 9, 18, 28, 3, 727));
    QCOMPARE(n.serverStartTime, utc(2018, 7, 9, 14, 47, 11, 972));
    QCOMPARE(n.serverGuid, guidBytes("3e732a47-f96f-4e11-a2e6-f8da539b22e6"));
    QCOMPARE(le32(rep.at(0), 124), quint32(0x204d4c20)); // Reserved2 garbage, ignored
    QCOMPARE(n.negotiateContextCount, quint16(0));
    QVERIFY(n.contextTypes.isEmpty());
    QCOMPARE(n.securityBlob.size(), 120);
    Spnego::NegTokenInit init;
    QVERIFY2(Spnego::parseNegTokenInit(n.securityBlob, &init, &e), qPrintable(e.reason));
    QCOMPARE(init.mechTypes, mechs);
    QCOMPARE(init.hintName, QStringLiteral("not_defined_in_RFC4178@please_ignore"));

    QCOMPARE(le16(req.at(1), 66), quint16(2)); // SMB2 NEGOTIATE offering 2.0.2 and 2.1
    QVERIFY2(Smb::parseSmb2NegotiateResponse(rep.at(1), &n, &e), qPrintable(e.reason));
    QCOMPARE(n.dialect, quint16(0x0210));
    QCOMPARE(n.securityMode, quint16(0x03));

    Smb::Smb2SessionSetupResponse s;
    QVERIFY2(Smb::parseSmb2SessionSetupResponse(rep.at(2), &s, &e), qPrintable(e.reason));
    QCOMPARE(s.status, quint32(0));
    QCOMPARE(s.sessionId, quint64(0x000004000c00001dULL));
    QCOMPARE(s.sessionFlags, quint16(0));
    Spnego::NegTokenResp resp;
    QVERIFY2(Spnego::parseNegTokenResp(s.securityBlob, &resp, &e), qPrintable(e.reason));
    QCOMPARE(resp.negState, 0);
    QCOMPARE(resp.supportedMech, QLatin1String(Spnego::OidMsKerberos)); // Kerberos accepted
    QVERIFY(resp.responseToken.startsWith(hexBytes("60819706092a864886f712010202")));

    // The one SMB1-only client (pysmb): FLAGS2 0x4801, OEM strings, null session.
    const TcpConnection *old = byClientPort(conns, 49223);
    QVERIFY(old);
    const auto oreq = frames(old->clientToServer);
    const auto orep = frames(old->serverToClient);
    QVERIFY2(Smb::parseSmb1NegotiateResponse(orep.at(0), &n1, &e), qPrintable(e.reason));
    QCOMPARE(n1.flags2, quint16(0x4801));
    QCOMPARE(n1.dialectIndex, quint16(0));
    QCOMPARE(n1.securityMode, quint8(0x0f)); // signing required
    QCOMPARE(n1.maxMpxCount, quint16(50));
    QCOMPARE(n1.maxBufferSize, quint32(16644));
    QCOMPARE(n1.capabilities, quint32(0x8001f3fc));
    QCOMPARE(n1.serverTimeZone, qint16(0));
    QCOMPARE(n1.systemTime, utc(2018, 7, 9, 18, 54, 37, 706));
    QCOMPARE(n1.serverGuid, n.serverGuid); // same server, same GUID bytes in SMB1 and SMB2
    QVERIFY(Spnego::parseNegTokenInit(n1.securityBlob, &init, &e));
    QCOMPARE(init.mechTypes, mechs);
    QCOMPARE(quint8(oreq.at(1).at(32)), quint8(13)); // the client's null session setup
    QCOMPARE(le16(oreq.at(1), 47), quint16(0));
    QCOMPARE(le16(oreq.at(1), 49), quint16(0));
    Smb::Smb1SessionSetupResponse s1;
    QVERIFY2(Smb::parseSmb1SessionSetupResponse(orep.at(1), &s1, &e), qPrintable(e.reason));
    QCOMPARE(s1.wordCount, quint8(3));
    QCOMPARE(s1.uid, quint16(2048));
    QCOMPARE(s1.nativeOs, QStringLiteral("Windows Server 2008 R2 Standard 7601 Service Pack 1"));
    QCOMPARE(s1.nativeLanMan, QStringLiteral("Windows Server 2008 R2 Standard 6.1"));
    QCOMPARE(s1.primaryDomain, QStringLiteral("GRANITEMANIA"));

    // The other 38 connections: 17 more like the first, one SMB2-only, two more SMB1-only,
    // and 18 hostile ones (Suricata's test: a session header promising 0xfff7 bytes, then
    // "BAAD" and 3,496 bytes; the server resets without a word).
    int multiProtocol = 0;
    int smb2Only = 0;
    int smb1Only = 0;
    int hostile = 0;
    for (const TcpConnection &other : conns) {
        QCOMPARE(other.serverPort, quint16(445));
        if (&other == &c || &other == old)
            continue;
        const auto r = frames(other.serverToClient);
        if (r.isEmpty()) {
            QVERIFY(other.clientToServer.startsWith(hexBytes("0000fff7 42414144")));
            Smb::FrameReader reader;
            reader.feed(other.clientToServer);
            Smb::FrameReader::Frame f;
            QVERIFY(!reader.next(&f)); // an incomplete frame, within the size cap
            QVERIFY(!reader.hasError());
            QCOMPARE(reader.buffered(), other.clientToServer.size());
            QVERIFY(other.serverToClient.isEmpty());
            ++hostile;
        } else if (Smb::isSmb1(r.at(0))) {
            QVERIFY2(Smb::parseSmb1NegotiateResponse(r.at(0), &n1, &e), qPrintable(e.reason));
            QCOMPARE(n1.securityMode, quint8(0x0f));
            ++smb1Only;
        } else {
            QVERIFY2(Smb::parseSmb2NegotiateResponse(r.at(0), &n, &e), qPrintable(e.reason));
            if (n.dialect == Smb::Smb2DialectWildcard) {
                ++multiProtocol;
                QVERIFY2(Smb::parseSmb2NegotiateResponse(r.at(1), &n, &e), qPrintable(e.reason));
            } else {
                ++smb2Only;
            }
            QCOMPARE(n.dialect, quint16(0x0210));
            QCOMPARE(n.securityMode, quint16(0x03));
        }
    }
    QCOMPARE(multiProtocol, 17);
    QCOMPARE(smb2Only, 1);
    QCOMPARE(smb1Only, 2);
    QCOMPARE(hostile, 18);
}

void TestSmbWire::captureServer2016()
{
    REQUIRE_CAPTURES();
    const auto conns = loadCapture("zeek_smb3_server2016.pcap");
    QCOMPARE(conns.size(), 1);
    const auto req = frames(conns.first().clientToServer);
    const auto rep = frames(conns.first().serverToClient);
    QVERIFY(rep.size() >= 3);
    WireError e;
    QCOMPARE(le16(req.at(0), 66), quint16(1));
    QCOMPARE(le16(req.at(0), 100), quint16(0x0300));
    Smb::Smb2NegotiateResponse n;
    QVERIFY2(Smb::parseSmb2NegotiateResponse(rep.at(0), &n, &e), qPrintable(e.reason));
    QCOMPARE(n.dialect, quint16(0x0300));
    QCOMPARE(Smb::smb2DialectName(n.dialect), QStringLiteral("3.0"));
    QCOMPARE(n.securityMode, quint16(0x03));
    QCOMPARE(n.capabilities, quint32(0x47));
    QCOMPARE(n.maxTransactSize, quint32(8388608));
    QCOMPARE(n.systemTime, utc(2017, 5, 17, 10, 2, 16, 503));
    QCOMPARE(n.serverStartTime, utc(2017, 5, 15, 19, 51, 40, 185));
    QCOMPARE(n.serverGuid, guidBytes("bf32f44b-928f-4805-90c0-3ddf2546646e"));
    Spnego::NegTokenInit init;
    QVERIFY(Spnego::parseNegTokenInit(n.securityBlob, &init, &e));
    QCOMPARE(init.mechTypes.size(), 5);

    Smb::Smb2SessionSetupResponse s;
    QVERIFY2(Smb::parseSmb2SessionSetupResponse(rep.at(1), &s, &e), qPrintable(e.reason));
    QCOMPARE(s.status, Smb::StatusMoreProcessingRequired);
    QCOMPARE(s.sessionId, quint64(0x000048009400003dULL));
    QCOMPARE(s.securityBlob.size(), 176);
    const QByteArray ntlm = Smb::findNtlmssp(s.securityBlob);
    QCOMPARE(ntlm, s.securityBlob); // raw NTLMSSP in SMB2
    Smb::NtlmChallenge c;
    QVERIFY2(Smb::parseNtlmChallenge(ntlm, &c, &e), qPrintable(e.reason));
    QCOMPARE(c.flags, quint32(0xe2890235));
    QCOMPARE(c.serverChallenge, hexBytes("01151813d2898ccd"));
    QCOMPARE(c.targetName, QStringLiteral("SUSE"));
    QCOMPARE(c.major, 10);
    QCOMPARE(c.minor, 0);
    QCOMPARE(c.build, 14393);
    QCOMPARE(c.ntlmRevision, quint8(15));
    QCOMPARE(c.nbDomainName, QStringLiteral("SUSE"));
    QCOMPARE(c.nbComputerName, QStringLiteral("WS2016"));
    QCOMPARE(c.dnsDomainName, QStringLiteral("suse.de"));
    QCOMPARE(c.dnsComputerName, QStringLiteral("WS2016.suse.de"));
    QCOMPARE(c.dnsTreeName, QStringLiteral("suse.de"));
    QCOMPARE(c.timestamp, utc(2017, 5, 17, 10, 2, 16, 503));

    QVERIFY2(Smb::parseSmb2SessionSetupResponse(rep.at(2), &s, &e), qPrintable(e.reason));
    QCOMPARE(s.status, quint32(0));
    QCOMPARE(s.sessionId, quint64(0x000048009400003dULL));
    QVERIFY(s.securityBlob.isEmpty());
    // Later traffic is encrypted (TRANSFORM header 0xFD 'SMB'): framed, but neither SMB1/2.
    QVERIFY(rep.last().startsWith(QByteArray("\xFDSMB", 4)));
}

void TestSmbWire::captureSmb311()
{
    REQUIRE_CAPTURES();
    const auto conns = loadCapture("zeek_smb3_negotiate_context.pcap");
    QCOMPARE(conns.size(), 2);
    QVERIFY(conns.at(0).clientToServer.isEmpty()); // a connection closed without data
    const TcpConnection &c = conns.at(1);
    QCOMPARE(c.clientPort, quint16(47918));
    const auto req = frames(c.clientToServer);
    const auto rep = frames(c.serverToClient);
    QCOMPARE(rep.size(), 2);
    WireError e;
    Smb::Smb2NegotiateResponse n;
    QVERIFY2(Smb::parseSmb2NegotiateResponse(rep.at(0), &n, &e), qPrintable(e.reason));
    QCOMPARE(n.dialect, quint16(0x02FF));
    QCOMPARE(n.securityMode, quint16(0x01));
    QCOMPARE(n.capabilities, quint32(0x05));
    QCOMPARE(n.systemTime, utc(2019, 8, 22, 15, 50, 2, 205));
    QVERIFY(!n.serverStartTime.isValid()); // 0: not given
    QCOMPARE(n.serverGuid, guidBytes("7377656e-6f74-6172-6765-000000000000"));

    // The client's 3.1.1 request: contexts 8-byte aligned exactly as our builder does.
    const QByteArray r = req.at(1);
    const quint16 dialects = le16(r, 66);
    QCOMPARE(dialects, quint16(8));
    QCOMPARE(le16(r, 100 + 2 * 7), quint16(0x0311));
    const quint32 offset = le32(r, 92);
    QCOMPARE(offset, quint32((100 + 2 * dialects + 7) / 8 * 8));
    QCOMPARE(le16(r, 96), quint16(2));
    QCOMPARE(le16(r, offset), quint16(1));
    QCOMPARE(le16(r, offset + 2), quint16(38));
    QCOMPARE(le16(r, offset + 10), quint16(32)); // salt length
    const quint32 second = (offset + 8 + 38 + 7) / 8 * 8;
    QCOMPARE(le16(r, second), quint16(2));
    QCOMPARE(le16(r, second + 2), quint16(6));

    QVERIFY2(Smb::parseSmb2NegotiateResponse(rep.at(1), &n, &e), qPrintable(e.reason));
    QCOMPARE(n.dialect, quint16(0x0311));
    QCOMPARE(Smb::smb2DialectName(n.dialect), QStringLiteral("3.1.1"));
    QCOMPARE(n.negotiateContextCount, quint16(2));
    QCOMPARE(n.contextTypes, QList<quint16>({1, 2}));
    QCOMPARE(le32(rep.at(1), 124), quint32(0xd0));
    QCOMPARE(n.systemTime, utc(2019, 8, 22, 15, 50, 2, 208));
    Spnego::NegTokenInit init;
    QVERIFY2(Spnego::parseNegTokenInit(n.securityBlob, &init, &e), qPrintable(e.reason));
    QCOMPARE(init.mechTypes, QStringList({QLatin1String(Spnego::OidNtlmssp)}));
    QCOMPARE(init.hintName, QStringLiteral("not_defined_in_RFC4178@please_ignore"));
}

void TestSmbWire::hostileTruncation()
{
    QList<QByteArray> replies = syntheticReplies();
    const QList<QByteArray> real = realReplies();
    replies += real;
    if (GpsiTest::haveCaptures())
        QVERIFY(real.size() >= 20);
    int accepted = 0;
    for (const QByteArray &full : std::as_const(replies)) {
        const Kind kind = kindOf(full);
        QVERIFY(kind != Kind::Other);
        WireError e;
        QString whole;
        QVERIFY2(parseAs(kind, full, &e, &whole), qPrintable(e.reason));
        for (qsizetype len = 0; len < full.size(); ++len) {
            const QByteArray cut = full.left(len);
            QString part;
            e = WireError();
            if (parseAs(kind, cut, &e, &part)) {
                QCOMPARE(part, whole); // what a shorter message yields agrees with the whole
                ++accepted;
            } else {
                QVERIFY(!e.reason.isEmpty());
                QVERIFY2(e.offset >= 0 && e.offset <= len,
                         qPrintable(QStringLiteral("%1 > %2").arg(e.offset).arg(len)));
            }
        }
        // The blobs inside as well.
        QByteArray blob;
        if (kind == Kind::Smb1Negotiate) {
            Smb::Smb1NegotiateResponse r;
            Smb::parseSmb1NegotiateResponse(full, &r, &e);
            blob = r.securityBlob;
        } else if (kind == Kind::Smb2Negotiate) {
            Smb::Smb2NegotiateResponse r;
            Smb::parseSmb2NegotiateResponse(full, &r, &e);
            blob = r.securityBlob;
        } else if (kind == Kind::Smb1SessionSetup) {
            Smb::Smb1SessionSetupResponse r;
            Smb::parseSmb1SessionSetupResponse(full, &r, &e);
            blob = r.securityBlob;
        } else {
            Smb::Smb2SessionSetupResponse r;
            Smb::parseSmb2SessionSetupResponse(full, &r, &e);
            blob = r.securityBlob;
        }
        const QByteArray ntlm = Smb::findNtlmssp(blob);
        for (qsizetype len = 0; len < blob.size(); ++len) {
            Spnego::NegTokenInit init;
            Spnego::NegTokenResp resp;
            const QByteArray cut = blob.left(len);
            if (!Spnego::parseNegTokenInit(cut, &init, &e))
                QVERIFY(e.offset >= 0 && e.offset <= len && !e.reason.isEmpty());
            if (!Spnego::parseNegTokenResp(cut, &resp, &e))
                QVERIFY(e.offset >= 0 && e.offset <= len && !e.reason.isEmpty());
            (void)Smb::findNtlmssp(cut);
        }
        for (qsizetype len = 0; len < ntlm.size(); ++len) {
            Smb::NtlmChallenge c;
            if (!Smb::parseNtlmChallenge(ntlm.left(len), &c, &e))
                QVERIFY(e.offset >= 0 && e.offset <= len && !e.reason.isEmpty());
        }
    }
    qDebug("%lld replies (%lld real), %d truncations still parsed", qlonglong(replies.size()),
           qlonglong(real.size()), accepted);
}

void TestSmbWire::hostileLengthFlips_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<int>("field");      // offset of the length or offset field
    QTest::addColumn<int>("width");      // 1, 2 or 4 bytes
    QTest::addColumn<bool>("bigEndian"); // DER lengths
    QTest::addColumn<int>("errorAt");    // expected error offset, -1: anywhere in the message
    QTest::addColumn<int>("parser");     // 0 SMB1 neg, 1 SMB1 setup, 2 SMB2 neg, 3 SMB2 setup,
                                         // 4 NTLM, 5 NegTokenInit, 6 NegTokenResp
    const QByteArray challenge = ntlmChallenge(QStringLiteral("CORP"), 6, 1, 7601);
    const QByteArray setup = ntlmSessionSetupReply(negTokenResp(1, Spnego::OidNtlmssp, challenge));
    const QByteArray neg = smb2NegotiateReply(0x0311, true);
    const int firstContext = int(le32(neg, 124));
    const QByteArray ss = smb2SessionSetupReply(Smb::StatusMoreProcessingRequired, challenge);
    const QByteArray init = Spnego::buildNegTokenInit(
        {QLatin1String(Spnego::OidKerberos), QLatin1String(Spnego::OidNtlmssp)},
        Smb::ntlmNegotiateMessage());
    const QByteArray resp = negTokenResp(1, Spnego::OidNtlmssp, challenge);
    struct Row
    {
        const char *name;
        QByteArray message;
        int field;
        int width;
        bool bigEndian;
        int errorAt;
        int parser;
    };
    const QList<Row> rows = {
        {"SMB1 neg ByteCount (extended)", extendedNegotiateReply(), 0x43, 2, false, 0x43, 0},
        {"SMB1 neg ByteCount (NT4)", nt4NegotiateReply(true), 0x43, 2, false, 0x43, 0},
        {"SMB1 neg ChallengeLength", nt4NegotiateReply(true), 0x42, 1, false, -1, 0},
        {"SMB1 LANMAN ByteCount", lanmanNegotiateReply(), 59, 2, false, 59, 0},
        {"SMB1 LANMAN key length", lanmanNegotiateReply(), 55, 2, false, -1, 0},
        {"SMB1 setup SecurityBlobLength", setup, 0x27, 2, false, 0x27, 1},
        {"SMB1 setup ByteCount", setup, 0x29, 2, false, 0x29, 1},
        {"SMB1 setup ByteCount (WC 3)", nt4SessionSetupReply(true), 0x27, 2, false, 0x27, 1},
        {"SMB2 neg SecurityBufferOffset", neg, 120, 2, false, 120, 2},
        {"SMB2 neg SecurityBufferLength", neg, 122, 2, false, 120, 2},
        {"SMB2 neg NegotiateContextOffset", neg, 124, 4, false, 124, 2},
        {"SMB2 neg context DataLength", neg, firstContext + 2, 2, false, -1, 2},
        {"SMB2 setup SecurityBufferOffset", ss, 68, 2, false, 68, 3},
        {"SMB2 setup SecurityBufferLength", ss, 70, 2, false, 68, 3},
        {"NTLM TargetName length", challenge, 12, 2, false, 12, 4},
        {"NTLM TargetName offset", challenge, 16, 4, false, 12, 4},
        {"NTLM TargetInfo length", challenge, 40, 2, false, 40, 4},
        {"NTLM TargetInfo offset", challenge, 44, 4, false, 40, 4},
        {"NTLM AV_PAIR length", challenge, 56 + 8 + 2, 2, false, -1, 4},
        {"DER outer length", init, 1, 1, true, 1, 5},
        {"DER NegTokenInit length", init, 11, 1, true, 11, 5},
        {"DER mechTypes length", init, 15, 1, true, 15, 5},
        {"DER NegTokenResp length", resp, 2, 2, true, -1, 6},
    };
    for (const Row &r : rows)
        QTest::newRow(r.name) << r.message << r.field << r.width << r.bigEndian << r.errorAt
                              << r.parser;
}

void TestSmbWire::hostileLengthFlips()
{
    QFETCH(QByteArray, message);
    QFETCH(int, field);
    QFETCH(int, width);
    QFETCH(bool, bigEndian);
    QFETCH(int, errorAt);
    QFETCH(int, parser);
    auto parse = [parser](const QByteArray &m, WireError *e) {
        switch (parser) {
        case 0: {
            Smb::Smb1NegotiateResponse r;
            return Smb::parseSmb1NegotiateResponse(m, &r, e);
        }
        case 1: {
            Smb::Smb1SessionSetupResponse r;
            return Smb::parseSmb1SessionSetupResponse(m, &r, e);
        }
        case 2: {
            Smb::Smb2NegotiateResponse r;
            return Smb::parseSmb2NegotiateResponse(m, &r, e);
        }
        case 3: {
            Smb::Smb2SessionSetupResponse r;
            return Smb::parseSmb2SessionSetupResponse(m, &r, e);
        }
        case 4: {
            Smb::NtlmChallenge r;
            return Smb::parseNtlmChallenge(m, &r, e);
        }
        case 5: {
            Spnego::NegTokenInit r;
            return Spnego::parseNegTokenInit(m, &r, e);
        }
        default: {
            Spnego::NegTokenResp r;
            return Spnego::parseNegTokenResp(m, &r, e);
        }
        }
    };
    WireError e;
    QVERIFY2(parse(message, &e), qPrintable(e.reason));
    auto valueOf = [&](const QByteArray &m) {
        quint64 v = 0;
        for (int i = 0; i < width; ++i) {
            const int at = bigEndian ? field + i : field + width - 1 - i;
            v = (v << 8) | quint8(m.at(at));
        }
        return v;
    };
    // Flip each bit of the field (the low 16 bits of a 32-bit one): whenever the value then
    // points or reaches past the end of the message, the parser must refuse it.
    int flips = 0;
    const int bits = width == 1 ? 8 : 16;
    for (int bit = 0; bit < bits; ++bit) {
        const int byte = bigEndian ? field + width - 1 - bit / 8 : field + bit / 8;
        QByteArray bad = message;
        bad[byte] = char(bad.at(byte) ^ char(1 << (bit % 8)));
        if (valueOf(bad) <= quint64(bad.size()))
            continue; // may still fit: not necessarily an error
        e = WireError();
        QVERIFY2(!parse(bad, &e), qPrintable(QStringLiteral("bit %1 accepted").arg(bit)));
        QVERIFY(!e.reason.isEmpty());
        if (errorAt >= 0)
            QCOMPARE(int(e.offset), errorAt);
        else
            QVERIFY(e.offset >= 0 && e.offset <= bad.size());
        ++flips;
    }
    QVERIFY(flips > 0);
}

void TestSmbWire::hostileDer_data()
{
    QTest::addColumn<QByteArray>("blob");
    QTest::addColumn<bool>("init");
    QTest::addColumn<int>("errorAt");
    const QByteArray spnegoOid = oid(Spnego::OidSpnego);
    const QByteArray mechs = der(0xA0, der(0x30, oid(Spnego::OidNtlmssp)));
    auto wrap = [&](const QByteArray &fields) {
        return der(0x60, spnegoOid + der(0xA0, der(0x30, fields)));
    };
    QTest::newRow("empty") << QByteArray() << true << 0;
    QTest::newRow("empty resp") << QByteArray() << false << 0;
    QTest::newRow("huge length") << hexBytes("6084ffffffff 0606 2b0601050502") << true << 1;
    QTest::newRow("5-byte length") << hexBytes("60850000000010 0606 2b0601050502") << true << 1;
    QTest::newRow("indefinite length") << hexBytes("6080 0606 2b0601050502 0000") << true << 1;
    QTest::newRow("length cut off") << hexBytes("6082 00") << true << 2;
    QTest::newRow("no length") << hexBytes("60") << true << 1;
    QTest::newRow("multi-byte tag") << hexBytes("7f8101 00") << true << 0;
    QTest::newRow("wrong outer tag") << hexBytes("6103 020100") << true << 0;
    QTest::newRow("not SPNEGO (raw Kerberos)")
        << der(0x60, oid(Spnego::OidKerberos) + hexBytes("0100")) << true << 2;
    QTest::newRow("no OID") << der(0x60, hexBytes("0201 05")) << true << 2;
    QTest::newRow("NegTokenResp where Init expected")
        << der(0x60, spnegoOid + der(0xA1, der(0x30, {}))) << true << 10;
    QTest::newRow("SEQUENCE instead of [0]")
        << der(0x60, spnegoOid + der(0x30, der(0x30, mechs))) << true << 10;
    QTest::newRow("INTEGER in mechTypes")
        << wrap(der(0xA0, der(0x30, oid(Spnego::OidNtlmssp) + hexBytes("020105")))) << true << -1;
    QTest::newRow("truncated OID")
        << wrap(der(0xA0, der(0x30, hexBytes("06032b06")))) << true << -1;
    QTest::newRow("OID cut mid sub-identifier")
        << wrap(der(0xA0, der(0x30, hexBytes("06022b86")))) << true << -1;
    QTest::newRow("trailing bytes in [0]")
        << wrap(der(0xA0, der(0x30, oid(Spnego::OidNtlmssp)) + hexBytes("0500"))) << true << -1;
    QTest::newRow("universal tag in NegTokenInit") << wrap(mechs + hexBytes("0500")) << true << -1;
    QTest::newRow("hint name not a string")
        << wrap(mechs + der(0xA3, der(0x30, der(0xA0, hexBytes("020101"))))) << true << -1;
    QTest::newRow("[3] neither hints nor MIC")
        << wrap(mechs + der(0xA3, hexBytes("020101"))) << true << -1;
    QByteArray deep = hexBytes("0400");
    for (int i = 0; i < 40; ++i)
        deep = der(0x30, deep);
    QTest::newRow("deep nesting in reqFlags") << wrap(mechs + der(0xA1, deep)) << true << -1;
    QTest::newRow("deep nesting in negHints")
        << wrap(mechs + der(0xA3, der(0x30, der(0xA1, deep)))) << true << -1;
    QTest::newRow("deep nesting in NegTokenResp")
        << der(0xA1, der(0x30, der(0xA3, deep))) << false << -1;
    QTest::newRow("inner length past outer") << hexBytes("a105 3003 a00a 0a0101") << false << 5;
    QTest::newRow("negState two bytes")
        << der(0xA1, der(0x30, der(0xA0, hexBytes("0a020001")))) << false << 6;
    QTest::newRow("negState not ENUMERATED")
        << der(0xA1, der(0x30, der(0xA0, hexBytes("020101")))) << false << 6;
    QTest::newRow("bad supportedMech")
        << der(0xA1, der(0x30, der(0xA1, hexBytes("0600")))) << false << 6;
    QTest::newRow("Init where Resp expected") << Spnego::buildNegTokenInit({}, {}) << false << 0;
}

void TestSmbWire::hostileDer()
{
    QFETCH(QByteArray, blob);
    QFETCH(bool, init);
    QFETCH(int, errorAt);
    WireError e;
    bool ok = false;
    if (init) {
        Spnego::NegTokenInit t;
        ok = Spnego::parseNegTokenInit(blob, &t, &e);
    } else {
        Spnego::NegTokenResp t;
        ok = Spnego::parseNegTokenResp(blob, &t, &e);
    }
    QVERIFY(!ok);
    QVERIFY(!e.reason.isEmpty());
    if (errorAt >= 0)
        QCOMPARE(int(e.offset), errorAt);
    QVERIFY(e.offset >= 0 && e.offset <= blob.size());
    QVERIFY(Smb::findNtlmssp(blob).isEmpty());
}

void TestSmbWire::tolerantDer()
{
    const QByteArray spnegoOid = oid(Spnego::OidSpnego);
    const QByteArray mechs = der(0xA0, der(0x30, oid(Spnego::OidKerberos)));
    const QByteArray token = Smb::ntlmNegotiateMessage();
    WireError e;
    Spnego::NegTokenInit init;
    // RFC 4178 mechListMIC in [3], reqFlags in [1], an unknown [7], trailing bytes after the
    // token: all accepted.
    const QByteArray blob =
        der(0x60, spnegoOid + der(0xA0, der(0x30, mechs + der(0xA1, hexBytes("030100")) +
                                                      der(0xA2, der(0x04, token)) +
                                                      der(0xA3, der(0x04, hexBytes("0102"))) +
                                                      der(0xA7, der(0x30, hexBytes("0500"))))));
    QVERIFY2(Spnego::parseNegTokenInit(blob + hexBytes("0000"), &init, &e), qPrintable(e.reason));
    QCOMPARE(init.mechTypes, QStringList({QLatin1String(Spnego::OidKerberos)}));
    QCOMPARE(init.mechToken, token);
    // A bare NegotiationToken without the GSS wrapper.
    QVERIFY(Spnego::parseNegTokenInit(der(0xA0, der(0x30, mechs)), &init, &e));
    QCOMPARE(init.mechTypes.size(), 1);
    // Depth 16 is fine, 17 is not.
    Spnego::NegTokenResp resp;
    auto nested = [](int levels) {
        QByteArray d = hexBytes("0400");
        for (int i = 0; i < levels; ++i)
            d = der(0x30, d);
        return der(0xA1, der(0x30, der(0xA4, d)));
    };
    QVERIFY2(Spnego::parseNegTokenResp(nested(12), &resp, &e), qPrintable(e.reason));
    QVERIFY(!Spnego::parseNegTokenResp(nested(13), &resp, &e));
    QVERIFY(e.reason.contains(QStringLiteral("16")));
    // Long-form lengths that are not minimal are still read (BER-ish senders).
    QVERIFY(Spnego::parseNegTokenResp(hexBytes("a1 8400000005 3003 a0010a") + hexBytes(""), &resp,
                                      &e) == false); // [0] holds a cut ENUMERATED
    QVERIFY2(Spnego::parseNegTokenResp(hexBytes("a1 8400000007 3005 a003 0a0102"), &resp, &e),
             qPrintable(e.reason));
    QCOMPARE(resp.negState, 2);
}

void TestSmbWire::fuzzCorpus()
{
    // The seed corpus of tests/fuzz/corpus/smbwire is generated here, from the builders and
    // the synthesized replies above (nothing is copied from captures). GPSI_WRITE_FUZZ_CORPUS=dir
    // writes it; otherwise the checked-in files must match.
    QByteArray request311 =
        Smb::smb2NegotiateRequest({0x0202, 0x0210, 0x0300, 0x0302, 0x0311}, Smb::Smb2SigningEnabled,
                                  hexBytes("a0a1a2a3a4a5a6a7a8a9aaabacadaeaf"), 0);
    const qsizetype saltAt = qsizetype(le32(request311, 92)) + 14;
    request311.replace(saltAt, 32, QByteArray(32, '\x33')); // the salt is random otherwise
    const QByteArray challenge = ntlmChallenge(QStringLiteral("CORP"), 10, 0, 20348);
    const QList<QPair<const char *, QByteArray>> seeds = {
        {"netbios-session-request",
         Smb::netbiosSessionRequest(QStringLiteral("*SMBSERVER"), QStringLiteral("GPSI"))},
        {"netbios-positive-keepalive-message",
         hexBytes("82000000 85000000") + Smb::frameSessionMessage(nt4NegotiateReply(true))},
        {"netbios-negative", hexBytes("8300000180")},
        {"smb1-negotiate-request", Smb::frameSessionMessage(Smb::smb1NegotiateRequest(
                                       {QStringLiteral("NT LM 0.12"), QStringLiteral("SMB 2.002"),
                                        QStringLiteral("SMB 2.???")},
                                       0xC801, 0))},
        {"smb1-negotiate-nt4-unicode", Smb::frameSessionMessage(nt4NegotiateReply(true))},
        {"smb1-negotiate-nt4-oem", nt4NegotiateReply(false)},
        {"smb1-negotiate-extended", Smb::frameSessionMessage(extendedNegotiateReply())},
        {"smb1-negotiate-lanman21", Smb::frameSessionMessage(lanmanNegotiateReply())},
        {"smb1-negotiate-error",
         Smb::frameSessionMessage(smb1Reply(0x72, 0xC00000BB, 0xC001, 0, {}, {}))},
        {"smb1-sessionsetup-nt4", Smb::frameSessionMessage(nt4SessionSetupReply(true))},
        {"smb1-sessionsetup-ntlm", Smb::frameSessionMessage(ntlmSessionSetupReply(
                                       negTokenResp(1, Spnego::OidNtlmssp, challenge)))},
        {"smb1-sessionsetup-null-request", Smb::smb1SessionSetupNull(0xC001, 1)},
        {"smb2-negotiate-request-311", Smb::frameSessionMessage(request311)},
        {"smb2-negotiate-210", Smb::frameSessionMessage(smb2NegotiateReply(0x0210, false))},
        {"smb2-negotiate-311", Smb::frameSessionMessage(smb2NegotiateReply(0x0311, true))},
        {"smb2-sessionsetup-ntlm", Smb::frameSessionMessage(smb2SessionSetupReply(
                                       Smb::StatusMoreProcessingRequired, challenge))},
        {"ntlm-challenge", challenge},
        {"ntlm-negotiate", Smb::ntlmNegotiateMessage()},
        {"spnego-negtokeninit",
         serverNegTokenInit({Spnego::OidNegoEx, Spnego::OidMsKerberos, Spnego::OidNtlmssp},
                            "not_defined_in_RFC4178@please_ignore")},
        {"spnego-negtokenresp", negTokenResp(1, Spnego::OidNtlmssp, challenge)},
    };
    // Every seed is something a parser (or FrameReader) accepts.
    for (const auto &seed : seeds) {
        Smb::FrameReader reader;
        reader.feed(seed.second);
        Smb::FrameReader::Frame f;
        int n = 0;
        while (reader.next(&f))
            ++n;
        const bool framed = n > 0 && !reader.hasError() && reader.buffered() == 0;
        WireError e;
        Smb::NtlmChallenge c;
        Spnego::NegTokenInit i;
        Spnego::NegTokenResp r;
        const bool raw = Smb::parseNtlmChallenge(seed.second, &c, &e) ||
                         Spnego::parseNegTokenInit(seed.second, &i, &e) ||
                         Spnego::parseNegTokenResp(seed.second, &r, &e) ||
                         seed.second.startsWith("NTLMSSP") || Smb::isSmb1(seed.second);
        QVERIFY2(framed || raw || QByteArray(seed.first).startsWith("netbios-session"), seed.first);
    }

    const QString writeTo = qEnvironmentVariable("GPSI_WRITE_FUZZ_CORPUS");
    if (!writeTo.isEmpty()) {
        QDir().mkpath(writeTo);
        for (const auto &seed : seeds) {
            QFile f(QDir(writeTo).filePath(QLatin1String(seed.first)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(seed.second);
        }
        return;
    }
    const QString source = qEnvironmentVariable("GPSI_SOURCE_DIR");
    if (source.isEmpty())
        QSKIP("GPSI_SOURCE_DIR is not set: the checked-in seed corpus is not compared");
    // The named seeds are there as generated; the rest are inputs a libFuzzer campaign grew
    // (sha1 names, docs/fuzzing.md).
    const QDir dir(source + QStringLiteral("/tests/fuzz/corpus/smbwire"));
    const QRegularExpression grown(QStringLiteral("^[0-9a-f]{40}$"));
    QCOMPARE(dir.entryList(QDir::Files).filter(grown).size() + seeds.size(),
             dir.entryList(QDir::Files).size());
    for (const auto &seed : seeds) {
        QFile f(dir.filePath(QLatin1String(seed.first)));
        QVERIFY2(f.open(QIODevice::ReadOnly), seed.first);
        QVERIFY2(f.readAll() == seed.second,
                 qPrintable(QLatin1String(seed.first) +
                            QStringLiteral(": regenerate with GPSI_WRITE_FUZZ_CORPUS")));
    }
}

QTEST_GUILESS_MAIN(TestSmbWire)
#include "tst_smbwire.moc"

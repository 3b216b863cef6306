#include "smbprobe.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUuid>

#include <memory>

#include "smbwire.h"
#include "spnego.h"

Q_LOGGING_CATEGORY(lcSmbProbe, "gpsi.probes.smb", QtInfoMsg)

namespace Gpsi {

namespace {

qint64 boundMs(qint64 low, qint64 value, qint64 high)
{
    return qBound(low, value, high);
}

const QStringList kMultiProtocolDialects = {
    QStringLiteral("NT LM 0.12"), QStringLiteral("SMB 2.002"), QStringLiteral("SMB 2.???")};
const QStringList kLanmanDialects = {QStringLiteral("PC NETWORK PROGRAM 1.0"),
                                     QStringLiteral("LANMAN1.0"), QStringLiteral("LM1.2X002"),
                                     QStringLiteral("LANMAN2.1"), QStringLiteral("NT LM 0.12")};
const QList<quint16> kSmb2Dialects = {Smb::Smb2Dialect202, Smb::Smb2Dialect210, Smb::Smb2Dialect300,
                                      Smb::Smb2Dialect302, Smb::Smb2Dialect311};
constexpr quint16 kFlags2 =
    Smb::Flags2LongNames | Smb::Flags2ExtendedSecurity | Smb::Flags2NtStatus | Smb::Flags2Unicode;

QString hex(const QByteArray &bytes, int max = 48)
{
    QString out = QString::fromLatin1(bytes.left(max).toHex(' '));
    if (bytes.size() > max)
        out += QStringLiteral(" ...");
    return out;
}

QString hex32(quint32 v)
{
    return QStringLiteral("0x%1").arg(v, 8, 16, QLatin1Char('0'));
}

// One TCP connection speaking SMB over direct TCP or the NetBIOS session service.
struct Connection
{
    QTcpSocket socket;
    Smb::FrameReader reader;
    quint16 mid = 1;
    quint64 messageId = 0;
};

class ProbeRun
{
public:
    ProbeRun(const SmbProbe::Options &options, SmbProbe::Result &result)
        : m_options(options)
        , m_result(result)
        , m_deadline(qMax(1, options.deadlineMs))
        , m_address(options.address.isEmpty() ? options.host : options.address)
    {}

    void run();

private:
    bool stop(QString *why);
    // Sets the stage of the lines noted while it lives.
    class StageScope
    {
    public:
        StageScope(ProbeRun &run, SmbProbe::Stage stage)
            : m_run(run)
            , m_saved(run.m_stage)
        {
            run.m_stage = stage;
        }
        ~StageScope() { m_run.m_stage = m_saved; }
        StageScope(const StageScope &) = delete;
        StageScope &operator=(const StageScope &) = delete;

    private:
        ProbeRun &m_run;
        SmbProbe::Stage m_saved;
    };

    void note(const QString &line)
    {
        m_result.transcript << line;
        m_result.transcriptStages << m_stage;
        qCDebug(lcSmbProbe).noquote() << line;
    }
    bool connectBoth(std::unique_ptr<Connection> *c445, std::unique_ptr<Connection> *c139);
    std::unique_ptr<Connection> open(QString *error);
    bool netbiosHandshake(Connection &c, QString *error);
    bool send(Connection &c, const QByteArray &smb, QString *error);
    bool receive(Connection &c, Smb::FrameReader::Frame *frame, QString *error);
    bool exchange(Connection &c, const QByteArray &smb, QByteArray *reply, QString *error);
    void fail(const QString &error)
    {
        // A cancelled probe stays Cancelled: what failed afterwards failed because of it.
        if (m_result.outcome != SmbProbe::Outcome::Cancelled)
            m_result.outcome = SmbProbe::Outcome::Error;
        m_result.error = error;
        note(SmbProbe::tr("stopped: %1").arg(error));
    }

    std::unique_ptr<Connection> openTransport(QString *error);
    std::unique_ptr<Connection> openNetbiosSession(std::unique_ptr<Connection> c139,
                                                   QString *error);
    bool negotiate(std::unique_ptr<Connection> c, QString *error);
    bool continueSmb2(std::unique_ptr<Connection> c, const QByteArray &reply);
    bool continueSmb1(std::unique_ptr<Connection> c, const QByteArray &reply, QString *error);
    bool negotiateLanman(QString *error);
    bool smb1Path(Connection &c, const Smb::Smb1NegotiateResponse &negotiate);
    void smb1Session(Connection &c, const Smb::Smb1NegotiateResponse &negotiate);
    bool smb2Path(Connection &c, const Smb::Smb2NegotiateResponse &first);
    void enumerateSmb2Dialects();
    void checkSmb1Alongside();
    void recordMechanisms(const QByteArray &blob);
    void recordNtlm(const QByteArray &blob);
    void recordSmb1Negotiate(const Smb::Smb1NegotiateResponse &n);

    const SmbProbe::Options &m_options;
    SmbProbe::Result &m_result;
    QDeadlineTimer m_deadline;
    QString m_address;
    bool m_netbios = false;
    SmbProbe::Stage m_stage = SmbProbe::Stage::Connect;
};

bool ProbeRun::stop(QString *why)
{
    if (m_options.cancelled && m_options.cancelled()) {
        *why = SmbProbe::tr("cancelled");
        m_result.outcome = SmbProbe::Outcome::Cancelled;
        return true;
    }
    if (m_deadline.hasExpired()) {
        *why = SmbProbe::tr("no complete answer within the probe's deadline of %1 ms")
                   .arg(m_options.deadlineMs);
        return true;
    }
    return false;
}

bool ProbeRun::connectBoth(std::unique_ptr<Connection> *c445, std::unique_ptr<Connection> *c139)
{
    auto a = std::make_unique<Connection>();
    auto b = std::make_unique<Connection>();
    a->socket.connectToHost(m_address, m_options.smbPort);
    b->socket.connectToHost(m_address, m_options.nbssPort);
    QDeadlineTimer connectDeadline(
        qMin<qint64>(m_options.connectTimeoutMs, m_deadline.remainingTime()));
    bool doneA = false;
    bool doneB = false;
    QString why;
    while (!(doneA && doneB) && !connectDeadline.hasExpired()) {
        if (stop(&why))
            break;
        for (auto [conn, done] : {std::pair{a.get(), &doneA}, std::pair{b.get(), &doneB}}) {
            if (*done)
                continue;
            if (conn->socket.state() == QAbstractSocket::ConnectedState ||
                conn->socket.waitForConnected(15))
                *done = true;
            else if (conn->socket.state() == QAbstractSocket::UnconnectedState)
                *done = true;
        }
    }
    auto settle = [&](Connection &c, quint16 port, bool *reachable, QString *error) {
        if (c.socket.state() == QAbstractSocket::ConnectedState) {
            *reachable = true;
            note(SmbProbe::tr("TCP %1 port %2: connected").arg(m_address).arg(port));
            return;
        }
        *error = c.socket.state() == QAbstractSocket::UnconnectedState
                     ? c.socket.errorString()
                     : SmbProbe::tr("no answer within %1 ms").arg(m_options.connectTimeoutMs);
        c.socket.abort();
        note(SmbProbe::tr("TCP %1 port %2: %3").arg(m_address).arg(port).arg(*error));
    };
    settle(*a, m_options.smbPort, &m_result.reachable445, &m_result.connectError445);
    settle(*b, m_options.nbssPort, &m_result.reachable139, &m_result.connectError139);
    if (m_result.reachable445)
        *c445 = std::move(a);
    if (m_result.reachable139)
        *c139 = std::move(b);
    return m_result.reachable445 || m_result.reachable139;
}

std::unique_ptr<Connection> ProbeRun::open(QString *error)
{
    auto c = std::make_unique<Connection>();
    const quint16 port = m_netbios ? m_options.nbssPort : m_options.smbPort;
    c->socket.connectToHost(m_address, port);
    const int wait = int(
        boundMs(1, qMin<qint64>(m_options.connectTimeoutMs, m_deadline.remainingTime()), 600000));
    if (!c->socket.waitForConnected(wait)) {
        *error =
            SmbProbe::tr("reconnect to port %1 failed: %2").arg(port).arg(c->socket.errorString());
        return nullptr;
    }
    if (m_netbios && !netbiosHandshake(*c, error))
        return nullptr;
    return c;
}

bool ProbeRun::netbiosHandshake(Connection &c, QString *error)
{
    const QString called =
        m_result.calledName.isEmpty() ? QStringLiteral("*SMBSERVER") : m_result.calledName;
    const QByteArray request = Smb::netbiosSessionRequest(called, QStringLiteral("GPSIDOCTOR"));
    c.socket.write(request);
    Smb::FrameReader::Frame frame;
    if (!receive(c, &frame, error))
        return false;
    if (frame.type == 0x82)
        return true;
    if (frame.type == 0x83) {
        const quint8 code = frame.payload.isEmpty() ? 0x8F : quint8(frame.payload.at(0));
        *error = SmbProbe::tr("NetBIOS session request for %1 refused: %2 (0x%3)")
                     .arg(called, Smb::netbiosErrorText(code))
                     .arg(code, 2, 16, QLatin1Char('0'));
        return false;
    }
    *error =
        SmbProbe::tr("unexpected NetBIOS reply type 0x%1").arg(frame.type, 2, 16, QLatin1Char('0'));
    return false;
}

bool ProbeRun::send(Connection &c, const QByteArray &smb, QString *error)
{
    c.socket.write(Smb::frameSessionMessage(smb));
    while (c.socket.bytesToWrite() > 0) {
        if (stop(error))
            return false;
        if (!c.socket.waitForBytesWritten(int(boundMs(1, m_deadline.remainingTime(), 100))) &&
            c.socket.state() != QAbstractSocket::ConnectedState) {
            *error =
                SmbProbe::tr("the server closed the connection: %1").arg(c.socket.errorString());
            return false;
        }
    }
    return true;
}

bool ProbeRun::receive(Connection &c, Smb::FrameReader::Frame *frame, QString *error)
{
    for (;;) {
        if (c.reader.next(frame))
            return true;
        if (c.reader.hasError()) {
            *error = SmbProbe::tr("garbage from the server at byte %1: %2")
                         .arg(c.reader.error().offset)
                         .arg(c.reader.error().reason);
            return false;
        }
        if (stop(error))
            return false;
        if (c.socket.bytesAvailable() == 0) {
            if (c.socket.state() != QAbstractSocket::ConnectedState) {
                *error = c.reader.buffered() > 0
                             ? SmbProbe::tr("the server closed the connection in the middle of "
                                            "a message (%1 bytes received)")
                                   .arg(c.reader.buffered())
                             : SmbProbe::tr("the server closed the connection without answering");
                return false;
            }
            c.socket.waitForReadyRead(int(boundMs(1, m_deadline.remainingTime(), 50)));
        }
        // Read what is there, but never more than one message's worth beyond the cap.
        const QByteArray chunk = c.socket.read(Smb::MaxMessageSize + 8);
        if (!chunk.isEmpty())
            c.reader.feed(chunk);
    }
}

bool ProbeRun::exchange(Connection &c, const QByteArray &smb, QByteArray *reply, QString *error)
{
    if (!send(c, smb, error))
        return false;
    Smb::FrameReader::Frame frame;
    if (!receive(c, &frame, error))
        return false;
    if (frame.type != 0x00) {
        *error = SmbProbe::tr("unexpected session message type 0x%1")
                     .arg(frame.type, 2, 16, QLatin1Char('0'));
        return false;
    }
    *reply = frame.payload;
    return true;
}

void ProbeRun::recordMechanisms(const QByteArray &blob)
{
    const StageScope stage(*this, SmbProbe::Stage::Mechanisms);
    if (blob.isEmpty()) {
        m_result.securityBlobEmpty = true;
        note(SmbProbe::tr("security blob: empty (the client chooses: raw NTLMSSP, no SPNEGO "
                          "list)"));
        return;
    }
    Spnego::NegTokenInit init;
    WireError error;
    if (!Spnego::parseNegTokenInit(blob, &init, &error)) {
        note(SmbProbe::tr("security blob: not a SPNEGO NegTokenInit (byte %1: %2)")
                 .arg(error.offset)
                 .arg(error.reason));
        return;
    }
    m_result.mechanisms = init.mechTypes;
    m_result.mechanismsKnown = true;
    m_result.negHint = init.hintName;
    QStringList names;
    for (const QString &oid : init.mechTypes)
        names << Spnego::mechanismName(oid);
    note(SmbProbe::tr("SPNEGO mechanisms: %1%2")
             .arg(names.join(QStringLiteral(", ")),
                  init.hintName.isEmpty() ? QString()
                                          : SmbProbe::tr("; hint %1").arg(init.hintName)));
}

void ProbeRun::recordNtlm(const QByteArray &blob)
{
    const StageScope stage(*this, SmbProbe::Stage::Session);
    const QByteArray ntlm = Smb::findNtlmssp(blob);
    if (ntlm.isEmpty())
        return;
    Smb::NtlmChallenge challenge;
    WireError error;
    if (!Smb::parseNtlmChallenge(ntlm, &challenge, &error)) {
        note(SmbProbe::tr("NTLMSSP challenge unreadable (byte %1: %2)")
                 .arg(error.offset)
                 .arg(error.reason));
        return;
    }
    m_result.ntlmVersionKnown = challenge.hasVersion;
    m_result.ntlmMajor = challenge.major;
    m_result.ntlmMinor = challenge.minor;
    m_result.ntlmBuild = challenge.build;
    m_result.ntlmNbComputer = challenge.nbComputerName;
    m_result.ntlmNbDomain = challenge.nbDomainName;
    m_result.ntlmDnsComputer = challenge.dnsComputerName;
    m_result.ntlmDnsDomain = challenge.dnsDomainName;
    m_result.ntlmDnsTree = challenge.dnsTreeName;
    note(
        SmbProbe::tr("NTLMSSP challenge: version %1; computer %2, domain %3%4")
            .arg(challenge.hasVersion ? QStringLiteral("%1.%2.%3")
                                            .arg(challenge.major)
                                            .arg(challenge.minor)
                                            .arg(challenge.build)
                                      : SmbProbe::tr("not sent"),
                 challenge.nbComputerName.isEmpty() ? SmbProbe::tr("(none)")
                                                    : challenge.nbComputerName,
                 challenge.nbDomainName.isEmpty() ? SmbProbe::tr("(none)") : challenge.nbDomainName,
                 challenge.dnsComputerName.isEmpty()
                     ? QString()
                     : SmbProbe::tr(", DNS name %1").arg(challenge.dnsComputerName)));
}

void ProbeRun::recordSmb1Negotiate(const Smb::Smb1NegotiateResponse &n)
{
    m_result.smb1Capabilities = n.capabilities;
    m_result.capabilities = Smb::smb1CapabilityNames(n.capabilities);
    m_result.extendedSecurity = n.extendedSecurity();
    m_result.userLevel = n.securityMode & Smb::SecurityUserLevel;
    m_result.challengeResponse = n.securityMode & Smb::SecurityChallengeResponse;
    m_result.signingEnabled = n.securityMode & Smb::SecuritySignaturesEnabled;
    m_result.signingRequired = n.securityMode & Smb::SecuritySignaturesRequired;
    m_result.challengeLength = n.challengeLength;
    m_result.serverTime = n.systemTime;
    m_result.serverTimeZoneMinutes = n.serverTimeZone;
    if (!n.domainName.isEmpty())
        m_result.domainName = n.domainName;
    if (!n.serverName.isEmpty())
        m_result.serverName = n.serverName;
    if (n.serverGuid.size() == 16)
        m_result.serverGuid = QUuid::fromRfc4122(n.serverGuid).toString(QUuid::WithoutBraces);
    note(SmbProbe::tr("SMB1 NEGOTIATE response: dialect %1, security mode 0x%2 (%3-level, "
                      "signing %4), capabilities %5 (%6), challenge %7 bytes%8")
             .arg(m_result.dialect)
             .arg(n.securityMode, 2, 16, QLatin1Char('0'))
             .arg(m_result.userLevel ? QStringLiteral("user") : QStringLiteral("share"),
                  m_result.signingId(), hex32(n.capabilities),
                  n.extendedSecurity() ? QStringLiteral("CAP_EXTENDED_SECURITY set")
                                       : QStringLiteral("no CAP_EXTENDED_SECURITY"))
             .arg(n.challengeLength)
             .arg(n.domainName.isEmpty() ? QString()
                                         : SmbProbe::tr(", domain %1").arg(n.domainName)));
}

void ProbeRun::smb1Session(Connection &c, const Smb::Smb1NegotiateResponse &negotiate)
{
    const StageScope stage(*this, SmbProbe::Stage::Session);
    QString error;
    QByteArray reply;
    QByteArray request;
    if (negotiate.extendedSecurity()) {
        const QByteArray ntlm = Smb::ntlmNegotiateMessage();
        const QByteArray blob =
            negotiate.securityBlob.isEmpty()
                ? ntlm
                : Spnego::buildNegTokenInit({QString::fromLatin1(Spnego::OidNtlmssp)}, ntlm);
        request = Smb::smb1SessionSetupExtended(kFlags2, c.mid++, blob);
        note(SmbProbe::tr("-> SMB1 SESSION_SETUP_ANDX, extended security, anonymous NTLMSSP "
                          "NEGOTIATE%1")
                 .arg(negotiate.securityBlob.isEmpty() ? SmbProbe::tr(" (raw)")
                                                       : SmbProbe::tr(" in SPNEGO")));
    } else {
        request = Smb::smb1SessionSetupNull(kFlags2 & ~Smb::Flags2ExtendedSecurity, c.mid++);
        note(SmbProbe::tr("-> SMB1 SESSION_SETUP_ANDX, null session (no account, no password)"));
    }
    if (!exchange(c, request, &reply, &error)) {
        note(SmbProbe::tr("<- no session-setup answer: %1").arg(error));
        return;
    }
    Smb::Smb1SessionSetupResponse s;
    WireError wire;
    if (!Smb::parseSmb1SessionSetupResponse(reply, &s, &wire)) {
        note(SmbProbe::tr("<- session-setup answer unreadable (byte %1: %2): %3")
                 .arg(wire.offset)
                 .arg(wire.reason, hex(reply)));
        return;
    }
    m_result.sessionAnswered = true;
    m_result.nativeOs = s.nativeOs;
    m_result.nativeLanMan = s.nativeLanMan;
    m_result.primaryDomain = s.primaryDomain;
    if (!negotiate.extendedSecurity() && s.status == Smb::StatusSuccess) {
        m_result.anonymousAccepted = true;
        m_result.guest = s.action & 0x0001;
    }
    note(SmbProbe::tr("<- SMB1 SESSION_SETUP_ANDX response: status %1, Native OS \"%2\", "
                      "Native LAN Manager \"%3\"%4")
             .arg(hex32(s.status), s.nativeOs, s.nativeLanMan,
                  (s.action & 0x0001) ? SmbProbe::tr(", logged on as guest") : QString()));
    if (negotiate.extendedSecurity())
        recordNtlm(s.securityBlob);
}

bool ProbeRun::smb1Path(Connection &c, const Smb::Smb1NegotiateResponse &negotiate)
{
    m_result.smb1 = true;
    m_result.smb1Checked = true;
    m_result.dialects << m_result.dialect;
    recordSmb1Negotiate(negotiate);
    if (negotiate.extendedSecurity())
        recordMechanisms(negotiate.securityBlob);
    smb1Session(c, negotiate);
    return true;
}

void ProbeRun::enumerateSmb2Dialects()
{
    const StageScope stage(*this, SmbProbe::Stage::Negotiate);
    QStringList accepted;
    for (const quint16 dialect : kSmb2Dialects) {
        QString error;
        if (stop(&error))
            break;
        auto c = open(&error);
        if (!c) {
            note(SmbProbe::tr("dialect %1: %2").arg(Smb::smb2DialectName(dialect), error));
            continue;
        }
        const QByteArray request = Smb::smb2NegotiateRequest({dialect}, Smb::Smb2SigningEnabled,
                                                             QUuid::createUuid().toRfc4122(), 0);
        QByteArray reply;
        Smb::Smb2NegotiateResponse n;
        WireError wire;
        if (exchange(*c, request, &reply, &error) &&
            Smb::parseSmb2NegotiateResponse(reply, &n, &wire) && n.status == Smb::StatusSuccess &&
            n.dialect == dialect) {
            accepted << Smb::smb2DialectName(dialect);
        }
    }
    if (!m_result.dialect.isEmpty() && !accepted.contains(m_result.dialect))
        accepted << m_result.dialect; // negotiated, so accepted, even if the deadline cut the list
    note(SmbProbe::tr("SMB2 dialects accepted one by one: %1")
             .arg(accepted.isEmpty() ? SmbProbe::tr("none") : accepted.join(QStringLiteral(", "))));
    for (const QString &d : std::as_const(accepted)) {
        if (!m_result.dialects.contains(d))
            m_result.dialects << d;
    }
}

void ProbeRun::checkSmb1Alongside()
{
    const StageScope stage(*this, SmbProbe::Stage::Negotiate);
    QString error;
    std::unique_ptr<Connection> c;
    if (!stop(&error))
        c = open(&error);
    if (!c) {
        note(SmbProbe::tr("SMB1 (NT LM 0.12) alone: not checked (%1)").arg(error));
        return;
    }
    const QByteArray request =
        Smb::smb1NegotiateRequest({QStringLiteral("NT LM 0.12")}, kFlags2, c->mid++);
    QByteArray reply;
    Smb::Smb1NegotiateResponse n;
    WireError wire;
    if (!exchange(*c, request, &reply, &error) || !Smb::isSmb1(reply) ||
        !Smb::parseSmb1NegotiateResponse(reply, &n, &wire) || n.dialectIndex != 0) {
        QString why;
        if (stop(&why)) {
            note(SmbProbe::tr("SMB1 (NT LM 0.12) alone: not checked (%1)").arg(why));
            return;
        }
        m_result.smb1Checked = true;
        note(SmbProbe::tr("SMB1 (NT LM 0.12) alone: refused%1")
                 .arg(error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error)));
        return;
    }
    m_result.smb1 = true;
    m_result.smb1Checked = true;
    m_result.dialects.prepend(QStringLiteral("NT LM 0.12"));
    note(SmbProbe::tr("SMB1 (NT LM 0.12) alone: accepted as well"));
    // Old-style OS strings come only from SMB1; read them like smb-os-discovery does.
    const QString keepDialect = m_result.dialect;
    if (n.extendedSecurity() && m_result.mechanisms.isEmpty())
        recordMechanisms(n.securityBlob);
    smb1Session(*c, n);
    m_result.dialect = keepDialect;
}

bool ProbeRun::smb2Path(Connection &c, const Smb::Smb2NegotiateResponse &first)
{
    m_result.smb2 = true;
    QString error;
    QByteArray reply;
    Smb::Smb2NegotiateResponse n = first;
    WireError wire;
    if (first.dialect == Smb::Smb2DialectWildcard) {
        // MS-SMB2 3.2.4.2.2.2: after "SMB 2.???" the client sends an SMB2 NEGOTIATE on the same
        // connection.
        const QByteArray request = Smb::smb2NegotiateRequest(
            kSmb2Dialects, Smb::Smb2SigningEnabled, QUuid::createUuid().toRfc4122(), ++c.messageId);
        note(SmbProbe::tr("-> SMB2 NEGOTIATE [2.0.2, 2.1, 3.0, 3.0.2, 3.1.1]"));
        if (!exchange(c, request, &reply, &error)) {
            fail(error);
            return false;
        }
        if (!Smb::parseSmb2NegotiateResponse(reply, &n, &wire)) {
            fail(SmbProbe::tr("SMB2 NEGOTIATE response unreadable (byte %1: %2)")
                     .arg(wire.offset)
                     .arg(wire.reason));
            return false;
        }
    }
    if (n.status != Smb::StatusSuccess) {
        fail(SmbProbe::tr("SMB2 NEGOTIATE refused with status %1").arg(hex32(n.status)));
        return false;
    }
    m_result.dialect = Smb::smb2DialectName(n.dialect);
    m_result.signingEnabled = n.securityMode & Smb::Smb2SigningEnabled;
    m_result.signingRequired = n.securityMode & Smb::Smb2SigningRequired;
    m_result.extendedSecurity = true; // SMB2 always authenticates through a security blob
    m_result.capabilities = Smb::smb2CapabilityNames(n.capabilities);
    m_result.serverTime = n.systemTime;
    if (n.serverGuid.size() == 16)
        m_result.serverGuid = QUuid::fromRfc4122(n.serverGuid).toString(QUuid::WithoutBraces);
    note(SmbProbe::tr("<- SMB2 NEGOTIATE response: dialect %1, security mode 0x%2 (signing %3), "
                      "capabilities 0x%4")
             .arg(m_result.dialect)
             .arg(n.securityMode, 4, 16, QLatin1Char('0'))
             .arg(m_result.signingId())
             .arg(n.capabilities, 8, 16, QLatin1Char('0')));
    recordMechanisms(n.securityBlob);

    // Session setup with an anonymous NTLMSSP NEGOTIATE: the CHALLENGE tells the OS version
    // and the server's names. The probe stops there (no AUTHENTICATE is ever sent).
    const QByteArray blob = Spnego::buildNegTokenInit({QString::fromLatin1(Spnego::OidNtlmssp)},
                                                      Smb::ntlmNegotiateMessage());
    const StageScope session(*this, SmbProbe::Stage::Session);
    note(SmbProbe::tr("-> SMB2 SESSION_SETUP, anonymous NTLMSSP NEGOTIATE in SPNEGO"));
    Smb::Smb2SessionSetupResponse s;
    if (exchange(c, Smb::smb2SessionSetupRequest(++c.messageId, blob), &reply, &error) &&
        Smb::parseSmb2SessionSetupResponse(reply, &s, &wire)) {
        m_result.sessionAnswered = true;
        note(SmbProbe::tr("<- SMB2 SESSION_SETUP response: status %1").arg(hex32(s.status)));
        recordNtlm(s.securityBlob);
    } else {
        note(SmbProbe::tr("<- no usable session-setup answer: %1")
                 .arg(error.isEmpty() ? wire.reason : error));
    }
    return true;
}

// Port 445 (direct TCP) when it answers, else the NetBIOS session service on 139. Null when
// neither is usable (the result says why).
std::unique_ptr<Connection> ProbeRun::openTransport(QString *error)
{
    std::unique_ptr<Connection> c445;
    std::unique_ptr<Connection> c139;
    if (!connectBoth(&c445, &c139)) {
        if (m_result.outcome == SmbProbe::Outcome::Cancelled)
            return nullptr;
        m_result.outcome = SmbProbe::Outcome::Unreachable;
        m_result.error = SmbProbe::tr("neither port %1 (%2) nor port %3 (%4) accepts connections")
                             .arg(m_options.smbPort)
                             .arg(m_result.connectError445)
                             .arg(m_options.nbssPort)
                             .arg(m_result.connectError139);
        return nullptr;
    }
    if (!c445)
        return openNetbiosSession(std::move(c139), error);
    m_netbios = false;
    m_result.transport = QStringLiteral("direct-tcp");
    m_result.port = m_options.smbPort;
    return c445;
}

// The NetBIOS session request calls the server by its NetBIOS name; when it refuses that,
// a new connection calls it "*SMBSERVER". Null when neither is accepted.
std::unique_ptr<Connection> ProbeRun::openNetbiosSession(std::unique_ptr<Connection> c139,
                                                         QString *error)
{
    QHostAddress literal;
    const bool hostIsAddress = literal.setAddress(m_options.host);
    m_netbios = true;
    m_result.transport = QStringLiteral("netbios");
    m_result.port = m_options.nbssPort;
    m_result.calledName = hostIsAddress
                              ? QStringLiteral("*SMBSERVER")
                              : m_options.host.section(QLatin1Char('.'), 0, 0).toUpper().left(15);
    if (netbiosHandshake(*c139, error)) {
        note(SmbProbe::tr("NetBIOS session request for %1: accepted").arg(m_result.calledName));
        return c139;
    }
    if (m_result.calledName == QLatin1String("*SMBSERVER") ||
        m_result.outcome == SmbProbe::Outcome::Cancelled || m_deadline.hasExpired()) {
        fail(*error);
        return nullptr;
    }
    note(*error);
    m_result.calledName = QStringLiteral("*SMBSERVER");
    std::unique_ptr<Connection> c = open(error);
    if (!c) {
        fail(*error);
        return nullptr;
    }
    note(SmbProbe::tr("NetBIOS session request for *SMBSERVER: accepted"));
    return c;
}

// The multi-protocol SMB1 NEGOTIATE, which every server answers in SMB1 or SMB2 terms. False
// when the probe stopped before its end.
bool ProbeRun::negotiate(std::unique_ptr<Connection> c, QString *error)
{
    m_stage = SmbProbe::Stage::Negotiate;
    note(SmbProbe::tr("-> SMB1 NEGOTIATE [NT LM 0.12, SMB 2.002, SMB 2.???], extended security "
                      "requested"));
    QByteArray reply;
    if (!exchange(*c, Smb::smb1NegotiateRequest(kMultiProtocolDialects, kFlags2, c->mid++), &reply,
                  error)) {
        fail(*error);
        return false;
    }
    m_result.negotiateHex = hex(reply);
    if (Smb::isSmb2(reply))
        return continueSmb2(std::move(c), reply);
    if (Smb::isSmb1(reply))
        return continueSmb1(std::move(c), reply, error);
    fail(SmbProbe::tr("the reply is neither SMB1 nor SMB2: %1").arg(hex(reply)));
    return false;
}

bool ProbeRun::continueSmb2(std::unique_ptr<Connection> c, const QByteArray &reply)
{
    WireError wire;
    Smb::Smb2NegotiateResponse n;
    if (!Smb::parseSmb2NegotiateResponse(reply, &n, &wire)) {
        fail(SmbProbe::tr("SMB2 NEGOTIATE response unreadable (byte %1: %2): %3")
                 .arg(wire.offset)
                 .arg(wire.reason, hex(reply)));
        return false;
    }
    note(SmbProbe::tr("<- SMB2 NEGOTIATE response to the SMB1 negotiate: dialect %1")
             .arg(Smb::smb2DialectName(n.dialect)));
    if (!smb2Path(*c, n))
        return false;
    c.reset();
    if (m_options.enumerateDialects) {
        enumerateSmb2Dialects();
        checkSmb1Alongside();
    } else {
        m_result.dialects << m_result.dialect;
    }
    return true;
}

bool ProbeRun::continueSmb1(std::unique_ptr<Connection> c, const QByteArray &reply, QString *error)
{
    WireError wire;
    Smb::Smb1NegotiateResponse n;
    if (!Smb::parseSmb1NegotiateResponse(reply, &n, &wire)) {
        fail(SmbProbe::tr("SMB1 NEGOTIATE response unreadable (byte %1: %2): %3")
                 .arg(wire.offset)
                 .arg(wire.reason, hex(reply)));
        return false;
    }
    if (n.dialectIndex != 0) {
        note(SmbProbe::tr("<- SMB1 NEGOTIATE response: no offered dialect accepted (index %1)")
                 .arg(n.dialectIndex));
        c.reset();
        return negotiateLanman(error);
    }
    m_result.dialect = kMultiProtocolDialects.first();
    smb1Path(*c, n);
    return true;
}

// None of NT LM 0.12 / SMB 2.x: a LAN Manager-era server. Ask in its own terms.
bool ProbeRun::negotiateLanman(QString *error)
{
    std::unique_ptr<Connection> c = open(error);
    QByteArray reply;
    WireError wire;
    Smb::Smb1NegotiateResponse lm;
    if (!c ||
        !exchange(*c, Smb::smb1NegotiateRequest(kLanmanDialects, kFlags2, c->mid++), &reply,
                  error) ||
        !Smb::parseSmb1NegotiateResponse(reply, &lm, &wire) ||
        lm.dialectIndex >= kLanmanDialects.size()) {
        fail(error->isEmpty() ? SmbProbe::tr("the server accepts none of the SMB dialects offered")
                              : *error);
        return false;
    }
    m_result.dialect = kLanmanDialects.at(lm.dialectIndex);
    smb1Path(*c, lm);
    return true;
}

void ProbeRun::run()
{
    // Name lookups block inside QAbstractSocket beyond any deadline: the caller resolves.
    if (QHostAddress probeAddress; !probeAddress.setAddress(m_address)) {
        fail(SmbProbe::tr("\"%1\" is not an IP address; resolve the server first").arg(m_address));
        return;
    }
    note(SmbProbe::tr("probe of %1 at %2, ports %3 (SMB) and %4 (NetBIOS session service)")
             .arg(m_options.host, m_address)
             .arg(m_options.smbPort)
             .arg(m_options.nbssPort));
    // One error text for all steps: a step that fails without a reason of its own reports
    // the last one noted.
    QString error;
    std::unique_ptr<Connection> c = openTransport(&error);
    if (!c || !negotiate(std::move(c), &error))
        return;
    if (m_result.outcome != SmbProbe::Outcome::Cancelled)
        m_result.outcome = SmbProbe::Outcome::Ok;
}

} // namespace

QString SmbProbe::outcomeId(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return QStringLiteral("ok");
    case Outcome::Unreachable:
        return QStringLiteral("unreachable");
    case Outcome::Error:
        return QStringLiteral("error");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("error");
}

QString SmbProbe::Result::linesOf(Stage stage) const
{
    QStringList out;
    for (qsizetype i = 0; i < transcript.size() && i < transcriptStages.size(); ++i) {
        if (transcriptStages.at(i) == stage)
            out << transcript.at(i);
    }
    return out.join(QLatin1Char('\n'));
}

bool SmbProbe::Result::kerberosOffered() const
{
    for (const QString &oid : mechanisms) {
        if (Spnego::isKerberos(oid))
            return true;
    }
    return false;
}

QString SmbProbe::Result::signingId() const
{
    if (signingRequired)
        return QStringLiteral("required");
    return signingEnabled ? QStringLiteral("enabled") : QStringLiteral("disabled");
}

SmbProbe::Result SmbProbe::run(const Options &options)
{
    Result result;
    QElapsedTimer timer;
    timer.start();
    ProbeRun(options, result).run();
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace Gpsi

namespace Gpsi {

namespace {

// The identification rules of ServerIdentity::classify, strongest evidence first. Each fills
// in id and returns true when it decided the server. lupdate needs ServerIdentity::tr
// spelled out.

// Samba names itself in Native LAN Manager (or Native OS).
bool identifySamba(const SmbProbe::Result &r, ServerIdentity &id)
{
    static const QRegularExpression sambaVersion(QStringLiteral("Samba (\\d+(?:\\.\\d+)+)"));
    const auto m = sambaVersion.match(r.nativeLanMan + QLatin1Char(' ') + r.nativeOs);
    if (!m.hasMatch())
        return false;
    id.family = QStringLiteral("samba");
    id.version = m.captured(1);
    id.title = ServerIdentity::tr("Samba %1").arg(id.version);
    id.confidence = 0.95;
    id.evidence << ServerIdentity::tr("Native LAN Manager \"%1\"").arg(r.nativeLanMan);
    return true;
}

bool identifyNt4ByName(const SmbProbe::Result &r, ServerIdentity &id)
{
    const QString &os = r.nativeOs;
    const QString &lanman = r.nativeLanMan;
    if (!os.contains(QLatin1String("Windows NT 4.0")) &&
        !lanman.contains(QLatin1String("NT LAN Manager 4.0")))
        return false;
    id.family = QStringLiteral("windows-nt4");
    id.version = QStringLiteral("4.0");
    id.title = ServerIdentity::tr("Windows NT 4.0");
    id.confidence = 0.95;
    id.evidence
        << ServerIdentity::tr("Native OS \"%1\", Native LAN Manager \"%2\"").arg(os, lanman);
    if (!r.extendedSecurity)
        id.evidence << ServerIdentity::tr("no extended security (CIFS only, as NT 4.0)");
    return true;
}

// The VERSION field of the NTLM CHALLENGE: Windows' own major.minor.build.
bool identifyByNtlmVersion(const SmbProbe::Result &r, ServerIdentity &id)
{
    if (!r.ntlmVersionKnown)
        return false;
    const QString &os = r.nativeOs;
    id.version = QStringLiteral("%1.%2.%3").arg(r.ntlmMajor).arg(r.ntlmMinor).arg(r.ntlmBuild);
    id.evidence << ServerIdentity::tr("NTLMSSP version %1").arg(id.version);
    if (r.ntlmBuild == 0) {
        // Windows always reports its build; Samba fills the version field with 6.1.0.
        id.family = QStringLiteral("samba");
        id.title = ServerIdentity::tr("Samba or another non-Windows server (NTLM version %1)")
                       .arg(id.version);
        id.version.clear();
        id.confidence = 0.6;
        id.evidence << ServerIdentity::tr("build number 0: not a Windows server");
        return true;
    }
    id.confidence = os.isEmpty() ? 0.8 : 0.9;
    if (r.ntlmMajor == 5 && r.ntlmMinor == 0) {
        id.family = QStringLiteral("windows-2000");
        id.title = ServerIdentity::tr("Windows 2000 (build %1)").arg(r.ntlmBuild);
    } else if (r.ntlmMajor == 5) {
        id.family = QStringLiteral("windows-xp-2003");
        id.title = ServerIdentity::tr("Windows XP / Server 2003 (build %1)").arg(r.ntlmBuild);
    } else {
        id.family = QStringLiteral("windows-vista-or-later");
        id.title = os.isEmpty() ? ServerIdentity::tr("Windows %1.%2 (build %3)")
                                      .arg(r.ntlmMajor)
                                      .arg(r.ntlmMinor)
                                      .arg(r.ntlmBuild)
                                : os;
    }
    if (!os.isEmpty())
        id.evidence << ServerIdentity::tr("Native OS \"%1\"").arg(os);
    return true;
}

// Native OS as SMB1 servers report it ("Windows 5.0", "Windows Server 2003 3790 ...").
bool identifyByNativeOs(const SmbProbe::Result &r, ServerIdentity &id)
{
    static const QRegularExpression windowsBuild(QStringLiteral("\\b(\\d{4,5})\\b"));
    const QString &os = r.nativeOs;
    if (os.startsWith(QLatin1String("Windows 5.0"))) {
        id.family = QStringLiteral("windows-2000");
        id.version = QStringLiteral("5.0");
        id.title = ServerIdentity::tr("Windows 2000");
        id.confidence = 0.9;
    } else if (os.startsWith(QLatin1String("Windows 5.1")) || os.contains(QLatin1String("2003"))) {
        id.family = QStringLiteral("windows-xp-2003");
        id.title =
            os.startsWith(QLatin1String("Windows 5.1")) ? ServerIdentity::tr("Windows XP") : os;
        id.confidence = 0.9;
    } else if (os.startsWith(QLatin1String("Windows")) && !os.contains(QLatin1String("NT"))) {
        id.family = QStringLiteral("windows-vista-or-later");
        id.title = os;
        if (const auto m = windowsBuild.match(os); m.hasMatch())
            id.version = m.captured(1);
        id.confidence = 0.85;
    } else if (os.startsWith(QLatin1String("Windows NT"))) {
        id.family = QStringLiteral("windows-nt4");
        id.title = os;
        id.confidence = 0.8;
    }
    if (os.isEmpty() || id.family == QLatin1String("unknown"))
        return false;
    id.evidence << ServerIdentity::tr("Native OS \"%1\", Native LAN Manager \"%2\"")
                       .arg(os, r.nativeLanMan);
    return true;
}

// Without names or versions: what the server's answers look like.
void identifyByShape(const SmbProbe::Result &r, ServerIdentity &id)
{
    if (r.smb1 && !r.smb2 && !r.extendedSecurity && r.challengeLength == 8 &&
        r.dialect == QLatin1String("NT LM 0.12")) {
        // The shape NT 4.0 always answers with (CIFS: NT LM 0.12 without extended security,
        // 8-byte challenge). A LAN Manager dialect reply has the same 8-byte challenge but is
        // not NT: it falls through to the dialect check below.
        id.family = QStringLiteral("windows-nt4");
        id.title =
            ServerIdentity::tr("Windows NT 4.0 class server (or older: Windows 9x, LAN Manager)");
        id.confidence = 0.7;
        id.evidence << ServerIdentity::tr("SMB1 only, no CAP_EXTENDED_SECURITY although the "
                                          "request asked for it, 8-byte challenge");
        return;
    }
    if (r.dialect.startsWith(QLatin1String("LANMAN")) ||
        r.dialect.startsWith(QLatin1String("LM")) ||
        r.dialect.startsWith(QLatin1String("PC NETWORK"))) {
        id.family = QStringLiteral("other");
        id.title = ServerIdentity::tr("LAN Manager-era server (dialect %1)").arg(r.dialect);
        id.confidence = 0.7;
        id.evidence << ServerIdentity::tr("highest dialect %1").arg(r.dialect);
        return;
    }
    if (r.smb2) {
        id.family = QStringLiteral("other");
        id.title = ServerIdentity::tr("SMB2/3 server (dialect %1)").arg(r.dialect);
        id.confidence = 0.4;
        id.evidence
            << ServerIdentity::tr("speaks SMB %1 but told nothing about its OS").arg(r.dialect);
    }
}

} // namespace

ServerIdentity ServerIdentity::classify(const SmbProbe::Result &r)
{
    ServerIdentity id;
    id.family = QStringLiteral("unknown");
    id.title = tr("Unknown server");
    if (!identifySamba(r, id) && !identifyNt4ByName(r, id) && !identifyByNtlmVersion(r, id) &&
        !identifyByNativeOs(r, id))
        identifyByShape(r, id);
    return id;
}

} // namespace Gpsi

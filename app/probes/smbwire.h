#pragma once

// Byte layouts of the SMB messages the server probe sends and reads: NetBIOS session service
// and direct-TCP framing, SMB1 NEGOTIATE and SESSION_SETUP_ANDX, SMB2 NEGOTIATE and
// SESSION_SETUP, and the NTLMSSP messages inside them. Pure functions over bytes, no sockets:
// fuzzable and testable on captured replies. References: MS-CIFS 2.2.4.52/53, MS-SMB 2.2.4.5-6,
// MS-SMB2 2.2.1-2.2.6, MS-NLMP 2.2.1-2.2.2, RFC 1002 4.3.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "wirereader.h"

namespace Gpsi::Smb {

// --- SMB1 constants (MS-CIFS 2.2.3.1, MS-SMB 2.2.3.1) ---
inline constexpr quint8 Smb1Negotiate = 0x72;
inline constexpr quint8 Smb1SessionSetupAndX = 0x73;
inline constexpr quint16 Flags2LongNames = 0x0001;
inline constexpr quint16 Flags2Signatures = 0x0004;
inline constexpr quint16 Flags2ExtendedSecurity = 0x0800;
inline constexpr quint16 Flags2NtStatus = 0x4000;
inline constexpr quint16 Flags2Unicode = 0x8000;
inline constexpr quint8 SecurityUserLevel = 0x01;
inline constexpr quint8 SecurityChallengeResponse = 0x02;
inline constexpr quint8 SecuritySignaturesEnabled = 0x04;
inline constexpr quint8 SecuritySignaturesRequired = 0x08;
inline constexpr quint32 CapRawMode = 0x00000001;
inline constexpr quint32 CapMpxMode = 0x00000002;
inline constexpr quint32 CapUnicode = 0x00000004;
inline constexpr quint32 CapLargeFiles = 0x00000008;
inline constexpr quint32 CapNtSmbs = 0x00000010;
inline constexpr quint32 CapRpcRemoteApis = 0x00000020;
inline constexpr quint32 CapStatus32 = 0x00000040;
inline constexpr quint32 CapLevelIIOplocks = 0x00000080;
inline constexpr quint32 CapLockAndRead = 0x00000100;
inline constexpr quint32 CapNtFind = 0x00000200;
inline constexpr quint32 CapDfs = 0x00001000;
inline constexpr quint32 CapInfoLevelPassthru = 0x00002000;
inline constexpr quint32 CapLargeReadX = 0x00004000;
inline constexpr quint32 CapLargeWriteX = 0x00008000;
inline constexpr quint32 CapLwio = 0x00010000;
inline constexpr quint32 CapUnix = 0x00800000;
inline constexpr quint32 CapExtendedSecurity = 0x80000000;
// Names of the set capability bits ("CAP_UNICODE", ...), lowest bit first.
QStringList smb1CapabilityNames(quint32 capabilities);

// --- SMB2 constants (MS-SMB2 2.2.3, 2.2.4) ---
inline constexpr quint16 Smb2Dialect202 = 0x0202;
inline constexpr quint16 Smb2Dialect210 = 0x0210;
inline constexpr quint16 Smb2Dialect300 = 0x0300;
inline constexpr quint16 Smb2Dialect302 = 0x0302;
inline constexpr quint16 Smb2Dialect311 = 0x0311;
inline constexpr quint16 Smb2DialectWildcard = 0x02FF;
inline constexpr quint16 Smb2SigningEnabled = 0x0001;
inline constexpr quint16 Smb2SigningRequired = 0x0002;
QString smb2DialectName(quint16 dialect); // "2.0.2", "2.1", "3.0", "3.0.2", "3.1.1", "2.???"
QStringList smb2CapabilityNames(quint32 capabilities);

inline constexpr quint32 StatusSuccess = 0x00000000;
inline constexpr quint32 StatusMoreProcessingRequired = 0xC0000016;

// Largest SMB message the probe accepts; anything longer is refused unread.
inline constexpr qsizetype MaxMessageSize = 64 * 1024;

// --- Transport ---
// Direct TCP (port 445) and NetBIOS session messages share one header: type, then a 24-bit
// big-endian length (RFC 1002 4.3.1; for type 0 the top bits are the length's).
QByteArray frameSessionMessage(const QByteArray &smb);
// NetBIOS first-level encoding of a name padded to 15 characters plus the suffix byte
// (0x20 server, 0x00 workstation): 0x20, 32 letters 'A'..'P', 0x00.
QByteArray encodeNetbiosName(const QString &name, quint8 suffix);
// SESSION REQUEST (type 0x81) for the called and calling names.
QByteArray netbiosSessionRequest(const QString &calledName, const QString &callingName);

// Reassembles session messages from a byte stream. Refuses (error) any header other than a
// session message (0x00), positive/negative session response (0x82/0x83) or keepalive (0x85),
// and any length above MaxMessageSize, before reading it.
class FrameReader
{
public:
    struct Frame
    {
        quint8 type = 0;
        QByteArray payload;
    };
    void feed(const QByteArray &bytes);
    // The next complete frame, if any.
    bool next(Frame *frame);
    bool hasError() const { return !m_error.reason.isEmpty(); }
    WireError error() const { return m_error; }
    qsizetype buffered() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
    qsizetype m_consumed = 0; // bytes of the stream before m_buffer, for error offsets
    WireError m_error;
};
// Text for a NetBIOS negative session response error code (0x80 "not listening on called
// name", ...).
QString netbiosErrorText(quint8 code);

// --- SMB1 ---
bool isSmb1(const QByteArray &message); // starts FF 'SMB'
bool isSmb2(const QByteArray &message); // starts FE 'SMB'

// NEGOTIATE with these dialects ("NT LM 0.12", "SMB 2.002", "SMB 2.???") and FLAGS2.
QByteArray smb1NegotiateRequest(const QStringList &dialects, quint16 flags2, quint16 mid);

struct Smb1NegotiateResponse
{
    quint32 status = 0;
    quint16 flags2 = 0;
    quint8 wordCount = 0;
    quint16 dialectIndex = 0xFFFF;
    quint8 securityMode = 0;
    quint16 maxMpxCount = 0;
    quint16 maxNumberVcs = 0;
    quint32 maxBufferSize = 0;
    quint32 maxRawSize = 0;
    quint32 sessionKey = 0;
    quint32 capabilities = 0;
    QDateTime systemTime;      // UTC; invalid when 0
    qint16 serverTimeZone = 0; // minutes, as sent
    quint8 challengeLength = 0;
    // Non-extended form (CAP_EXTENDED_SECURITY clear): challenge, domain and (MS-SMB servers)
    // server name. Extended form: server GUID and the security blob (may be empty).
    QByteArray challenge;
    QString domainName;
    QString serverName;
    QByteArray serverGuid;
    QByteArray securityBlob;

    bool extendedSecurity() const { return capabilities & CapExtendedSecurity; }
};
// Parses a reply (SMB message without transport header). Handles WordCount 17 (NT LM 0.12),
// WordCount 13 (LANMAN2.1 and other LM dialects: security mode, max buffer, challenge, domain)
// and WordCount 1 (no dialect accepted: DialectIndex only).
bool parseSmb1NegotiateResponse(const QByteArray &message, Smb1NegotiateResponse *out,
                                WireError *error);

// SESSION_SETUP_ANDX, extended security (WordCount 12) carrying a security blob.
QByteArray smb1SessionSetupExtended(quint16 flags2, quint16 mid, const QByteArray &securityBlob);
// SESSION_SETUP_ANDX, non-extended (WordCount 13), null session: empty account, empty
// passwords.
QByteArray smb1SessionSetupNull(quint16 flags2, quint16 mid);

struct Smb1SessionSetupResponse
{
    quint32 status = 0;
    quint16 flags2 = 0;
    quint16 uid = 0;
    quint8 wordCount = 0;
    quint16 action = 0; // bit 0: logged on as guest
    QByteArray securityBlob;
    QString nativeOs;
    QString nativeLanMan;
    QString primaryDomain;
};
// Accepts WordCount 3 (non-extended), 4 (extended) and 0 (error reply with no body).
bool parseSmb1SessionSetupResponse(const QByteArray &message, Smb1SessionSetupResponse *out,
                                   WireError *error);

// --- SMB2 ---
// NEGOTIATE offering `dialects`; when 3.1.1 is among them, with the required
// PREAUTH_INTEGRITY_CAPABILITIES (SHA-512, random salt) and ENCRYPTION_CAPABILITIES contexts.
QByteArray smb2NegotiateRequest(const QList<quint16> &dialects, quint16 securityMode,
                                const QByteArray &clientGuid, quint64 messageId);

struct Smb2NegotiateResponse
{
    quint32 status = 0;
    quint16 securityMode = 0;
    quint16 dialect = 0;
    quint16 negotiateContextCount = 0;
    QByteArray serverGuid;
    quint32 capabilities = 0;
    quint32 maxTransactSize = 0;
    quint32 maxReadSize = 0;
    quint32 maxWriteSize = 0;
    QDateTime systemTime;
    QDateTime serverStartTime;
    QByteArray securityBlob;
    QList<quint16> contextTypes; // negotiate context types present (3.1.1)
};
bool parseSmb2NegotiateResponse(const QByteArray &message, Smb2NegotiateResponse *out,
                                WireError *error);

QByteArray smb2SessionSetupRequest(quint64 messageId, const QByteArray &securityBlob);
struct Smb2SessionSetupResponse
{
    quint32 status = 0;
    quint64 sessionId = 0;
    quint16 sessionFlags = 0; // 0x1 guest, 0x2 null, 0x4 encrypt
    QByteArray securityBlob;
};
bool parseSmb2SessionSetupResponse(const QByteArray &message, Smb2SessionSetupResponse *out,
                                   WireError *error);

// --- NTLMSSP (MS-NLMP) ---
// NEGOTIATE_MESSAGE asking for Unicode, NTLM, extended session security, target info and the
// VERSION field.
QByteArray ntlmNegotiateMessage();

struct NtlmChallenge
{
    quint32 flags = 0;
    QByteArray serverChallenge;
    QString targetName;
    bool hasVersion = false;
    int major = 0;
    int minor = 0;
    int build = 0;
    quint8 ntlmRevision = 0;
    QString nbComputerName;  // MsvAvNbComputerName (1)
    QString nbDomainName;    // MsvAvNbDomainName (2)
    QString dnsComputerName; // MsvAvDnsComputerName (3)
    QString dnsDomainName;   // MsvAvDnsDomainName (4)
    QString dnsTreeName;     // MsvAvDnsTreeName (5)
    QDateTime timestamp;     // MsvAvTimestamp (7)
};
// Parses a CHALLENGE_MESSAGE; offsets and lengths in its fields are checked against the
// message.
bool parseNtlmChallenge(const QByteArray &message, NtlmChallenge *out, WireError *error);
// Finds an NTLMSSP message inside a blob that is either raw NTLMSSP or SPNEGO-wrapped.
QByteArray findNtlmssp(const QByteArray &blob);

QDateTime fromFileTime(quint64 filetime); // 100 ns since 1601-01-01 UTC; invalid for 0

} // namespace Gpsi::Smb

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "wirereader.h"

namespace Gpsi::Spnego {

// Mechanism OIDs (dotted) seen in SMB security blobs.
inline constexpr const char *OidSpnego = "1.3.6.1.5.5.2";
inline constexpr const char *OidKerberos = "1.2.840.113554.1.2.2";
inline constexpr const char *OidMsKerberos = "1.2.840.48018.1.2.2";
inline constexpr const char *OidKerberosU2U = "1.2.840.113554.1.2.2.3";
inline constexpr const char *OidNtlmssp = "1.3.6.1.4.1.311.2.2.10";
inline constexpr const char *OidNegoEx = "1.3.6.1.4.1.311.2.2.30";

// RFC 4178 NegTokenInit (inside the RFC 2743 GSS InitialContextToken, tag 0x60), as servers
// send it in the SMB negotiate response, including Microsoft's NegTokenInit2 negHints.
struct NegTokenInit
{
    QStringList mechTypes; // dotted OIDs, in the server's order of preference
    QString hintName;      // negHints.hintName, when present
    QByteArray mechToken;  // optimistic token, when present
};

// RFC 4178 NegTokenResp (context tag [1]), as in session-setup replies.
struct NegTokenResp
{
    int negState = -1; // 0 accept-completed, 1 accept-incomplete, 2 reject, 3 request-mic
    QString supportedMech;
    QByteArray responseToken;
};

// The DER reader is strict about lengths (every length is checked against what encloses it)
// and tolerant about unknown context tags (skipped). Nesting is bounded.
bool parseNegTokenInit(const QByteArray &blob, NegTokenInit *out, WireError *error);
bool parseNegTokenResp(const QByteArray &blob, NegTokenResp *out, WireError *error);

// Builds the client's first token: GSS wrapper + NegTokenInit with these mechanisms and an
// optional mechToken (an NTLMSSP NEGOTIATE message).
QByteArray buildNegTokenInit(const QStringList &mechTypes, const QByteArray &mechToken);

QByteArray encodeOid(const QString &dotted);   // DER contents (no tag/length); empty if invalid
QString decodeOid(const QByteArray &contents); // empty if malformed

// Short human name: "Kerberos 5", "MS Kerberos 5 (legacy OID)", "Kerberos 5 user-to-user",
// "NTLMSSP", "NEGOEX", or the OID itself.
QString mechanismName(const QString &oid);
bool isKerberos(const QString &oid);

} // namespace Gpsi::Spnego

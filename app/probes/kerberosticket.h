#pragma once

// Platform seam, free of Qt so that the Windows side (SSPI) compiles with a bare mingw-w64:
// ask the KDC for a service ticket for cifs/<host> the way the file-share client would, and
// say what came back. Three implementations, one chosen at build time:
//   kerberosticket_gssapi.cpp  MIT krb5 GSSAPI (Linux and other Unix, where krb5-gssapi exists)
//   kerberosticket_win.cpp     SSPI with the Kerberos package (Windows)
//   kerberosticket_none.cpp    neither: every answer is Unavailable
// The calls block (the KDC exchange happens inside them); AuthProbe runs them on a thread of
// their own and keeps the caller's deadline.
#include <cstdint>
#include <string>
#include <vector>

namespace Gpsi::KerberosTicket {

// A small, stable set of outcomes. The ids (outcomeId) are fact values and part of the report
// format: never renumber or rename.
enum class Outcome {
    Issued,           // the KDC issued a ticket for the SPN
    UnknownPrincipal, // KDC_ERR_S_PRINCIPAL_UNKNOWN / SEC_E_TARGET_UNKNOWN
    NoCredentials,    // no TGT, expired TGT, or nothing usable in the keytab
    KdcUnreachable,   // no KDC answered (refused, silent, no route)
    ClockSkew,        // KRB_AP_ERR_SKEW / SEC_E_TIME_SKEW
    RealmUnknown,     // no realm for the host, no default realm, or no KDC for that realm
    Other,            // anything else; the status codes and texts tell what
    Unavailable,      // no Kerberos implementation in this build / on this platform
};

const char *outcomeId(Outcome outcome); // "issued", "unknown-principal", ...

struct Request
{
    std::string host; // exactly as written in the UNC path (no canonicalisation)
    std::string service = "cifs";
    // Acquire the client credentials from this keytab instead of the current credential cache
    // (GSSAPI only: on Windows the check runs as whoever starts it, e.g. SYSTEM).
    std::string keytab;
    // Principal to use from the keytab; empty: the computer account (NAME$@REALM) if the
    // keytab holds one, else a host/ principal, else its first entry.
    std::string clientPrincipal;
};

struct Answer
{
    Outcome outcome = Outcome::Other;
    std::string backend;          // "gssapi (MIT Kerberos 1.20.1)", "sspi", "none"
    std::string spn;              // the service principal asked for, e.g. cifs/srv.example.test
    std::string targetName;       // as the library resolved it, with realm where known
    std::string realm;            // realm of the service principal (or of the client)
    std::string clientPrincipal;  // whose credentials were used
    std::string credentialSource; // "credential cache FILE:/tmp/krb5cc_0", "keytab /etc/..."
    // Ticket details (Issued only; empty / -1 when the library does not tell).
    int32_t ticketEnctype = -1;  // the enctype the ticket is encrypted in (service key)
    int32_t sessionEnctype = -1; // the session key's enctype
    std::string ticketEnctypeName;
    std::string sessionEnctypeName;
    int64_t lifetimeSeconds = -1; // seconds from now until the ticket expires
    int64_t endTimeUnix = 0;      // ticket end time, seconds since 1970 (0: unknown)
    // The library's exact answer.
    uint32_t majorStatus = 0; // GSS major status, or the SECURITY_STATUS on Windows
    uint32_t minorStatus = 0; // GSS minor status (the krb5 error code); 0 on Windows
    std::string majorText;
    std::string minorText;          // e.g. "Server cifs/x@R not found in Kerberos database"
    std::vector<std::string> steps; // what was done, one line each, for the evidence
};

// Asks for the ticket. Never throws; every failure is an Answer.
Answer request(const Request &request);

// The realm configuration as this machine sees it (facts, never failures).
struct RealmInfo
{
    std::string defaultRealm; // krb5.conf default_realm / the machine's domain on Windows
    std::string hostRealm;    // realm the configuration maps the host to (domain_realm)
    std::string error;        // why the default realm is not known, if it is not
};
RealmInfo realmInfo(const std::string &host);

// Name of the implementation compiled in ("gssapi", "sspi", "none") and whether it can work.
const char *backendId();
bool available();

} // namespace Gpsi::KerberosTicket

// SSPI implementation of the Kerberos ticket seam (kerberosticket.h), for Windows.
// InitializeSecurityContextW with the Kerberos package (never Negotiate, which would silently
// fall back to NTLM) and the target "cifs/<host>" makes the LSA ask the KDC for a service
// ticket for that SPN (a TGS exchange) and build the AP-REQ that the file-share client would
// send in SMB SESSION_SETUP. Nothing is sent to the file server. The credentials are those of
// the logon session the process runs in: run it as SYSTEM to test as the computer account.
// Free of Qt so that it compiles with a bare mingw-w64 (see kerberosticket.h).
#ifndef SECURITY_WIN32
#define SECURITY_WIN32
#endif

#include "kerberosticket.h"

#include "io/nativeio.h"
#include "io/wintext.h"

#include <windows.h>

#include <security.h> // sspi.h: the SSPI functions and structures (secur32); before secext.h

#include <ntsecapi.h> // LsaOpenPolicy, LsaQueryInformationPolicy (advapi32)
#include <secext.h>   // GetUserNameExW (secur32)

#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#ifdef _MSC_VER
#pragma comment(lib, "secur32.lib")
#pragma comment(lib, "advapi32.lib")
#endif

namespace Gpsi::KerberosTicket {

namespace {

using WinText::narrow;

const char *const kBackend = "sspi (Kerberos package)";

std::string hex32(uint32_t v)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "0x%08lX", static_cast<unsigned long>(v));
    return buf;
}

std::string upper(std::string s)
{
    for (char &c : s) {
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
    }
    return s;
}

// UTF-8 -> UTF-16; false when the input is not valid UTF-8.
bool widen(const std::string &text, std::wstring *out)
{
    out->clear();
    if (text.empty())
        return true;
    const int size = MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, text.data(),
                                         int(text.size()), nullptr, 0);
    if (size <= 0)
        return false;
    out->resize(size_t(size));
    return MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, text.data(), int(text.size()),
                               out->data(), size) == size;
}

// The system's text for a status or error code, via FormatMessageW, trimmed; English first
// (the report is English), then the default language lookup of FormatMessage. NTSTATUS values
// that escape unmapped are looked up in ntdll's message table.
std::string systemMessage(DWORD code)
{
    const DWORD languages[] = {MAKELANGID(LANG_ENGLISH, SUBLANG_ENGLISH_US), 0};
    for (const DWORD language : languages) {
        for (int source = 0; source < 2; ++source) {
            DWORD flags = FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_IGNORE_INSERTS;
            HMODULE module = nullptr;
            if (source == 0) {
                flags |= FORMAT_MESSAGE_FROM_SYSTEM;
            } else {
                if ((code & 0xC0000000u) != 0xC0000000u)
                    break;
                module = GetModuleHandleW(L"ntdll.dll");
                if (!module)
                    break;
                flags |= FORMAT_MESSAGE_FROM_HMODULE;
            }
            wchar_t *buffer = nullptr;
            const DWORD n = FormatMessageW(flags, module, code, language,
                                           reinterpret_cast<LPWSTR>(&buffer), 0, nullptr);
            if (n == 0 || !buffer) {
                if (buffer)
                    LocalFree(buffer);
                continue;
            }
            std::string text = narrow(buffer, int(n));
            LocalFree(buffer);
            while (!text.empty() && (text.back() == '\r' || text.back() == '\n' ||
                                     text.back() == ' ' || text.back() == '\t'))
                text.pop_back();
            if (!text.empty())
                return text;
        }
    }
    return {};
}

// Symbolic names for the SECURITY_STATUS values the Kerberos package returns (winerror.h).
const char *statusName(SECURITY_STATUS status)
{
#define GPSI_SEC_STATUS(name)                                                                      \
    case name:                                                                                     \
        return #name;
    switch (status) {
        GPSI_SEC_STATUS(SEC_E_OK)
        GPSI_SEC_STATUS(SEC_I_CONTINUE_NEEDED)
        GPSI_SEC_STATUS(SEC_I_COMPLETE_NEEDED)
        GPSI_SEC_STATUS(SEC_I_COMPLETE_AND_CONTINUE)
        GPSI_SEC_STATUS(SEC_I_INCOMPLETE_CREDENTIALS)
        GPSI_SEC_STATUS(SEC_E_INSUFFICIENT_MEMORY)
        GPSI_SEC_STATUS(SEC_E_INVALID_HANDLE)
        GPSI_SEC_STATUS(SEC_E_UNSUPPORTED_FUNCTION)
        GPSI_SEC_STATUS(SEC_E_TARGET_UNKNOWN)
        GPSI_SEC_STATUS(SEC_E_INTERNAL_ERROR)
        GPSI_SEC_STATUS(SEC_E_SECPKG_NOT_FOUND)
        GPSI_SEC_STATUS(SEC_E_NOT_OWNER)
        GPSI_SEC_STATUS(SEC_E_INVALID_TOKEN)
        GPSI_SEC_STATUS(SEC_E_LOGON_DENIED)
        GPSI_SEC_STATUS(SEC_E_UNKNOWN_CREDENTIALS)
        GPSI_SEC_STATUS(SEC_E_NO_CREDENTIALS)
        GPSI_SEC_STATUS(SEC_E_NO_AUTHENTICATING_AUTHORITY)
        GPSI_SEC_STATUS(SEC_E_CONTEXT_EXPIRED)
        GPSI_SEC_STATUS(SEC_E_INCOMPLETE_CREDENTIALS)
        GPSI_SEC_STATUS(SEC_E_BUFFER_TOO_SMALL)
        GPSI_SEC_STATUS(SEC_E_WRONG_PRINCIPAL)
        GPSI_SEC_STATUS(SEC_E_TIME_SKEW)
        GPSI_SEC_STATUS(SEC_E_ENCRYPT_FAILURE)
        GPSI_SEC_STATUS(SEC_E_DECRYPT_FAILURE)
        GPSI_SEC_STATUS(SEC_E_ALGORITHM_MISMATCH)
        GPSI_SEC_STATUS(SEC_E_SECURITY_QOS_FAILED)
        GPSI_SEC_STATUS(SEC_E_NO_TGT_REPLY)
        GPSI_SEC_STATUS(SEC_E_NO_IP_ADDRESSES)
        GPSI_SEC_STATUS(SEC_E_WRONG_CREDENTIAL_HANDLE)
        GPSI_SEC_STATUS(SEC_E_CRYPTO_SYSTEM_INVALID)
        GPSI_SEC_STATUS(SEC_E_MAX_REFERRALS_EXCEEDED)
        GPSI_SEC_STATUS(SEC_E_MUST_BE_KDC)
        GPSI_SEC_STATUS(SEC_E_STRONG_CRYPTO_NOT_SUPPORTED)
        GPSI_SEC_STATUS(SEC_E_TOO_MANY_PRINCIPALS)
        GPSI_SEC_STATUS(SEC_E_NO_PA_DATA)
        GPSI_SEC_STATUS(SEC_E_PKINIT_NAME_MISMATCH)
        GPSI_SEC_STATUS(SEC_E_SMARTCARD_LOGON_REQUIRED)
        GPSI_SEC_STATUS(SEC_E_SHUTDOWN_IN_PROGRESS)
        GPSI_SEC_STATUS(SEC_E_KDC_INVALID_REQUEST)
        GPSI_SEC_STATUS(SEC_E_KDC_UNABLE_TO_REFER)
        GPSI_SEC_STATUS(SEC_E_KDC_UNKNOWN_ETYPE)
        GPSI_SEC_STATUS(SEC_E_UNSUPPORTED_PREAUTH)
        GPSI_SEC_STATUS(SEC_E_DELEGATION_REQUIRED)
        GPSI_SEC_STATUS(SEC_E_BAD_BINDINGS)
        GPSI_SEC_STATUS(SEC_E_MULTIPLE_ACCOUNTS)
        GPSI_SEC_STATUS(SEC_E_NO_KERB_KEY)
        GPSI_SEC_STATUS(SEC_E_DOWNGRADE_DETECTED)
        GPSI_SEC_STATUS(SEC_E_SMARTCARD_CERT_REVOKED)
        GPSI_SEC_STATUS(SEC_E_ISSUING_CA_UNTRUSTED)
        GPSI_SEC_STATUS(SEC_E_REVOCATION_OFFLINE_C)
        GPSI_SEC_STATUS(SEC_E_PKINIT_CLIENT_FAILURE)
        GPSI_SEC_STATUS(SEC_E_SMARTCARD_CERT_EXPIRED)
        GPSI_SEC_STATUS(SEC_E_NO_S4U_PROT_SUPPORT)
        GPSI_SEC_STATUS(SEC_E_CROSSREALM_DELEGATION_FAILURE)
        GPSI_SEC_STATUS(SEC_E_REVOCATION_OFFLINE_KDC)
        GPSI_SEC_STATUS(SEC_E_ISSUING_CA_UNTRUSTED_KDC)
        GPSI_SEC_STATUS(SEC_E_KDC_CERT_EXPIRED)
        GPSI_SEC_STATUS(SEC_E_KDC_CERT_REVOKED)
        GPSI_SEC_STATUS(SEC_E_INVALID_PARAMETER)
        GPSI_SEC_STATUS(SEC_E_DELEGATION_POLICY)
        GPSI_SEC_STATUS(SEC_E_POLICY_NLTM_ONLY)
        GPSI_SEC_STATUS(SEC_E_NO_CONTEXT)
        GPSI_SEC_STATUS(SEC_E_MUTUAL_AUTH_FAILED)
        GPSI_SEC_STATUS(SEC_E_INVALID_UPN_NAME)
    default:
        return nullptr;
    }
#undef GPSI_SEC_STATUS
}

// "SEC_E_TARGET_UNKNOWN (0x80090303): The specified target is unknown or unreachable"
std::string statusText(SECURITY_STATUS status)
{
    const uint32_t code = uint32_t(status);
    const char *name = statusName(status);
    std::string text = name ? std::string(name) + " (" + hex32(code) + ")" : hex32(code);
    const std::string message = systemMessage(DWORD(code));
    if (!message.empty())
        text += ": " + message;
    return text;
}

// The outcome for a failure status. Sources: InitializeSecurityContext (Kerberos) and
// AcquireCredentialsHandle (Kerberos) return-value tables, and "SSPI Status Codes".
Outcome classify(SECURITY_STATUS status)
{
    switch (status) {
    // "The target was not recognized": the KDC does not know the SPN.
    case SEC_E_TARGET_UNKNOWN:
        return Outcome::UnknownPrincipal;
    // Missing, unrecognised or unusable client credentials: "No credentials are available"
    // (also what the package returns for a local, non-domain logon session), "The credentials
    // provided were not recognized", "The logon failed" (the package turns a wrong password
    // into this), "No Kerberos key was found", "The caller ... does not own the credentials",
    // "The credentials supplied were not complete", and an expired or revoked smart card
    // certificate (no TGT can be had with it).
    case SEC_E_NO_CREDENTIALS:
    case SEC_E_UNKNOWN_CREDENTIALS:
    case SEC_E_LOGON_DENIED:
    case SEC_E_NO_KERB_KEY:
    case SEC_E_NOT_OWNER:
    case SEC_E_INCOMPLETE_CREDENTIALS:
    case SEC_E_SMARTCARD_CERT_EXPIRED:
    case SEC_E_SMARTCARD_CERT_REVOKED:
        return Outcome::NoCredentials;
    // "No authority could be contacted for authentication. The domain name of the
    // authenticating party could be wrong, the domain could be unreachable, or there might
    // have been a trust relationship failure." / the computer has no IP address at all.
    case SEC_E_NO_AUTHENTICATING_AUTHORITY:
    case SEC_E_NO_IP_ADDRESSES:
        return Outcome::KdcUnreachable;
    // "The clocks on the client and server computers do not match."
    case SEC_E_TIME_SKEW:
        return Outcome::ClockSkew;
    // "The KDC was unable to generate a referral for the service requested": no realm is
    // known for the host.
    case SEC_E_KDC_UNABLE_TO_REFER:
        return Outcome::RealmUnknown;
    // "The requested security package does not exist": no Kerberos on this computer.
    case SEC_E_SECPKG_NOT_FOUND:
        return Outcome::Unavailable;
    // Everything else, e.g. SEC_E_WRONG_PRINCIPAL (mutual authentication failure),
    // SEC_E_DOWNGRADE_DETECTED, SEC_E_KDC_UNKNOWN_ETYPE, SEC_E_CONTEXT_EXPIRED ("referencing
    // a context that has already been closed"): the status and its text tell what.
    default:
        return Outcome::Other;
    }
}

// Kerberos enctype numbers (RFC 3961, 3962, 4757, 8009) to their usual names.
std::string enctypeName(int32_t enctype)
{
    switch (enctype) {
    case 1:
        return "des-cbc-crc";
    case 3:
        return "des-cbc-md5";
    case 17:
        return "aes128-cts-hmac-sha1-96";
    case 18:
        return "aes256-cts-hmac-sha1-96";
    case 19:
        return "aes128-cts-hmac-sha256-128";
    case 20:
        return "aes256-cts-hmac-sha384-192";
    case 23:
        return "rc4-hmac";
    case 24:
        return "rc4-hmac-exp";
    default:
        return "enctype " + std::to_string(enctype);
    }
}

// Success codes (SEC_E_OK, SEC_I_*) are >= 0, failures (SEC_E_*) negative, like HRESULTs.
bool succeeded(SECURITY_STATUS status)
{
    return status >= 0;
}

// The output token's buffer, supplied by the caller: ISC_REQ_ALLOCATE_MEMORY would let the
// package allocate it, but Wine's Kerberos package does not support that flag (the call then
// fails with 0x80090318, SEC_E_INCOMPLETE_MESSAGE). cbMaxToken is the package's own bound.
std::vector<unsigned char> tokenBuffer(Answer &a)
{
    wchar_t package[] = MICROSOFT_KERBEROS_NAME_W;
    PSecPkgInfoW info = nullptr;
    ULONG size = 48000; // Windows' Kerberos cbMaxToken since Windows 8 / 2012
    if (QuerySecurityPackageInfoW(package, &info) == SEC_E_OK && info) {
        if (info->cbMaxToken > 0 && info->cbMaxToken <= 1024 * 1024)
            size = info->cbMaxToken;
        FreeContextBuffer(info);
    } else {
        a.steps.push_back("QuerySecurityPackageInfoW(Kerberos) failed: a token buffer of " +
                          std::to_string(size) + " bytes is used");
    }
    return std::vector<unsigned char>(size);
}

// --- handles, freed on scope exit ------------------------------------------------------------

struct Credentials
{
    CredHandle handle{};
    bool valid = false;
    Credentials() = default;
    Credentials(const Credentials &) = delete;
    Credentials &operator=(const Credentials &) = delete;
    ~Credentials()
    {
        if (valid)
            FreeCredentialsHandle(&handle);
    }
};

// "If InitializeSecurityContext (Kerberos) returns success on the first (or only) call, then
// the caller must eventually call the DeleteSecurityContext function on the returned handle."
struct Context
{
    CtxtHandle handle{};
    bool valid = false;
    Context() = default;
    Context(const Context &) = delete;
    Context &operator=(const Context &) = delete;
    ~Context()
    {
        if (valid)
            DeleteSecurityContext(&handle);
    }
};

// Memory the security package allocated (the strings inside QueryContextAttributes results):
// freed with FreeContextBuffer.
struct ContextBuffer
{
    void *data = nullptr;
    explicit ContextBuffer(void *p)
        : data(p)
    {}
    ContextBuffer(const ContextBuffer &) = delete;
    ContextBuffer &operator=(const ContextBuffer &) = delete;
    ~ContextBuffer()
    {
        if (data)
            FreeContextBuffer(data);
    }
};

struct Handle
{
    HANDLE h = nullptr;
    Handle() = default;
    Handle(const Handle &) = delete;
    Handle &operator=(const Handle &) = delete;
    ~Handle()
    {
        if (h)
            CloseHandle(h);
    }
};

// --- time ---------------------------------------------------------------------------------

constexpr int64_t kFileTimeUnixEpoch = 116444736000000000LL; // 1970-01-01 in 100 ns units

int64_t fileTimeValue(const FILETIME &ft)
{
    return int64_t((uint64_t(ft.dwHighDateTime) << 32) | ft.dwLowDateTime);
}

int64_t nowUnix()
{
    FILETIME now{};
    GetSystemTimeAsFileTime(&now);
    return (fileTimeValue(now) - kFileTimeUnixEpoch) / 10000000;
}

std::string unixText(int64_t unixTime)
{
    const uint64_t value = uint64_t(unixTime * 10000000 + kFileTimeUnixEpoch);
    FILETIME ft{DWORD(value & 0xFFFFFFFFu), DWORD(value >> 32)};
    SYSTEMTIME st{};
    if (!FileTimeToSystemTime(&ft, &st))
        return std::to_string(unixTime);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04u-%02u-%02u %02u:%02u:%02u UTC", unsigned(st.wYear),
                  unsigned(st.wMonth), unsigned(st.wDay), unsigned(st.wHour), unsigned(st.wMinute),
                  unsigned(st.wSecond));
    return buf;
}

// An SSPI TimeStamp (FILETIME format) to seconds since 1970. The docs ask packages to return
// expiry times in local time ("TimeStamp"; InitializeSecurityContext (Kerberos) ptsExpiry;
// SecPkgContext_Lifespan), and the Kerberos package converts its UTC ticket times with the
// current time-zone bias. LocalFileTimeToFileTime applies that same current bias in reverse.
// False for zero, "never" and other values that are not a plausible end time.
bool timeStampToUnix(const TimeStamp &stamp, int64_t *unixTime)
{
    const int64_t value = int64_t((uint64_t(uint32_t(stamp.HighPart)) << 32) | stamp.LowPart);
    if (value <= kFileTimeUnixEpoch)
        return false;
    const FILETIME local{DWORD(stamp.LowPart), DWORD(stamp.HighPart)};
    FILETIME utc{};
    if (!LocalFileTimeToFileTime(&local, &utc))
        return false;
    const int64_t seconds = (fileTimeValue(utc) - kFileTimeUnixEpoch) / 10000000;
    // Beyond the year 3000: the "never expires" sentinel some packages use, not a ticket.
    if (seconds <= 0 || seconds > 32503680000LL)
        return false;
    *unixTime = seconds;
    return true;
}

// --- who and where ------------------------------------------------------------------------

// GetUserNameExW for the calling thread; empty when the name has no such form (e.g. no UPN
// for a local account: "If the user account is not in a domain, only NameSamCompatible is
// supported").
std::string userName(EXTENDED_NAME_FORMAT format)
{
    std::wstring buffer(256, L'\0');
    for (int attempt = 0; attempt < 3; ++attempt) {
        ULONG size = ULONG(buffer.size());
        if (GetUserNameExW(format, buffer.data(), &size))
            return narrow(buffer.data(), int(size));
        // ERROR_MORE_DATA: size is the required size including the terminating null.
        if (GetLastError() != ERROR_MORE_DATA || size <= buffer.size())
            return {};
        buffer.assign(size_t(size), L'\0');
    }
    return {};
}

// The logon session (LUID) whose ticket cache SSPI uses, in klist's "0:0x3e7" notation.
std::string logonSessionId()
{
    Handle token;
    if (!OpenThreadToken(GetCurrentThread(), TOKEN_QUERY, TRUE, &token.h) &&
        !OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token.h))
        return {};
    TOKEN_STATISTICS stats{};
    DWORD length = 0;
    if (!GetTokenInformation(token.h, TokenStatistics, &stats, sizeof stats, &length))
        return {};
    char buf[48];
    std::snprintf(buf, sizeof buf, "%lx:0x%lx",
                  static_cast<unsigned long>(stats.AuthenticationId.HighPart),
                  static_cast<unsigned long>(stats.AuthenticationId.LowPart));
    return buf;
}

struct MachineDomain
{
    std::string dnsName; // as Windows has it (not uppercased)
    std::string error;   // why there is none
};

// The AD domain the computer is joined to. LsaQueryInformationPolicy(PolicyDnsDomainInformation)
// first, as the GetComputerNameEx docs advise where the computer's DNS suffix may differ from
// its domain ("If the computer ... is not a member of a domain, all structure members except
// Name are NULL or zero", POLICY_DNS_DOMAIN_INFO); GetComputerNameExW(ComputerNameDnsDomain),
// the primary DNS suffix, when the LSA cannot be asked.
MachineDomain machineDomain()
{
    MachineDomain result;
    LSA_OBJECT_ATTRIBUTES attributes{}; // "zero the structure" (LsaOpenPolicy)
    LSA_HANDLE policy = nullptr;
    NTSTATUS status = LsaOpenPolicy(nullptr, &attributes, POLICY_VIEW_LOCAL_INFORMATION, &policy);
    if (status == 0) {
        PPOLICY_DNS_DOMAIN_INFO info = nullptr;
        status = LsaQueryInformationPolicy(policy, PolicyDnsDomainInformation,
                                           reinterpret_cast<PVOID *>(&info));
        LsaClose(policy);
        if (status == 0 && info) {
            if (info->Sid == nullptr) {
                const std::string workgroup =
                    narrow(info->Name.Buffer, int(info->Name.Length / sizeof(wchar_t)));
                result.error =
                    "the computer is not in a domain" +
                    (workgroup.empty() ? std::string() : " (workgroup " + workgroup + ")");
            } else {
                result.dnsName = narrow(info->DnsDomainName.Buffer,
                                        int(info->DnsDomainName.Length / sizeof(wchar_t)));
                if (result.dnsName.empty())
                    result.error = "the computer's domain has no DNS name (a Windows NT 4 domain?)";
            }
            LsaFreeMemory(info);
            return result;
        }
    }

    std::wstring buffer(256, L'\0');
    for (int attempt = 0; attempt < 3; ++attempt) {
        DWORD size = DWORD(buffer.size());
        if (GetComputerNameExW(ComputerNameDnsDomain, buffer.data(), &size)) {
            result.dnsName = narrow(buffer.data(), int(size));
            if (result.dnsName.empty())
                result.error = "the computer is not in a domain";
            return result;
        }
        // ERROR_MORE_DATA: size is the required size including the terminating null.
        if (GetLastError() != ERROR_MORE_DATA || size <= buffer.size())
            break;
        buffer.assign(size_t(size), L'\0');
    }
    const DWORD error = GetLastError();
    result.error = "GetComputerNameExW(ComputerNameDnsDomain): " + systemMessage(error) + " (" +
                   std::to_string(error) + ")";
    return result;
}

bool isIpv4Literal(const std::string &host)
{
    if (host.empty())
        return false;
    for (const char c : host) {
        if (!(c == '.' || (c >= '0' && c <= '9')))
            return false;
    }
    return true;
}

// The DNS domain of a host name (the text after its first dot), uppercased as a realm.
std::string hostRealmOf(std::string host)
{
    while (!host.empty() && host.back() == '.')
        host.pop_back();
    if (host.find(':') != std::string::npos || isIpv4Literal(host))
        return {}; // an IP literal names no domain
    const size_t dot = host.find('.');
    if (dot == std::string::npos || dot + 1 >= host.size())
        return {};
    return upper(host.substr(dot + 1));
}

// --- the request --------------------------------------------------------------------------

void fail(Answer &a, SECURITY_STATUS status, const std::string &call)
{
    a.outcome = classify(status);
    a.majorStatus = uint32_t(status);
    a.majorText = statusText(status);
    a.steps.push_back(call + ": " + a.majorText);
    // Wine's Kerberos package maps every GSSAPI failure it does not know to this one status:
    // an unknown principal and an unreachable KDC look the same (tests/windows/cli-e2e.sh).
    if (status == SEC_E_INTERNAL_ERROR && !NativeIo::wineVersion().empty())
        a.steps.push_back("under Wine, SEC_E_INTERNAL_ERROR stands for any KDC error (Windows "
                          "returns SEC_E_TARGET_UNKNOWN for an unknown service principal, "
                          "SEC_E_NO_AUTHENTICATING_AUTHORITY for an unreachable KDC)");
}

// Reads what SSPI tells of the context: the names from the ticket, the session key's enctype
// and the lifetime. Returns whether the key information could be read.
bool readContext(CtxtHandle &ctx, Answer &a)
{
    // SECPKG_ATTR_NATIVE_NAMES: "the principal name (CNAME) from the outbound ticket" and the
    // server name; both strings are freed with FreeContextBuffer.
    SecPkgContext_NativeNamesW names{};
    SECURITY_STATUS status = QueryContextAttributesW(&ctx, SECPKG_ATTR_NATIVE_NAMES, &names);
    if (status == SEC_E_OK) {
        ContextBuffer client(names.sClientName), server(names.sServerName);
        const std::string clientName = narrow(names.sClientName);
        const std::string serverName = narrow(names.sServerName);
        if (!clientName.empty())
            a.clientPrincipal = clientName;
        if (!serverName.empty()) {
            a.targetName = serverName;
            const size_t at = serverName.rfind('@');
            if (at != std::string::npos && at + 1 < serverName.size())
                a.realm = serverName.substr(at + 1);
        }
        a.steps.push_back("QueryContextAttributesW(SECPKG_ATTR_NATIVE_NAMES): client " +
                          (clientName.empty() ? std::string("(none)") : clientName) + ", server " +
                          (serverName.empty() ? std::string("(none)") : serverName));
    } else {
        a.steps.push_back("QueryContextAttributesW(SECPKG_ATTR_NATIVE_NAMES): " +
                          statusText(status));
    }

    // SECPKG_ATTR_KEY_INFO: SecPkgContext_KeyInfo documents EncryptAlgorithm as an ALG_ID
    // "reserved for future use"; the Kerberos package puts the RFC 3961 enctype of the
    // context's session key there (which SSPI-to-krb5 bridges rely on). SECPKG_ATTR_SESSION_KEY
    // would give only the key bytes, without an enctype. The ticket's own enctype (the
    // service key's) is not available through SSPI.
    bool keyRead = false;
    SecPkgContext_KeyInfoW key{};
    status = QueryContextAttributesW(&ctx, SECPKG_ATTR_KEY_INFO, &key);
    if (status == SEC_E_OK) {
        ContextBuffer signatureName(key.sSignatureAlgorithmName),
            encryptName(key.sEncryptAlgorithmName);
        keyRead = true;
        if (key.EncryptAlgorithm != 0) {
            a.sessionEnctype = int32_t(key.EncryptAlgorithm);
            a.sessionEnctypeName = enctypeName(a.sessionEnctype);
        }
        a.steps.push_back("QueryContextAttributesW(SECPKG_ATTR_KEY_INFO): session key " +
                          (a.sessionEnctype < 0 ? std::string("enctype not given")
                                                : a.sessionEnctypeName + " (" +
                                                      std::to_string(a.sessionEnctype) + ")") +
                          ", " + std::to_string(key.KeySize) + " bits");
    } else {
        a.steps.push_back("QueryContextAttributesW(SECPKG_ATTR_KEY_INFO): " + statusText(status));
    }

    // SECPKG_ATTR_LIFESPAN: start and expiry of the context (the ticket), in local time.
    SecPkgContext_Lifespan lifespan{};
    status = QueryContextAttributesW(&ctx, SECPKG_ATTR_LIFESPAN, &lifespan);
    if (status == SEC_E_OK) {
        int64_t end = 0;
        if (timeStampToUnix(lifespan.tsExpiry, &end)) {
            if (a.endTimeUnix == 0) {
                a.endTimeUnix = end;
                a.lifetimeSeconds = end - nowUnix();
            }
            a.steps.push_back("QueryContextAttributesW(SECPKG_ATTR_LIFESPAN): expires " +
                              unixText(end));
        } else {
            a.steps.push_back("QueryContextAttributesW(SECPKG_ATTR_LIFESPAN): no expiry given");
        }
    } else {
        a.steps.push_back("QueryContextAttributesW(SECPKG_ATTR_LIFESPAN): " + statusText(status));
    }
    return keyRead;
}

// Requests SSPI cannot serve: a keytab (a GSSAPI feature), or no host or service. False when
// the answer is final.
bool requestUsable(const Request &req, Answer &a)
{
    if (!req.keytab.empty()) {
        a.outcome = Outcome::Other;
        a.majorText = "keytabs are a GSSAPI feature: on Windows the check runs as whoever starts "
                      "it. Run it as SYSTEM (e.g. psexec -s, or a scheduled task) to test as the "
                      "computer account.";
        a.credentialSource = "keytab " + req.keytab + " (not used on Windows)";
        a.steps.push_back("keytab " + req.keytab + " given: not supported by SSPI, nothing asked");
        return false;
    }
    if (req.host.empty() || req.service.empty()) {
        a.outcome = Outcome::Other;
        a.majorText = "no host or service to ask a ticket for";
        a.steps.push_back(a.majorText);
        return false;
    }
    return true;
}

// Whose credentials: the logon session of this thread (ACH with a null principal: "the
// credentials of the user under whose security context it is executing").
void describeCaller(Answer &a)
{
    const MachineDomain domain = machineDomain();
    a.realm = upper(domain.dnsName);
    const std::string sam = userName(NameSamCompatible);
    const std::string upn = userName(NameUserPrincipal);
    a.clientPrincipal = !upn.empty() ? upn : sam;
    const std::string session = logonSessionId();
    a.credentialSource = "logon session" + (session.empty() ? std::string() : " " + session) +
                         " of " +
                         (!sam.empty()                 ? sam
                          : !a.clientPrincipal.empty() ? a.clientPrincipal
                                                       : std::string("the current user"));
}

// The SSPI state of one request, freed on scope exit.
struct SspiRequest
{
    std::wstring spn;
    Credentials cred;
    std::vector<unsigned char> tokenBytes;
    Context ctx;
    SECURITY_STATUS status = SEC_E_OK; // of the first InitializeSecurityContextW
};

// AcquireCredentialsHandle (Kerberos): outbound credentials of the current logon session.
// False when the answer is final.
bool acquireCredentials(SspiRequest &r, Answer &a)
{
    wchar_t package[] = MICROSOFT_KERBEROS_NAME_W; // L"Kerberos"; the API wants a non-const pointer
    TimeStamp credExpiry{};
    const SECURITY_STATUS status =
        AcquireCredentialsHandleW(nullptr, package, SECPKG_CRED_OUTBOUND, nullptr, nullptr, nullptr,
                                  nullptr, &r.cred.handle, &credExpiry);
    const std::string achCall =
        "AcquireCredentialsHandleW(Kerberos, outbound, " + a.credentialSource + ")";
    if (status != SEC_E_OK) {
        fail(a, status, achCall);
        return false;
    }
    r.cred.valid = true;
    a.steps.push_back(achCall + ": " + statusText(status));
    return true;
}

// InitializeSecurityContext (Kerberos), first call: with mutual authentication requested,
// as the SMB client does, a ticket for the SPN yields SEC_I_CONTINUE_NEEDED and an AP-REQ
// token ("The client must send the output token to the server and wait for a return
// token"). Windows may answer from the logon session's ticket cache (klist purge empties it).
// False when no ticket came (the answer says why).
bool requestTicket(SspiRequest &r, Answer &a)
{
    const std::string iscCall = "InitializeSecurityContextW(" + a.spn + ", Kerberos, mutual auth)";
    SecBuffer outBuffer{ULONG(r.tokenBytes.size()), SECBUFFER_TOKEN, r.tokenBytes.data()};
    SecBufferDesc output{SECBUFFER_VERSION, 1, &outBuffer};
    ULONG attributes = 0;
    TimeStamp expiry{};
    const SECURITY_STATUS status = InitializeSecurityContextW(
        &r.cred.handle, nullptr, r.spn.data(), ISC_REQ_MUTUAL_AUTH | ISC_REQ_CONNECTION, 0,
        SECURITY_NATIVE_DREP, nullptr, 0, &r.ctx.handle, &output, &attributes, &expiry);
    r.status = status;
    if (succeeded(status))
        r.ctx.valid = true;
    if (status != SEC_E_OK && status != SEC_I_CONTINUE_NEEDED) {
        if (succeeded(status)) {
            a.outcome = Outcome::Other;
            a.majorStatus = uint32_t(status);
            a.majorText = statusText(status);
            a.steps.push_back(iscCall + ": unexpected success code " + a.majorText);
        } else {
            fail(a, status, iscCall);
        }
        return false;
    }
    if (outBuffer.cbBuffer == 0 || !outBuffer.pvBuffer) {
        a.outcome = Outcome::Other;
        a.majorStatus = uint32_t(status);
        a.majorText = statusText(status) + ", but without an AP-REQ token";
        a.steps.push_back(iscCall + ": " + a.majorText);
        return false;
    }
    a.outcome = Outcome::Issued;
    a.majorStatus = uint32_t(status);
    a.majorText = statusText(status);
    std::string line = iscCall + ": " +
                       (statusName(status) ? statusName(status) : hex32(uint32_t(status))) +
                       ", AP-REQ token of " + std::to_string(outBuffer.cbBuffer) + " bytes";
    int64_t end = 0;
    if (timeStampToUnix(expiry, &end)) {
        a.endTimeUnix = end;
        a.lifetimeSeconds = end - nowUnix();
        line += ", ticket valid until " + unixText(end);
    }
    a.steps.push_back(line);
    return true;
}

// The key information may not be readable from a context that still waits for the
// server's reply. A second context without mutual authentication completes at once
// (SEC_E_OK) with the ticket just obtained, from the cache, without asking the KDC again.
void readKeyDetails(SspiRequest &r, Answer &a)
{
    if (!readContext(r.ctx.handle, a) && r.status == SEC_I_CONTINUE_NEEDED) {
        SecBuffer outBuffer2{ULONG(r.tokenBytes.size()), SECBUFFER_TOKEN, r.tokenBytes.data()};
        SecBufferDesc output2{SECBUFFER_VERSION, 1, &outBuffer2};
        ULONG attributes2 = 0;
        TimeStamp expiry2{};
        Context ctx2;
        const SECURITY_STATUS status2 = InitializeSecurityContextW(
            &r.cred.handle, nullptr, r.spn.data(), ISC_REQ_CONNECTION, 0, SECURITY_NATIVE_DREP,
            nullptr, 0, &ctx2.handle, &output2, &attributes2, &expiry2);
        if (succeeded(status2))
            ctx2.valid = true;
        a.steps.push_back(
            "InitializeSecurityContextW(" + a.spn +
            ", Kerberos, no mutual auth; to read the key details): " + statusText(status2));
        if (status2 == SEC_E_OK)
            readContext(ctx2.handle, a);
    }
    a.steps.push_back("the ticket's own enctype is not exposed by SSPI (klist get " + a.spn +
                      " shows it)");
}

Answer requestImpl(const Request &req)
{
    Answer a;
    a.backend = kBackend;
    a.spn = req.service + "/" + req.host;
    a.targetName = a.spn;
    if (!requestUsable(req, a))
        return a;
    describeCaller(a);

    SspiRequest r;
    if (!widen(a.spn, &r.spn)) {
        a.outcome = Outcome::Other;
        a.majorText = "the service principal name is not valid UTF-8";
        a.steps.push_back("MultiByteToWideChar(" + a.spn + "): " + a.majorText);
        return a;
    }
    if (!acquireCredentials(r, a))
        return a;
    r.tokenBytes = tokenBuffer(a);
    if (requestTicket(r, a))
        readKeyDetails(r, a);
    return a;
}

Answer internalError(const Request &req, const char *what) noexcept
{
    Answer a;
    a.outcome = Outcome::Other;
    try {
        a.backend = kBackend;
        a.spn = req.service + "/" + req.host;
        a.majorText = std::string("internal error") + (what ? std::string(": ") + what : "");
    } catch (...) {
        // Out of memory: the outcome alone has to do.
    }
    return a;
}

} // namespace

Answer request(const Request &req)
{
    try {
        return requestImpl(req);
    } catch (const std::exception &e) {
        return internalError(req, e.what());
    } catch (...) {
        return internalError(req, nullptr);
    }
}

RealmInfo realmInfo(const std::string &host)
{
    RealmInfo info;
    try {
        const MachineDomain domain = machineDomain();
        info.defaultRealm = upper(domain.dnsName);
        if (info.defaultRealm.empty())
            info.error = domain.error.empty() ? "the computer is not in a domain" : domain.error;
        info.hostRealm = hostRealmOf(host);
    } catch (const std::exception &e) {
        info.error = std::string("internal error: ") + e.what();
    } catch (...) {
        info.error = "internal error";
    }
    return info;
}

const char *backendId()
{
    return "sspi";
}

bool available()
{
    return true;
}

} // namespace Gpsi::KerberosTicket

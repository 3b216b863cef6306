// MIT Kerberos GSSAPI implementation of the Kerberos ticket seam (kerberosticket.h).
// gss_init_sec_context for the host-based service "cifs@<host>" makes the library ask the KDC
// for a ticket for cifs/<host> (a TGS exchange), exactly what a file-share client does before
// it can send AP-REQ in SMB SESSION_SETUP. The ticket then sits in the credential cache, from
// which its enctypes and end time are read with the krb5 API.
#include "kerberosticket.h"

#include <gssapi/gssapi.h>
#include <gssapi/gssapi_ext.h>
#include <gssapi/gssapi_krb5.h>
#include <krb5/krb5.h>

#include <atomic>
#include <cctype>
#include <cstdio>
#include <ctime>
#include <exception>
#include <string>

#ifndef GPSI_KRB5_VERSION
#define GPSI_KRB5_VERSION ""
#endif

namespace Gpsi::KerberosTicket {

namespace {

std::string lower(std::string s)
{
    for (char &c : s)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string hex32(uint32_t v)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "0x%08x", v);
    return buf;
}

// All messages gss_display_status has for one status value, joined with "; ".
std::string statusText(OM_uint32 status, int type)
{
    std::string text;
    OM_uint32 context = 0;
    int guard = 0;
    do {
        OM_uint32 minor = 0;
        gss_buffer_desc message = GSS_C_EMPTY_BUFFER;
        const OM_uint32 major =
            gss_display_status(&minor, status, type, gss_mech_krb5, &context, &message);
        if (GSS_ERROR(major))
            break;
        if (message.length > 0) {
            if (!text.empty())
                text += "; ";
            text.append(static_cast<const char *>(message.value), message.length);
        }
        gss_release_buffer(&minor, &message);
    } while (context != 0 && ++guard < 8);
    return text;
}

// The krb5 library context, freed on scope exit.
struct Krb5Context
{
    krb5_context ctx = nullptr;
    krb5_error_code error = 0;
    Krb5Context() { error = krb5_init_context(&ctx); }
    ~Krb5Context()
    {
        if (ctx)
            krb5_free_context(ctx);
    }
    Krb5Context(const Krb5Context &) = delete;
    Krb5Context &operator=(const Krb5Context &) = delete;
    std::string message(krb5_error_code code) const
    {
        const char *m = krb5_get_error_message(ctx, code);
        std::string s = m ? m : "";
        krb5_free_error_message(ctx, m);
        return s;
    }
    std::string unparse(krb5_const_principal p) const
    {
        char *name = nullptr;
        if (krb5_unparse_name(ctx, p, &name) != 0 || !name)
            return {};
        std::string s = name;
        krb5_free_unparsed_name(ctx, name);
        return s;
    }
};

std::string enctypeName(int32_t enctype)
{
    char buf[128] = {};
    if (krb5_enctype_to_name(enctype, FALSE, buf, sizeof buf) == 0)
        return buf;
    return "enctype " + std::to_string(enctype);
}

// What a keytab holds: the principal to act as (the computer account NAME$@REALM first, then
// a host/ principal, then the first entry).
std::string pickKeytabPrincipal(Krb5Context &k, const std::string &keytab, std::string *error)
{
    krb5_keytab kt = nullptr;
    krb5_error_code rc = krb5_kt_resolve(k.ctx, keytab.c_str(), &kt);
    if (rc != 0) {
        *error = k.message(rc);
        return {};
    }
    krb5_kt_cursor cursor;
    rc = krb5_kt_start_seq_get(k.ctx, kt, &cursor);
    if (rc != 0) {
        *error = k.message(rc);
        krb5_kt_close(k.ctx, kt);
        return {};
    }
    std::string first, host, machine;
    krb5_keytab_entry entry;
    while (krb5_kt_next_entry(k.ctx, kt, &entry, &cursor) == 0) {
        const std::string name = k.unparse(entry.principal);
        if (first.empty())
            first = name;
        const auto at = name.find('@');
        const std::string primary = name.substr(0, at);
        if (machine.empty() && !primary.empty() && primary.back() == '$' &&
            primary.find('/') == std::string::npos)
            machine = name;
        if (host.empty() && lower(primary).rfind("host/", 0) == 0)
            host = name;
        krb5_free_keytab_entry_contents(k.ctx, &entry);
    }
    krb5_kt_end_seq_get(k.ctx, kt, &cursor);
    krb5_kt_close(k.ctx, kt);
    if (first.empty())
        *error = "the keytab holds no keys";
    return !machine.empty() ? machine : !host.empty() ? host : first;
}

// Reads the ticket for service/host from the cache: enctypes, end time, realm.
void readTicket(Krb5Context &k, const std::string &cacheName, const Request &req, Answer &a)
{
    krb5_ccache cc = nullptr;
    krb5_error_code rc = cacheName.empty() ? krb5_cc_default(k.ctx, &cc)
                                           : krb5_cc_resolve(k.ctx, cacheName.c_str(), &cc);
    if (rc != 0) {
        a.steps.push_back("reading the ticket from the cache: " + k.message(rc));
        return;
    }
    krb5_cc_cursor cursor;
    if (krb5_cc_start_seq_get(k.ctx, cc, &cursor) == 0) {
        krb5_creds creds;
        while (krb5_cc_next_cred(k.ctx, cc, &cursor, &creds) == 0) {
            const krb5_principal s = creds.server;
            if (s && s->length == 2 &&
                lower(std::string(s->data[0].data, s->data[0].length)) == lower(req.service) &&
                lower(std::string(s->data[1].data, s->data[1].length)) == lower(req.host) &&
                creds.ticket.length > 0) {
                a.targetName = k.unparse(s);
                if (s->realm.length > 0)
                    a.realm.assign(s->realm.data, s->realm.length);
                a.sessionEnctype = creds.keyblock.enctype;
                a.sessionEnctypeName = enctypeName(creds.keyblock.enctype);
                krb5_ticket *ticket = nullptr;
                if (krb5_decode_ticket(&creds.ticket, &ticket) == 0) {
                    a.ticketEnctype = ticket->enc_part.enctype;
                    a.ticketEnctypeName = enctypeName(ticket->enc_part.enctype);
                    krb5_free_ticket(k.ctx, ticket);
                }
                a.endTimeUnix = int64_t(uint32_t(creds.times.endtime));
                a.lifetimeSeconds = a.endTimeUnix - int64_t(std::time(nullptr));
            }
            krb5_free_cred_contents(k.ctx, &creds);
        }
        krb5_cc_end_seq_get(k.ctx, cc, &cursor);
    }
    krb5_cc_close(k.ctx, cc);
}

Outcome classify(OM_uint32 major, OM_uint32 minor)
{
    switch (krb5_error_code(int32_t(minor))) {
    case KRB5KDC_ERR_S_PRINCIPAL_UNKNOWN:
        return Outcome::UnknownPrincipal;
    case KRB5KRB_AP_ERR_SKEW:
    case KRB5_KDCREP_SKEW:
        return Outcome::ClockSkew;
    case KRB5_KDC_UNREACH:
        return Outcome::KdcUnreachable;
    case KRB5_REALM_UNKNOWN:
    case KRB5_REALM_CANT_RESOLVE:
    case KRB5_CONFIG_NODEFREALM:
    case KRB5_ERR_HOST_REALM_UNKNOWN:
    case KRB5KDC_ERR_WRONG_REALM:
    case KRB5_NO_TKT_IN_RLM:
        return Outcome::RealmUnknown;
    case KRB5_FCC_NOFILE:
    case KRB5_CC_NOTFOUND:
    case KRB5_CC_END:
    case KRB5KRB_AP_ERR_TKT_EXPIRED:
    case KRB5KDC_ERR_C_PRINCIPAL_UNKNOWN:
    case KRB5KDC_ERR_PREAUTH_FAILED:
    case KRB5_KT_NOTFOUND:
    case KRB5_KT_END:
    case KRB5_KT_BADNAME:
        return Outcome::NoCredentials;
    default:
        break;
    }
    switch (GSS_ROUTINE_ERROR(major)) {
    case GSS_S_NO_CRED:
    case GSS_S_CREDENTIALS_EXPIRED:
    case GSS_S_DEFECTIVE_CREDENTIAL:
        return Outcome::NoCredentials;
    default:
        return Outcome::Other;
    }
}

void fail(Answer &a, OM_uint32 major, OM_uint32 minor, const std::string &step)
{
    a.majorStatus = major;
    a.minorStatus = minor;
    a.majorText = statusText(major, GSS_C_GSS_CODE);
    a.minorText = minor ? statusText(minor, GSS_C_MECH_CODE) : std::string();
    a.outcome = classify(major, minor);
    a.steps.push_back(step + ": major " + hex32(major) + " (" + a.majorText + "), minor " +
                      hex32(minor) + (a.minorText.empty() ? "" : " (" + a.minorText + ")"));
}

std::string nameText(gss_name_t name)
{
    OM_uint32 minor = 0;
    gss_buffer_desc buffer = GSS_C_EMPTY_BUFFER;
    if (GSS_ERROR(gss_display_name(&minor, name, &buffer, nullptr)))
        return {};
    std::string s(static_cast<const char *>(buffer.value), buffer.length);
    gss_release_buffer(&minor, &buffer);
    return s;
}

// The GSSAPI objects of one request, released on scope exit.
struct GssSession
{
    gss_OID_set_desc mechs = {1, const_cast<gss_OID>(gss_mech_krb5)};
    gss_cred_id_t cred = GSS_C_NO_CREDENTIAL;
    gss_name_t clientName = GSS_C_NO_NAME;
    gss_name_t target = GSS_C_NO_NAME;
    gss_ctx_id_t context = GSS_C_NO_CONTEXT;
    std::string cacheName; // empty: the default cache

    GssSession() = default;
    GssSession(const GssSession &) = delete;
    GssSession &operator=(const GssSession &) = delete;
    ~GssSession()
    {
        OM_uint32 m = 0;
        if (context != GSS_C_NO_CONTEXT)
            gss_delete_sec_context(&m, &context, GSS_C_NO_BUFFER);
        if (cred != GSS_C_NO_CREDENTIAL)
            gss_release_cred(&m, &cred);
        if (clientName != GSS_C_NO_NAME)
            gss_release_name(&m, &clientName);
        if (target != GSS_C_NO_NAME)
            gss_release_name(&m, &target);
    }
};

bool contextReady(const Krb5Context &k, Answer &a)
{
    if (k.error == 0)
        return true;
    a.outcome = Outcome::Other;
    a.majorText = "krb5_init_context failed";
    a.minorStatus = uint32_t(k.error);
    a.minorText = "error " + std::to_string(k.error) + " (is the Kerberos configuration readable?)";
    a.steps.push_back(a.majorText + ": " + a.minorText);
    return false;
}

// Credentials from the keytab, into a private in-memory cache (the admin's own cache is
// neither read nor changed). False when the answer is final.
bool acquireFromKeytab(Krb5Context &k, const Request &req, GssSession &s, Answer &a)
{
    std::string error;
    std::string principal = req.clientPrincipal;
    if (principal.empty())
        principal = pickKeytabPrincipal(k, req.keytab, &error);
    a.credentialSource = "keytab " + req.keytab;
    if (principal.empty()) {
        a.outcome = Outcome::NoCredentials;
        a.majorText = "no usable key in keytab " + req.keytab;
        a.minorText = error;
        a.steps.push_back("reading keytab " + req.keytab + ": " + error);
        return false;
    }
    a.clientPrincipal = principal;
    static std::atomic<unsigned> serial{0};
    s.cacheName = "MEMORY:gpsi-doctor-" + std::to_string(serial.fetch_add(1)) + "-" +
                  std::to_string(reinterpret_cast<uintptr_t>(&a));
    OM_uint32 minor = 0;
    gss_buffer_desc nameBuffer = {principal.size(), const_cast<char *>(principal.data())};
    OM_uint32 major =
        gss_import_name(&minor, &nameBuffer, GSS_KRB5_NT_PRINCIPAL_NAME, &s.clientName);
    if (GSS_ERROR(major)) {
        fail(a, major, minor, "gss_import_name(" + principal + ")");
        return false;
    }
    gss_key_value_element_desc elements[] = {{"client_keytab", req.keytab.c_str()},
                                             {"ccache", s.cacheName.c_str()}};
    gss_key_value_set_desc store = {2, elements};
    major = gss_acquire_cred_from(&minor, s.clientName, GSS_C_INDEFINITE, &s.mechs, GSS_C_INITIATE,
                                  &store, &s.cred, nullptr, nullptr);
    const std::string step = "gss_acquire_cred_from(keytab " + req.keytab + ", " + principal + ")";
    if (GSS_ERROR(major)) {
        fail(a, major, minor, step);
        return false;
    }
    a.steps.push_back(step + ": credentials acquired on demand from the keytab");
    return true;
}

// The current credential cache (KRB5CCNAME or the default): fails early and clearly when it
// holds no usable TGT. False when the answer is final.
bool acquireFromCache(Krb5Context &k, GssSession &s, Answer &a)
{
    krb5_ccache cc = nullptr;
    if (krb5_cc_default(k.ctx, &cc) == 0) {
        a.credentialSource = std::string("credential cache ") + krb5_cc_get_type(k.ctx, cc) + ":" +
                             krb5_cc_get_name(k.ctx, cc);
        krb5_cc_close(k.ctx, cc);
    }
    OM_uint32 minor = 0;
    OM_uint32 lifetime = 0;
    OM_uint32 major = gss_acquire_cred(&minor, GSS_C_NO_NAME, GSS_C_INDEFINITE, &s.mechs,
                                       GSS_C_INITIATE, &s.cred, nullptr, nullptr);
    if (GSS_ERROR(major)) {
        fail(a, major, minor, "gss_acquire_cred(" + a.credentialSource + ")");
        return false;
    }
    major = gss_inquire_cred(&minor, s.cred, &s.clientName, &lifetime, nullptr, nullptr);
    if (!GSS_ERROR(major)) {
        a.clientPrincipal = nameText(s.clientName);
        if (lifetime == 0) {
            a.outcome = Outcome::NoCredentials;
            a.majorStatus = GSS_S_CREDENTIALS_EXPIRED;
            a.majorText = statusText(GSS_S_CREDENTIALS_EXPIRED, GSS_C_GSS_CODE);
            a.minorText = "the ticket-granting ticket of " + a.clientPrincipal + " has expired";
            a.steps.push_back("gss_inquire_cred: " + a.minorText);
            return false;
        }
    }
    a.steps.push_back("gss_acquire_cred(" + a.credentialSource + "): " +
                      (a.clientPrincipal.empty() ? std::string("credentials found")
                                                 : "credentials of " + a.clientPrincipal) +
                      ", valid for " + std::to_string(lifetime) + " s");
    return true;
}

// gss_init_sec_context for service@host: the TGS exchange. False when it failed (the answer
// says why); on success *timeRec is how long the context is valid.
bool initContext(const Request &req, GssSession &s, Answer &a, OM_uint32 *timeRec)
{
    const std::string hostBased = req.service + "@" + req.host;
    OM_uint32 minor = 0;
    gss_buffer_desc targetBuffer = {hostBased.size(), const_cast<char *>(hostBased.data())};
    OM_uint32 major = gss_import_name(&minor, &targetBuffer, GSS_C_NT_HOSTBASED_SERVICE, &s.target);
    if (GSS_ERROR(major)) {
        fail(a, major, minor, "gss_import_name(" + hostBased + ")");
        return false;
    }
    gss_buffer_desc output = GSS_C_EMPTY_BUFFER;
    OM_uint32 flags = 0;
    major = gss_init_sec_context(
        &minor, s.cred, &s.context, s.target, const_cast<gss_OID>(gss_mech_krb5), GSS_C_MUTUAL_FLAG,
        0, GSS_C_NO_CHANNEL_BINDINGS, GSS_C_NO_BUFFER, nullptr, &output, &flags, timeRec);
    const size_t tokenLength = output.length;
    OM_uint32 ignored = 0;
    gss_release_buffer(&ignored, &output);
    if (GSS_ERROR(major)) {
        fail(a, major, minor, "gss_init_sec_context(" + hostBased + ", krb5, mutual)");
        if (a.clientPrincipal.empty() && s.clientName != GSS_C_NO_NAME)
            a.clientPrincipal = nameText(s.clientName);
        return false;
    }
    a.outcome = Outcome::Issued;
    a.majorStatus = major;
    a.minorStatus = minor;
    a.majorText = statusText(major, GSS_C_GSS_CODE);
    a.steps.push_back("gss_init_sec_context(" + hostBased + ", krb5, mutual): " + a.majorText +
                      ", AP-REQ token of " + std::to_string(tokenLength) +
                      " bytes, context valid for " + std::to_string(*timeRec) + " s");
    return true;
}

// Fills in what the established context and the cached ticket tell about the issued ticket.
void describeIssuedTicket(Krb5Context &k, const Request &req, const GssSession &s,
                          OM_uint32 timeRec, Answer &a)
{
    if (a.clientPrincipal.empty()) {
        OM_uint32 ignored = 0;
        gss_name_t source = GSS_C_NO_NAME;
        if (!GSS_ERROR(gss_inquire_context(&ignored, s.context, &source, nullptr, nullptr, nullptr,
                                           nullptr, nullptr, nullptr))) {
            a.clientPrincipal = nameText(source);
            gss_release_name(&ignored, &source);
        }
    }
    readTicket(k, s.cacheName, req, a);
    if (a.lifetimeSeconds < 0 && timeRec != GSS_C_INDEFINITE) {
        a.lifetimeSeconds = timeRec;
        a.endTimeUnix = int64_t(std::time(nullptr)) + timeRec;
    }
    if (a.targetName.empty())
        a.targetName = a.spn + (a.realm.empty() ? "" : "@" + a.realm);
    else
        a.steps.push_back("ticket in the cache for " + a.targetName + ": encrypted with " +
                          a.ticketEnctypeName + ", session key " + a.sessionEnctypeName);
}

Answer requestImpl(const Request &req)
{
    Answer a;
    a.backend = std::string("gssapi (MIT Kerberos ") + GPSI_KRB5_VERSION + ")";
    a.spn = req.service + "/" + req.host;
    Krb5Context k;
    if (!contextReady(k, a))
        return a;
    // a.realm comes from the ticket; without one the caller has the configuration's realms
    // (realmInfo) and reads the krb5 profile only once.
    GssSession s;
    const bool haveCredentials =
        req.keytab.empty() ? acquireFromCache(k, s, a) : acquireFromKeytab(k, req, s, a);
    OM_uint32 timeRec = 0;
    if (haveCredentials && initContext(req, s, a, &timeRec))
        describeIssuedTicket(k, req, s, timeRec, a);
    return a;
}

} // namespace

Answer request(const Request &req)
{
    try {
        return requestImpl(req);
    } catch (const std::exception &e) {
        Answer a;
        a.backend = "gssapi";
        a.spn = req.service + "/" + req.host;
        a.outcome = Outcome::Other;
        a.majorText = std::string("internal error: ") + e.what();
        return a;
    }
}

RealmInfo realmInfo(const std::string &host)
{
    RealmInfo info;
    try {
        Krb5Context k;
        if (k.error != 0) {
            info.error = "krb5_init_context: error " + std::to_string(k.error);
            return info;
        }
        char *realm = nullptr;
        const krb5_error_code rc = krb5_get_default_realm(k.ctx, &realm);
        if (rc == 0 && realm) {
            info.defaultRealm = realm;
            krb5_free_default_realm(k.ctx, realm);
        } else {
            info.error = k.message(rc);
        }
        char **realms = nullptr;
        if (!host.empty() && krb5_get_host_realm(k.ctx, host.c_str(), &realms) == 0 && realms) {
            // An empty first entry is MIT's "referral realm": no domain_realm mapping.
            if (realms[0] && realms[0][0] != '\0')
                info.hostRealm = realms[0];
            krb5_free_host_realm(k.ctx, realms);
        }
    } catch (const std::exception &e) {
        info.error = e.what();
    }
    return info;
}

const char *backendId()
{
    return "gssapi";
}

bool available()
{
    return true;
}

} // namespace Gpsi::KerberosTicket

#include "kerberoscheck.h"

#include <QLoggingCategory>

#include "engine/case.h"
#include "probes/authprobe.h"
#include "probes/realmdiscovery.h"

Q_LOGGING_CATEGORY(lcKerberos, "gpsi.checks.kerberos", QtInfoMsg)

namespace Gpsi {

namespace {

// A computer account: NAME$@REALM, or a host/ service principal from a machine keytab.
bool isComputerPrincipal(const QString &principal)
{
    const QString primary = principal.section(QLatin1Char('@'), 0, 0);
    return (primary.endsWith(QLatin1Char('$')) && !primary.contains(QLatin1Char('/'))) ||
           primary.startsWith(QLatin1String("host/"), Qt::CaseInsensitive);
}

QString durationText(qint64 seconds)
{
    if (seconds < 0)
        return QString();
    if (seconds < 120)
        return KerberosCheck::tr("%1 s").arg(seconds);
    if (seconds < 7200)
        return KerberosCheck::tr("%1 min").arg(seconds / 60);
    return KerberosCheck::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

// The realm and the domain's SRV records (quick; absent records are facts).
RealmDiscovery::Result discoverRealms(const QString &host, const CaseOptions &caseOptions,
                                      CheckContext &ctx)
{
    RealmDiscovery::Options discoveryOptions;
    discoveryOptions.host = host;
    discoveryOptions.timeoutMs = int(qBound(
        qint64(200), qMin(qint64(caseOptions.connectTimeoutSeconds) * 1000, ctx.remainingMs() / 4),
        qint64(10000)));
    discoveryOptions.askDns = !caseOptions.hostOverrides.contains(host.toLower());
    discoveryOptions.cancelled = [&ctx]() { return ctx.isCancelled(); };
    return RealmDiscovery::discover(discoveryOptions);
}

void addRealmFacts(const RealmDiscovery::Result &realms, CheckContext &ctx)
{
    const QString realmEvidence = realms.transcript.join(QLatin1Char('\n'));
    if (!realms.defaultRealm.isEmpty())
        ctx.addFact(QStringLiteral("auth.kerberos.realm.default"), realms.defaultRealm,
                    realmEvidence);
    if (!realms.hostRealm.isEmpty())
        ctx.addFact(QStringLiteral("auth.kerberos.realm.host"), realms.hostRealm, realmEvidence);
    if (realms.dnsDomain.isEmpty())
        return;
    ctx.addFact(QStringLiteral("auth.kerberos.dns.domain"), realms.dnsDomain, realmEvidence);
    QStringList kdcs, dcs;
    for (const RealmDiscovery::SrvTarget &t : realms.kdcs)
        kdcs << t.display();
    for (const RealmDiscovery::SrvTarget &t : realms.domainControllers)
        dcs << t.display();
    ctx.addFact(QStringLiteral("auth.kerberos.kdc.srv.lookup"),
                RealmDiscovery::lookupId(realms.kerberosLookup), realmEvidence);
    ctx.addFact(QStringLiteral("auth.kerberos.kdc.srv"), kdcs, realmEvidence);
    ctx.addFact(QStringLiteral("auth.dc.srv.lookup"), RealmDiscovery::lookupId(realms.dcLookup),
                realmEvidence);
    ctx.addFact(QStringLiteral("auth.dc.srv"), dcs, realmEvidence);
}

// What was asked and what came back: the realm lookup, then the ticket request.
QStringList ticketTranscript(const RealmDiscovery::Result &realms, const AuthProbe::Result &r)
{
    QStringList transcript = realms.transcript;
    transcript << KerberosCheck::tr("Kerberos implementation: %1").arg(r.backend);
    if (!r.credentialSource.isEmpty())
        transcript << KerberosCheck::tr("Credentials: %1").arg(r.credentialSource);
    transcript << KerberosCheck::tr("Service principal asked for: %1").arg(r.spn);
    transcript << r.steps;
    transcript << KerberosCheck::tr("Answer: %1 (%2) after %3 ms")
                      .arg(AuthProbe::outcomeId(r.outcome), r.statusLine())
                      .arg(r.elapsedMs);
    return transcript;
}

// The facts every answer gives, issued or not.
void addAnswerFacts(const AuthProbe::Result &r, const QString &realm, const QString &evidence,
                    CheckContext &ctx)
{
    ctx.addFact(QStringLiteral("auth.kerberos.backend"), r.backend, evidence);
    ctx.addFact(QStringLiteral("auth.kerberos.spn"), r.spn, evidence);
    if (!r.targetName.isEmpty())
        ctx.addFact(QStringLiteral("auth.kerberos.target"), r.targetName, evidence);
    if (!realm.isEmpty())
        ctx.addFact(QStringLiteral("auth.kerberos.realm"), realm, evidence);
    ctx.addFact(QStringLiteral("auth.kerberos.ticket"), AuthProbe::outcomeId(r.outcome), evidence);
    ctx.addFact(QStringLiteral("auth.kerberos.status"), r.statusLine(), evidence);
    ctx.addFact(QStringLiteral("auth.kerberos.elapsed.ms"), r.elapsedMs, evidence);
    if (!r.credentialSource.isEmpty())
        ctx.addFact(QStringLiteral("auth.kerberos.credentials"), r.credentialSource, evidence);
    if (!r.clientPrincipal.isEmpty()) {
        ctx.addFact(QStringLiteral("auth.kerberos.client"), r.clientPrincipal, evidence);
        ctx.addFact(QStringLiteral("auth.kerberos.client.computer"),
                    isComputerPrincipal(r.clientPrincipal), evidence);
    }
}

// The name need not resolve for the KDC to answer; say so when it did not.
QString resolutionNote(const AuthProbe::Result &r, const QString &host, const CheckContext &ctx)
{
    const QVariant resolved = ctx.fact(QStringLiteral("name.resolved"));
    const bool kdcAsked = r.outcome != AuthProbe::Outcome::NoCredentials &&
                          r.outcome != AuthProbe::Outcome::Unavailable;
    return kdcAsked && resolved.isValid() && !resolved.toBool()
               ? KerberosCheck::tr(" %1 does not resolve here, but a ticket needs no address: "
                                   "the KDC was asked anyway.")
                     .arg(host)
               : QString();
}

// Everything the verdict needs besides the probe's result.
struct Answer
{
    QString host;
    QString realm;
    QString evidence;
    QString as;
    QString resolutionNote;
    QStringList transcript;
};

CheckResult issuedResult(const AuthProbe::Result &r, const Answer &a, CheckContext &ctx)
{
    if (r.ticketEnctype >= 0)
        ctx.addFact(QStringLiteral("auth.kerberos.enctype"), r.ticketEnctypeName, a.evidence);
    if (r.sessionEnctype >= 0)
        ctx.addFact(QStringLiteral("auth.kerberos.session.enctype"), r.sessionEnctypeName,
                    a.evidence);
    if (r.lifetimeSeconds >= 0)
        ctx.addFact(QStringLiteral("auth.kerberos.lifetime.seconds"), r.lifetimeSeconds,
                    a.evidence);
    if (r.endTime.isValid())
        ctx.addFact(QStringLiteral("auth.kerberos.expires"), r.endTime.toString(Qt::ISODate),
                    a.evidence);
    QString details;
    if (!r.ticketEnctypeName.isEmpty())
        details = KerberosCheck::tr(", encrypted with %1").arg(r.ticketEnctypeName);
    else if (!r.sessionEnctypeName.isEmpty())
        details = KerberosCheck::tr(", session key %1").arg(r.sessionEnctypeName);
    if (r.lifetimeSeconds >= 0)
        details += KerberosCheck::tr(", valid for %1").arg(durationText(r.lifetimeSeconds));
    QString summary = KerberosCheck::tr("The KDC issued a ticket for %1 to %2%3.")
                          .arg(r.targetName.isEmpty() ? r.spn : r.targetName, a.as, details);
    if (!r.clientPrincipal.isEmpty() && !isComputerPrincipal(r.clientPrincipal))
        summary += KerberosCheck::tr(" Tested as a user, not as the computer account: this "
                                     "proves the service principal exists.");
    return CheckResult::pass(summary + a.resolutionNote, a.transcript);
}

CheckResult refusedResult(const AuthProbe::Result &r, const Answer &a, CheckContext &ctx)
{
    ctx.addFact(QStringLiteral("auth.kerberos.error"),
                !r.minorText.isEmpty() ? r.minorText : r.majorText, a.evidence);
    const QString answer = r.statusLine();
    switch (r.outcome) {
    case AuthProbe::Outcome::UnknownPrincipal:
        return CheckResult::fail(
            KerberosCheck::tr("The KDC has no service principal %1 (realm %2): Kerberos to %3 "
                              "fails under this name. KDC answer: %4.")
                    .arg(r.spn, a.realm.isEmpty() ? KerberosCheck::tr("unknown") : a.realm, a.host,
                         answer) +
                a.resolutionNote,
            a.transcript);
    case AuthProbe::Outcome::ClockSkew:
        return CheckResult::fail(
            KerberosCheck::tr("The KDC refused the request for %1 because of clock skew: %2.")
                    .arg(r.spn, answer) +
                a.resolutionNote,
            a.transcript);
    case AuthProbe::Outcome::KdcUnreachable:
        return CheckResult::fail(
            KerberosCheck::tr("No KDC of realm %1 answered the request for %2: %3.")
                    .arg(a.realm.isEmpty() ? KerberosCheck::tr("(unknown)") : a.realm, r.spn,
                         answer) +
                a.resolutionNote,
            a.transcript);
    case AuthProbe::Outcome::RealmUnknown:
        return CheckResult::fail(
            KerberosCheck::tr("No Kerberos realm is known for %1: %2.").arg(a.host, answer) +
                a.resolutionNote,
            a.transcript);
    case AuthProbe::Outcome::NoCredentials:
        return CheckResult::warning(
            KerberosCheck::tr("Not tested: no Kerberos credentials to ask with (%1). Run the "
                              "check as the computer account (SYSTEM on Windows, --keytab "
                              "/etc/krb5.keytab on a Linux machine joined to the domain) or "
                              "after a domain logon (kinit).")
                    .arg(answer) +
                a.resolutionNote,
            a.transcript);
    case AuthProbe::Outcome::Unavailable:
        return CheckResult::skipped(
            KerberosCheck::tr("Not available on this platform: %1").arg(r.majorText));
    case AuthProbe::Outcome::Issued:
    case AuthProbe::Outcome::Other:
        break;
    }
    return CheckResult::warning(
        KerberosCheck::tr("Kerberos failed for %1 as %2: %3.").arg(r.spn, a.as, answer) +
            a.resolutionNote,
        a.transcript);
}

} // namespace

CheckResult KerberosCheck::run(CheckContext &ctx)
{
    const CaseOptions caseOptions = CaseOptions::fromJson(ctx.options());
    const QString host = ctx.fact(QStringLiteral("path.host")).toString();
    std::unique_ptr<AuthProbe> probe = AuthProbe::create();
    if (!probe->isAvailable()) {
        return CheckResult::skipped(
            tr("Not available on this platform: this build of GPSI Doctor has no Kerberos "
               "implementation (GSSAPI from MIT Kerberos was not found when it was built; SSPI "
               "exists only on Windows)."));
    }

    const RealmDiscovery::Result realms = discoverRealms(host, caseOptions, ctx);
    addRealmFacts(realms, ctx);
    if (ctx.isCancelled())
        return CheckResult::error(tr("Cancelled while looking up the realm of %1.").arg(host),
                                  realms.transcript);

    AuthProbe::Options options;
    options.host = host;
    options.keytab = caseOptions.keytab;
    options.clientPrincipal = caseOptions.keytabPrincipal;
    options.timeoutMs = int(qBound(qint64(500), ctx.remainingMs() - 300, qint64(120000)));
    options.cancelled = [&ctx]() { return ctx.isCancelled(); };
    const AuthProbe::Result r = probe->requestTicket(options);
    qCDebug(lcKerberos) << r.spn << AuthProbe::outcomeId(r.outcome) << r.statusLine();
    if (r.cancelled)
        return CheckResult::error(tr("Cancelled while asking the KDC for %1.").arg(r.spn),
                                  realms.transcript + r.steps);

    Answer a;
    a.host = host;
    a.transcript = ticketTranscript(realms, r);
    a.evidence = a.transcript.join(QLatin1Char('\n'));
    a.realm = !r.realm.isEmpty()            ? r.realm
              : !realms.hostRealm.isEmpty() ? realms.hostRealm
                                            : realms.defaultRealm;
    addAnswerFacts(r, a.realm, a.evidence, ctx);
    a.resolutionNote = resolutionNote(r, host, ctx);
    a.as = r.clientPrincipal.isEmpty() ? tr("the current credentials") : r.clientPrincipal;
    return r.outcome == AuthProbe::Outcome::Issued ? issuedResult(r, a, ctx)
                                                   : refusedResult(r, a, ctx);
}

} // namespace Gpsi

#include "smbservercheck.h"

#include <QHostAddress>
#include <QLoggingCategory>

#include "engine/case.h"
#include "probes/smbprobe.h"
#include "probes/spnego.h"

Q_LOGGING_CATEGORY(lcSmbServer, "gpsi.checks.smbserver", QtInfoMsg)

namespace Gpsi {

namespace {

qint64 boundMs(qint64 low, qint64 value, qint64 high)
{
    return qBound(low, value, high);
}

// Prefer an IPv4 address (what NT-era servers listen on), else the first one.
QString pickAddress(const QStringList &addresses)
{
    for (const QString &a : addresses) {
        if (QHostAddress(a).protocol() == QAbstractSocket::IPv4Protocol)
            return a;
    }
    return addresses.value(0);
}

SmbProbe::Result probeServer(const QString &host, const QString &address,
                             const CaseOptions &caseOptions, CheckContext &ctx)
{
    SmbProbe::Options options;
    options.host = host;
    options.address = address;
    options.smbPort = caseOptions.smbPort;
    options.nbssPort = caseOptions.nbssPort;
    options.connectTimeoutMs = caseOptions.connectTimeoutSeconds * 1000;
    options.deadlineMs = int(boundMs(500, ctx.remainingMs() - 250, 60000));
    options.cancelled = [&ctx]() { return ctx.isCancelled(); };
    return SmbProbe::run(options);
}

// The negotiate reply in hex, when there was one, for the evidence.
QString negotiateHexLine(const SmbProbe::Result &r)
{
    return r.negotiateHex.isEmpty()
               ? QString()
               : SmbServerCheck::tr("\nnegotiate reply: %1").arg(r.negotiateHex);
}

void addReachabilityFacts(const SmbProbe::Result &r, const CaseOptions &caseOptions,
                          const QString &evidence, CheckContext &ctx)
{
    const bool reachable = r.reachable445 || r.reachable139;
    ctx.addFact(QStringLiteral("server.reachable"), reachable, r.linesOf(SmbProbe::Stage::Connect));
    ctx.addFact(
        QStringLiteral("server.reachable.445"), r.reachable445,
        r.reachable445
            ? SmbServerCheck::tr("port %1 accepted the connection").arg(caseOptions.smbPort)
            : SmbServerCheck::tr("port %1: %2").arg(caseOptions.smbPort).arg(r.connectError445));
    ctx.addFact(
        QStringLiteral("server.reachable.139"), r.reachable139,
        r.reachable139
            ? SmbServerCheck::tr("port %1 accepted the connection").arg(caseOptions.nbssPort)
            : SmbServerCheck::tr("port %1: %2").arg(caseOptions.nbssPort).arg(r.connectError139));
    ctx.addFact(QStringLiteral("server.probe.elapsed.ms"), r.elapsedMs, evidence);
}

// What the negotiate reply says: transport, dialects, signing, security mode, time.
void addNegotiateFacts(const SmbProbe::Result &r, CheckContext &ctx)
{
    const QString transport = r.linesOf(SmbProbe::Stage::Connect);
    const QString negotiate = r.linesOf(SmbProbe::Stage::Negotiate) + negotiateHexLine(r);
    ctx.addFact(QStringLiteral("server.smb.transport"), r.transport, transport);
    ctx.addFact(QStringLiteral("server.smb.port"), qint64(r.port), transport);
    ctx.addFact(QStringLiteral("server.smb.dialects"), r.dialects, negotiate);
    ctx.addFact(QStringLiteral("server.smb.dialect"), r.dialect, negotiate);
    // Whether SMB1 is spoken is known only if it was asked (a deadline can cut the probe short).
    if (r.smb1Checked)
        ctx.addFact(QStringLiteral("server.smb.smb1"), r.smb1, negotiate);
    ctx.addFact(QStringLiteral("server.smb.smb2"), r.smb2, negotiate);
    if (r.smb1Checked || r.smb2)
        ctx.addFact(QStringLiteral("server.smb.smb1-only"), r.smb1 && !r.smb2, negotiate);
    ctx.addFact(QStringLiteral("server.smb.signing"), r.signingId(), negotiate);
    ctx.addFact(QStringLiteral("server.smb.security"),
                r.userLevel ? QStringLiteral("user") : QStringLiteral("share"), negotiate);
    ctx.addFact(QStringLiteral("server.smb.extsec"), r.extendedSecurity, negotiate);
    if (r.challengeLength >= 0)
        ctx.addFact(QStringLiteral("server.smb.challenge.length"), qint64(r.challengeLength),
                    negotiate);
    ctx.addFact(QStringLiteral("server.smb.capabilities"), r.capabilities, negotiate);
    if (!r.serverGuid.isEmpty())
        ctx.addFact(QStringLiteral("server.smb.guid"), r.serverGuid, negotiate);
    if (r.serverTime.isValid()) {
        ctx.addFact(QStringLiteral("server.time"), r.serverTime.toString(Qt::ISODate), negotiate);
        ctx.addFact(QStringLiteral("server.time.skew.seconds"),
                    qint64(ctx.now().secsTo(r.serverTime)), negotiate);
    }
}

// The domain and the server's own name, from the most specific source that gave one.
void addNameFacts(const SmbProbe::Result &r, const QString &evidence, CheckContext &ctx)
{
    const QString domain = !r.ntlmDnsDomain.isEmpty()  ? r.ntlmDnsDomain
                           : !r.ntlmNbDomain.isEmpty() ? r.ntlmNbDomain
                           : !r.domainName.isEmpty()   ? r.domainName
                                                       : r.primaryDomain;
    if (!domain.isEmpty())
        ctx.addFact(QStringLiteral("server.domain"), domain, evidence);
    const QString name = !r.ntlmDnsComputer.isEmpty()  ? r.ntlmDnsComputer
                         : !r.ntlmNbComputer.isEmpty() ? r.ntlmNbComputer
                                                       : r.serverName;
    if (!name.isEmpty())
        ctx.addFact(QStringLiteral("server.name"), name, evidence);
}

// The authentication on offer, as the verdict needs it.
struct Mechanisms
{
    QStringList names;
    bool kerberos = false;
    bool kerberosKnown = false;
};

Mechanisms addMechanismFacts(const SmbProbe::Result &r, CheckContext &ctx)
{
    const QString mechanisms = r.linesOf(SmbProbe::Stage::Mechanisms);
    const QString session = r.linesOf(SmbProbe::Stage::Session);
    Mechanisms m;
    for (const QString &oid : r.mechanisms)
        m.names << Spnego::mechanismName(oid);
    // Without extended security there is no SPNEGO and so no Kerberos; with it, Kerberos is on
    // offer when one of its OIDs is listed (an empty list leaves the client to choose: raw
    // NTLMSSP).
    m.kerberos = r.extendedSecurity && r.kerberosOffered();
    if (!r.extendedSecurity)
        m.names = QStringList{
            SmbServerCheck::tr("none (no extended security: NTLM/LM challenge-response only)")};
    else if (r.mechanisms.isEmpty() && r.securityBlobEmpty)
        m.names = QStringList{SmbServerCheck::tr("none listed (empty security blob: raw NTLMSSP)")};
    ctx.addFact(QStringLiteral("server.auth.mechs"), m.names, mechanisms);
    ctx.addFact(QStringLiteral("server.auth.mechs.oids"), r.mechanisms, mechanisms);
    // Known only when there is no SPNEGO at all (no extended security: no Kerberos) or a list
    // was read. An empty or unreadable blob leaves the choice to the client: unknown.
    m.kerberosKnown = !r.extendedSecurity || r.mechanismsKnown;
    if (m.kerberosKnown)
        ctx.addFact(QStringLiteral("server.auth.kerberos.offered"), m.kerberos, mechanisms);
    if (!r.negHint.isEmpty())
        ctx.addFact(QStringLiteral("server.auth.hint"), r.negHint, mechanisms);
    if (r.sessionAnswered && !r.extendedSecurity)
        ctx.addFact(QStringLiteral("server.auth.anonymous"), r.anonymousAccepted, session);
    if (r.sessionAnswered)
        ctx.addFact(QStringLiteral("server.auth.guest"), r.guest, session);
    return m;
}

// What the server is, judged from everything the probe saw. Returns its title.
QString addIdentityFacts(const SmbProbe::Result &r, CheckContext &ctx)
{
    const QString session = r.linesOf(SmbProbe::Stage::Session);
    const ServerIdentity id = ServerIdentity::classify(r);
    const QString idEvidence = id.evidence.join(QStringLiteral("; "));
    ctx.addFact(QStringLiteral("server.os.family"), id.family, idEvidence);
    ctx.addFact(QStringLiteral("server.os.title"), id.title, idEvidence);
    if (!id.version.isEmpty())
        ctx.addFact(QStringLiteral("server.os.version"), id.version, idEvidence);
    ctx.addFact(QStringLiteral("server.os.confidence"), id.confidence, idEvidence);
    if (!r.nativeOs.isEmpty())
        ctx.addFact(QStringLiteral("server.os.nativeos"), r.nativeOs, session);
    if (!r.nativeLanMan.isEmpty())
        ctx.addFact(QStringLiteral("server.os.nativelanman"), r.nativeLanMan, session);
    if (r.ntlmVersionKnown) {
        ctx.addFact(QStringLiteral("server.ntlm.version"),
                    QStringLiteral("%1.%2.%3").arg(r.ntlmMajor).arg(r.ntlmMinor).arg(r.ntlmBuild),
                    session);
    }
    return id.title;
}

} // namespace

CheckResult SmbServerCheck::run(CheckContext &ctx)
{
    const CaseOptions caseOptions = CaseOptions::fromJson(ctx.options());
    const QString host = ctx.fact(QStringLiteral("path.host")).toString();
    const QString address = pickAddress(ctx.fact(QStringLiteral("name.addresses")).toStringList());
    const SmbProbe::Result r = probeServer(host, address, caseOptions, ctx);
    const QStringList transcript = r.transcript;
    const QString evidence = transcript.join(QLatin1Char('\n')) + negotiateHexLine(r);
    qCDebug(lcSmbServer) << host << SmbProbe::outcomeId(r.outcome) << r.dialect;

    if (r.outcome == SmbProbe::Outcome::Cancelled)
        return CheckResult::error(tr("Cancelled while probing %1.").arg(host), transcript);

    addReachabilityFacts(r, caseOptions, evidence, ctx);
    if (r.outcome == SmbProbe::Outcome::Unreachable) {
        ctx.addFact(QStringLiteral("server.probe.error"), r.error, evidence);
        return CheckResult::fail(
            tr("%1 (%2) does not accept SMB connections: %3").arg(host, address, r.error),
            transcript);
    }
    if (r.outcome == SmbProbe::Outcome::Error) {
        ctx.addFact(QStringLiteral("server.probe.error"), r.error, evidence);
        return CheckResult::error(tr("The SMB probe of %1 failed: %2").arg(host, r.error),
                                  transcript);
    }

    addNegotiateFacts(r, ctx);
    addNameFacts(r, evidence, ctx);
    const Mechanisms m = addMechanismFacts(r, ctx);
    const QString title = addIdentityFacts(r, ctx);

    const QString summary = tr("%1 at %2 port %3: %4; dialects %5; signing %6; authentication: %7.")
                                .arg(host, address)
                                .arg(r.port)
                                .arg(title, r.dialects.join(QStringLiteral(", ")), r.signingId(),
                                     m.names.join(QStringLiteral(", ")));
    if (!m.kerberosKnown)
        return CheckResult::warning(
            tr("%1 The server lists no mechanisms: whether it takes Kerberos is not known.")
                .arg(summary),
            transcript);
    if (!m.kerberos)
        return CheckResult::fail(tr("%1 No Kerberos on offer.").arg(summary), transcript);
    if (r.smb1 && !r.smb2)
        return CheckResult::warning(tr("%1 SMB1 only.").arg(summary), transcript);
    return CheckResult::pass(summary, transcript);
}

} // namespace Gpsi

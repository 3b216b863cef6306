#include "nameresolutioncheck.h"

#include <QHostAddress>
#include <QLoggingCategory>

#include "engine/case.h"
#include "probes/hostresolver.h"

Q_LOGGING_CATEGORY(lcNameResolution, "gpsi.checks.nameresolution", QtInfoMsg)

namespace Gpsi {

namespace {

bool anyLoopback(const QStringList &addresses)
{
    for (const QString &a : addresses) {
        if (QHostAddress(a).isLoopback())
            return true;
    }
    return false;
}

} // namespace

CheckResult NameResolutionCheck::run(CheckContext &ctx)
{
    const CaseOptions caseOptions = CaseOptions::fromJson(ctx.options());
    QString host = ctx.fact(QStringLiteral("path.host")).toString();
    const QString form = ctx.fact(QStringLiteral("path.host.form")).toString();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    if (form == QLatin1String("ipv6") &&
        host.endsWith(QLatin1String(".ipv6-literal.net"), Qt::CaseInsensitive)) {
        host = host.chopped(int(qstrlen(".ipv6-literal.net")));
        host.replace(QLatin1Char('-'), QLatin1Char(':'))
            .replace(QLatin1Char('s'), QLatin1Char('%'));
    }

    const auto override = caseOptions.hostOverrides.constFind(host.toLower());
    if (override != caseOptions.hostOverrides.cend()) {
        const QString evidence =
            tr("case option hostOverrides: %1 -> %2 (the system resolver was not asked)")
                .arg(host, override.value());
        ctx.addFact(QStringLiteral("name.resolved"), true, evidence);
        ctx.addFact(QStringLiteral("name.outcome"), QStringLiteral("resolved"), evidence);
        ctx.addFact(QStringLiteral("name.source"), QStringLiteral("override"), evidence);
        ctx.addFact(QStringLiteral("name.addresses"), QStringList{override.value()}, evidence);
        ctx.addFact(QStringLiteral("name.elapsed.ms"), qint64(0), evidence);
        ctx.addFact(QStringLiteral("name.loopback"), anyLoopback({override.value()}), evidence);
        return CheckResult::pass(
            tr("%1 resolves to %2 by the case's host override.").arg(host, override.value()),
            {evidence});
    }

    HostResolver::Options options;
    options.timeoutMs = int(qBound(qint64(500), ctx.remainingMs() - 250, qint64(15000)));
    options.cancelled = [&ctx]() { return ctx.isCancelled(); };
    const HostResolver::Result r = HostResolver::resolve(host, options);
    const QString evidence = r.transcript.join(QStringLiteral("\n"));
    const bool literal = form == QLatin1String("ipv4") || form == QLatin1String("ipv6");
    qCDebug(lcNameResolution) << host << HostResolver::outcomeId(r.outcome) << r.addresses;

    if (r.outcome == HostResolver::Outcome::Cancelled)
        return CheckResult::error(tr("Cancelled while resolving %1.").arg(host), r.transcript);

    const bool resolved = r.outcome == HostResolver::Outcome::Resolved;
    ctx.addFact(QStringLiteral("name.resolved"), resolved, evidence);
    ctx.addFact(QStringLiteral("name.outcome"), HostResolver::outcomeId(r.outcome), evidence);
    ctx.addFact(QStringLiteral("name.source"),
                literal ? QStringLiteral("literal") : QStringLiteral("system"), evidence);
    ctx.addFact(QStringLiteral("name.elapsed.ms"), r.elapsedMs, evidence);
    if (!resolved) {
        ctx.addFact(QStringLiteral("name.error"), r.errorString, evidence);
        return CheckResult::fail(tr("%1 does not resolve: %2").arg(host, r.errorString),
                                 r.transcript);
    }
    ctx.addFact(QStringLiteral("name.addresses"), r.addresses, evidence);
    ctx.addFact(QStringLiteral("name.loopback"), anyLoopback(r.addresses), evidence);
    if (literal) {
        if (!r.reverseName.isEmpty())
            ctx.addFact(QStringLiteral("name.reverse"), r.reverseName, evidence);
        return CheckResult::pass(
            r.reverseName.isEmpty()
                ? tr("%1 is an address; no name is registered for it.").arg(host)
                : tr("%1 is an address; its name is %2.").arg(host, r.reverseName),
            r.transcript);
    }
    if (host.contains(QLatin1Char('.')))
        ctx.addFact(QStringLiteral("name.alias"), !r.canonicalName.isEmpty(), evidence);
    if (!r.canonicalName.isEmpty()) {
        ctx.addFact(QStringLiteral("name.canonical"), r.canonicalName, evidence);
        return CheckResult::warning(
            tr("%1 is an alias of %2 and resolves to %3 (%4 ms).")
                .arg(host, r.canonicalName, r.addresses.join(QStringLiteral(", ")))
                .arg(r.elapsedMs),
            r.transcript);
    }
    return CheckResult::pass(tr("%1 resolves to %2 (%3 ms).")
                                 .arg(host, r.addresses.join(QStringLiteral(", ")))
                                 .arg(r.elapsedMs),
                             r.transcript);
}

} // namespace Gpsi

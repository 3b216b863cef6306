#include "hostresolver.h"

#include "eventwait.h"

#include <QDnsLookup>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcResolver, "gpsi.probes.resolver", QtInfoMsg)

namespace Gpsi {

QString HostResolver::outcomeId(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Resolved:
        return QStringLiteral("resolved");
    case Outcome::NotFound:
        return QStringLiteral("not-found");
    case Outcome::Timeout:
        return QStringLiteral("timeout");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Outcome::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

namespace {

// Asks DNS whether host is an alias, within what is left of the resolver's time (at least
// 200 ms), and notes the answer in the result.
void queryCname(const QString &host, const HostResolver::Options &options,
                const QElapsedTimer &timer, HostResolver::Result &result)
{
    QDnsLookup dns(QDnsLookup::CNAME, host);
    bool dnsDone = false;
    QObject::connect(&dns, &QDnsLookup::finished, &dns, [&] { dnsDone = true; });
    dns.lookup();
    const int remaining = qMax(200, options.timeoutMs - int(timer.elapsed()));
    QElapsedTimer dnsTimer;
    dnsTimer.start();
    bool dnsCancelled = false;
    if (!waitFor([&] { return dnsDone; }, dnsTimer, remaining, options.cancelled, &dnsCancelled)) {
        dns.abort();
        result.transcript << HostResolver::tr("DNS CNAME query: no answer in time");
        return;
    }
    if (dns.error() == QDnsLookup::NoError && !dns.canonicalNameRecords().isEmpty()) {
        QString target = dns.canonicalNameRecords().first().value();
        if (target.endsWith(QLatin1Char('.')))
            target.chop(1);
        result.canonicalName = target;
        result.transcript
            << HostResolver::tr("DNS CNAME: \"%1\" is an alias of \"%2\"").arg(host, target);
    } else if (dns.error() == QDnsLookup::NoError || dns.error() == QDnsLookup::NotFoundError) {
        result.transcript << HostResolver::tr("DNS CNAME: none (not an alias)");
    } else {
        result.transcript << HostResolver::tr("DNS CNAME query failed: %1").arg(dns.errorString());
    }
}

} // namespace

HostResolver::Result HostResolver::resolve(const QString &host, const Options &options)
{
    Result result;
    QElapsedTimer timer;
    timer.start();
    bool cancelled = false;

    QHostAddress literal;
    const bool isLiteral = literal.setAddress(host);

    // Forward lookup (or reverse lookup, for a literal) through the system resolver.
    bool lookupDone = false;
    QHostInfo info;
    QObject receiver;
    const int lookupId = QHostInfo::lookupHost(host, &receiver, [&](const QHostInfo &answer) {
        info = answer;
        lookupDone = true;
    });
    result.transcript << tr("system resolver: lookup of \"%1\"").arg(host);
    if (!waitFor([&] { return lookupDone; }, timer, options.timeoutMs, options.cancelled,
                 &cancelled)) {
        QHostInfo::abortHostLookup(lookupId);
        result.elapsedMs = timer.elapsed();
        result.outcome = cancelled ? Outcome::Cancelled : Outcome::Timeout;
        result.errorString =
            cancelled ? tr("cancelled") : tr("no answer within %1 ms").arg(options.timeoutMs);
        result.transcript << result.errorString;
        return result;
    }
    result.elapsedMs = timer.elapsed();
    if (isLiteral) {
        result.addresses << literal.toString();
        if (info.error() == QHostInfo::NoError && info.hostName() != host &&
            info.hostName() != literal.toString())
            result.reverseName = info.hostName();
        result.outcome = Outcome::Resolved;
        result.transcript
            << (result.reverseName.isEmpty()
                    ? tr("address literal; no reverse name")
                    : tr("address literal; reverse name \"%1\"").arg(result.reverseName));
        return result;
    }
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        result.outcome = info.error() == QHostInfo::HostNotFound || info.addresses().isEmpty()
                             ? Outcome::NotFound
                             : Outcome::Error;
        result.errorString = info.errorString();
        result.transcript << tr("answer: %1 (%2 ms)").arg(info.errorString()).arg(result.elapsedMs);
        return result;
    }
    for (const QHostAddress &a : info.addresses())
        result.addresses << a.toString();
    result.outcome = Outcome::Resolved;
    result.transcript << tr("answer: %1 (%2 ms)")
                             .arg(result.addresses.join(QStringLiteral(", ")))
                             .arg(result.elapsedMs);

    // An alias (CNAME) needs its own SPN for Kerberos; ask DNS directly.
    if (options.queryCname && host.contains(QLatin1Char('.')))
        queryCname(host, options, timer, result);
    qCDebug(lcResolver) << host << "->" << result.addresses << result.canonicalName;
    return result;
}

} // namespace Gpsi

#include "realmdiscovery.h"

#include "eventwait.h"
#include "kerberosticket.h"

#include <QDnsLookup>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRealm, "gpsi.probes.realm", QtInfoMsg)

namespace Gpsi {

QString RealmDiscovery::SrvTarget::display() const
{
    return QStringLiteral("%1:%2").arg(target).arg(port);
}

QString RealmDiscovery::lookupId(Lookup lookup)
{
    switch (lookup) {
    case Lookup::NotAsked:
        return QStringLiteral("not-asked");
    case Lookup::Found:
        return QStringLiteral("found");
    case Lookup::NotFound:
        return QStringLiteral("not-found");
    case Lookup::Failed:
        return QStringLiteral("failed");
    case Lookup::Timeout:
        return QStringLiteral("timeout");
    }
    return QStringLiteral("failed");
}

QString RealmDiscovery::dnsDomainOf(const QString &host)
{
    QString h = host;
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    if (h.isEmpty() || !QHostAddress(h).isNull() || h.startsWith(QLatin1Char('[')))
        return {};
    const qsizetype dot = h.indexOf(QLatin1Char('.'));
    if (dot <= 0 || dot == h.size() - 1)
        return {};
    return h.mid(dot + 1).toLower();
}

namespace {

// What the Kerberos configuration says of the realms (facts, never failures).
void noteConfiguration(const QString &host, RealmDiscovery::Result &r)
{
    const KerberosTicket::RealmInfo info = KerberosTicket::realmInfo(host.toStdString());
    r.defaultRealm = QString::fromStdString(info.defaultRealm);
    r.hostRealm = QString::fromStdString(info.hostRealm);
    r.configError = QString::fromStdString(info.error);
    if (!r.defaultRealm.isEmpty())
        r.transcript
            << RealmDiscovery::tr("Kerberos configuration: default realm %1").arg(r.defaultRealm);
    else
        r.transcript << RealmDiscovery::tr("Kerberos configuration: no default realm (%1)")
                            .arg(r.configError);
    if (!r.hostRealm.isEmpty())
        r.transcript << RealmDiscovery::tr("Kerberos configuration maps %1 to realm %2")
                            .arg(host, r.hostRealm);
    else
        r.transcript << RealmDiscovery::tr(
                            "Kerberos configuration has no realm mapping for %1 (the default "
                            "realm or a KDC referral decides)")
                            .arg(host);
}

// The answer to one SRV query: its targets, or why there are none, noted in the transcript.
RealmDiscovery::Lookup collectSrv(QDnsLookup &lookup, bool done, const QString &name, int timeoutMs,
                                  QList<RealmDiscovery::SrvTarget> *targets,
                                  QStringList *transcript)
{
    using Lookup = RealmDiscovery::Lookup;
    if (!done) {
        lookup.abort();
        *transcript
            << RealmDiscovery::tr("DNS SRV %1: no answer within %2 ms").arg(name).arg(timeoutMs);
        return Lookup::Timeout;
    }
    if (lookup.error() == QDnsLookup::NoError && !lookup.serviceRecords().isEmpty()) {
        QStringList shown;
        for (const QDnsServiceRecord &rec : lookup.serviceRecords()) {
            RealmDiscovery::SrvTarget t;
            t.target = rec.target();
            if (t.target.endsWith(QLatin1Char('.')))
                t.target.chop(1);
            t.port = rec.port();
            t.priority = rec.priority();
            t.weight = rec.weight();
            targets->append(t);
            shown << t.display();
        }
        *transcript
            << RealmDiscovery::tr("DNS SRV %1: %2").arg(name, shown.join(QStringLiteral(", ")));
        return Lookup::Found;
    }
    if (lookup.error() == QDnsLookup::NoError || lookup.error() == QDnsLookup::NotFoundError) {
        *transcript << RealmDiscovery::tr("DNS SRV %1: no such record").arg(name);
        return Lookup::NotFound;
    }
    *transcript
        << RealmDiscovery::tr("DNS SRV %1: query failed (%2)").arg(name, lookup.errorString());
    return Lookup::Failed;
}

} // namespace

RealmDiscovery::Result RealmDiscovery::discover(const Options &options)
{
    Result r;
    noteConfiguration(options.host, r);

    r.dnsDomain = dnsDomainOf(options.host);
    if (r.dnsDomain.isEmpty()) {
        r.transcript << tr("%1 is not a DNS name with a domain part: no SRV records to ask for")
                            .arg(options.host);
        return r;
    }
    r.kerberosSrvName = QStringLiteral("_kerberos._tcp.") + r.dnsDomain;
    r.dcSrvName = QStringLiteral("_ldap._tcp.dc._msdcs.") + r.dnsDomain;
    if (!options.askDns) {
        r.transcript << tr("DNS was not asked for %1 and %2 (the case overrides the address of "
                           "%3)")
                            .arg(r.kerberosSrvName, r.dcSrvName, options.host);
        return r;
    }
    QDnsLookup kdcLookup(QDnsLookup::SRV, r.kerberosSrvName);
    QDnsLookup dcLookup(QDnsLookup::SRV, r.dcSrvName);
    bool kdcDone = false, dcDone = false;
    QObject::connect(&kdcLookup, &QDnsLookup::finished, &kdcLookup, [&] { kdcDone = true; });
    QObject::connect(&dcLookup, &QDnsLookup::finished, &dcLookup, [&] { dcDone = true; });
    kdcLookup.lookup();
    dcLookup.lookup();
    QElapsedTimer timer;
    timer.start();
    waitFor([&] { return kdcDone && dcDone; }, timer, options.timeoutMs, options.cancelled,
            nullptr);

    r.kerberosLookup = collectSrv(kdcLookup, kdcDone, r.kerberosSrvName, options.timeoutMs, &r.kdcs,
                                  &r.transcript);
    r.dcLookup = collectSrv(dcLookup, dcDone, r.dcSrvName, options.timeoutMs, &r.domainControllers,
                            &r.transcript);
    qCDebug(lcRealm) << options.host << r.defaultRealm << r.hostRealm << r.kdcs.size()
                     << r.domainControllers.size();
    return r;
}

} // namespace Gpsi

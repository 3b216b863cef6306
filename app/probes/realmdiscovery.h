#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Gpsi {

// Which Kerberos realm and KDCs a host name belongs to: the default realm and the host's
// realm from the Kerberos configuration, and for the host's DNS domain the SRV records a
// Windows client uses to find a KDC and a domain controller. Nothing here is a failure: an
// absent record is a fact about the domain.
class RealmDiscovery
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::RealmDiscovery)

public:
    struct SrvTarget
    {
        QString target;
        quint16 port = 0;
        quint16 priority = 0;
        quint16 weight = 0;
        QString display() const; // "dc1.example.test:88"
    };

    enum class Lookup { NotAsked, Found, NotFound, Failed, Timeout };

    struct Result
    {
        QString dnsDomain; // the host's DNS domain (empty for a single label or an IP)
        QString defaultRealm;
        QString hostRealm;
        QString configError;
        QString kerberosSrvName; // "_kerberos._tcp.example.test"
        Lookup kerberosLookup = Lookup::NotAsked;
        QList<SrvTarget> kdcs;
        QString dcSrvName; // "_ldap._tcp.dc._msdcs.example.test"
        Lookup dcLookup = Lookup::NotAsked;
        QList<SrvTarget> domainControllers;
        QStringList transcript;
    };

    struct Options
    {
        QString host;
        int timeoutMs = 5000;
        bool askDns = true; // false: report the configuration only (the case overrides DNS)
        std::function<bool()> cancelled;
    };

    // Blocks (runs a local event loop: call it from a worker thread or the GUI thread alike).
    static Result discover(const Options &options);

    // "srv.sub.example.test" -> "sub.example.test"; "" for single labels and IP literals.
    static QString dnsDomainOf(const QString &host);
    static QString lookupId(Lookup lookup); // "not-asked", "found", "not-found", ...
};

} // namespace Gpsi

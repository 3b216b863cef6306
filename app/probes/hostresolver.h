#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace Gpsi {

// Resolves a host name the way a Windows client would start to: the system resolver
// (getaddrinfo: hosts file, DNS with search suffixes; on Windows also LLMNR/NetBIOS), plus a
// DNS CNAME query to tell an alias from a real name, and a reverse lookup for IP literals.
// Knows nothing of facts or modules; runs its own event loop, so it may be called from any
// thread with an event dispatcher (QThreadPool workers have one).
class HostResolver
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::HostResolver)

public:
    enum class Outcome { Resolved, NotFound, Timeout, Cancelled, Error };

    struct Result
    {
        Outcome outcome = Outcome::Error;
        QStringList addresses; // in the resolver's order
        QString canonicalName; // CNAME target when the name is an alias, else empty
        QString reverseName;   // PTR / hosts-file name for an IP literal, else empty
        QString errorString;   // the resolver's own words
        qint64 elapsedMs = 0;
        QStringList transcript; // what was asked and answered, for the evidence
    };

    struct Options
    {
        int timeoutMs = 5000;
        bool queryCname = true;    // DNS CNAME query for dotted names
        bool reverseLookup = true; // PTR for IP literals
        std::function<bool()> cancelled;
    };

    static Result resolve(const QString &host, const Options &options);
    static QString outcomeId(Outcome outcome); // "resolved", "not-found", "timeout", ...
};

} // namespace Gpsi

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

#include "kerberosticket.h"

namespace Gpsi {

// Can this machine get a Kerberos service ticket for cifs/<host>? The seam between the check
// module and the platform's Kerberos: GSSAPI (MIT krb5) on Linux, SSPI on Windows, chosen at
// build time (kerberosticket.h). The probe runs the blocking library call on a thread of its
// own, so a silent KDC or a cancelled run costs no more than the deadline.
class AuthProbe
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::AuthProbe)

public:
    using Outcome = KerberosTicket::Outcome;

    struct Options
    {
        QString host; // as written in the UNC path
        QString service = QStringLiteral("cifs");
        QString keytab;          // empty: the current credential cache / logon session
        QString clientPrincipal; // from the keytab; empty: the computer account if present
        int timeoutMs = 15000;
        std::function<bool()> cancelled;
    };

    struct Result
    {
        Outcome outcome = Outcome::Other;
        bool timedOut = false;  // no answer within the deadline (outcome KdcUnreachable)
        bool cancelled = false; // the run was cancelled (outcome Other)
        QString backend;
        QString spn;
        QString targetName;
        QString realm;
        QString clientPrincipal;
        QString credentialSource;
        int ticketEnctype = -1;
        int sessionEnctype = -1;
        QString ticketEnctypeName;
        QString sessionEnctypeName;
        qint64 lifetimeSeconds = -1;
        QDateTime endTime; // UTC; invalid when unknown
        quint32 majorStatus = 0;
        quint32 minorStatus = 0;
        QString majorText;
        QString minorText;
        QStringList steps; // one line per library call, with its result
        qint64 elapsedMs = 0;

        // The library's answer in one line: "major 0x000d0000 (...), minor 0x96c73a07 (...)".
        QString statusLine() const;
    };

    virtual ~AuthProbe() = default;
    virtual Result requestTicket(const Options &options) = 0;
    virtual QString backendId() const = 0; // "gssapi", "sspi", "none", or a test double's
    virtual bool isAvailable() const = 0;

    // The implementation compiled in for this platform, or what a test installed.
    static std::unique_ptr<AuthProbe> create();
    using Factory = std::function<std::unique_ptr<AuthProbe>()>;
    // Tests only: replaces what create() returns (an empty factory restores the default).
    static void setFactory(Factory factory);

    static QString outcomeId(Outcome outcome);
};

// The compiled-in platform Kerberos (kerberosticket.h) behind the AuthProbe interface.
class SystemAuthProbe final : public AuthProbe
{
public:
    Result requestTicket(const Options &options) override;
    QString backendId() const override;
    bool isAvailable() const override;
};

} // namespace Gpsi

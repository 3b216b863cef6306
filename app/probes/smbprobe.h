#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

namespace Gpsi {

// Asks a file server, without credentials, what it is: which SMB dialects it takes, whether it
// signs, whether it does extended security (SPNEGO) and which authentication mechanisms it
// offers, and what it says its OS is. Connects to the direct-hosted SMB port and the NetBIOS
// session port in parallel; every exchange is bounded in time (one deadline for the whole probe)
// and size (Smb::MaxMessageSize). Never sends a password and never keeps a session.
// Knows nothing of facts or modules; runs in the calling thread (a worker thread in the app).
class SmbProbe
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::SmbProbe)

public:
    struct Options
    {
        QString host;    // the server name as written in the UNC (NetBIOS called name)
        QString address; // address to connect to; the host itself when empty
        quint16 smbPort = 445;
        quint16 nbssPort = 139;
        int connectTimeoutMs = 3000;
        int deadlineMs = 10000; // the whole probe
        bool enumerateDialects = true;
        std::function<bool()> cancelled;
    };

    enum class Outcome { Ok, Unreachable, Error, Cancelled };
    // Which part of the probe a transcript line belongs to, so that each fact can cite the
    // exchange behind it (whatever language the lines are in).
    enum class Stage { Connect, Negotiate, Mechanisms, Session };

    struct Result
    {
        Outcome outcome = Outcome::Error;
        QString error; // one line when Error/Unreachable

        bool reachable445 = false;
        bool reachable139 = false;
        QString connectError445;
        QString connectError139;
        QString transport; // "direct-tcp" or "netbios"
        quint16 port = 0;
        QString calledName; // NetBIOS called name that was accepted

        QStringList dialects;     // accepted: "NT LM 0.12", "LANMAN2.1", "2.0.2", ... "3.1.1"
        QString dialect;          // the one a multi-protocol negotiate chose
        bool smb1 = false;        // answers SMB1 with a dialect
        bool smb2 = false;        // answers SMB2
        bool smb1Checked = false; // whether SMB1 was asked at all (a deadline can cut it)
        bool extendedSecurity = false;
        bool userLevel = true;
        bool challengeResponse = true;
        bool signingEnabled = false;
        bool signingRequired = false;
        quint32 smb1Capabilities = 0;
        QStringList capabilities; // names
        int challengeLength = -1;
        QDateTime serverTime;
        int serverTimeZoneMinutes = 0;
        QString domainName;
        QString serverName;
        QString serverGuid;
        QStringList mechanisms; // dotted OIDs, server's order
        QString negHint;
        bool mechanismsKnown = false;   // a SPNEGO list was read (not empty, not unreadable)
        bool securityBlobEmpty = false; // extended security with an empty blob (raw NTLMSSP)

        bool sessionAnswered = false;
        QString nativeOs;
        QString nativeLanMan;
        QString primaryDomain;
        bool anonymousAccepted = false; // a null session was accepted
        bool guest = false;             // the server logged the probe on as guest
        bool ntlmVersionKnown = false;
        int ntlmMajor = 0;
        int ntlmMinor = 0;
        int ntlmBuild = 0;
        QString ntlmNbComputer;
        QString ntlmNbDomain;
        QString ntlmDnsComputer;
        QString ntlmDnsDomain;
        QString ntlmDnsTree;

        QStringList transcript;        // what was sent and answered, one line each
        QList<Stage> transcriptStages; // the stage of each transcript line
        QString negotiateHex;          // the first bytes of the negotiate reply
        qint64 elapsedMs = 0;

        bool kerberosOffered() const;
        // The transcript lines of one stage, joined by newlines.
        QString linesOf(Stage stage) const;
        QString signingId() const; // "disabled", "enabled", "required"
    };

    static Result run(const Options &options);
    static QString outcomeId(Outcome outcome);
};

// What the probe's answers say the server is.
struct ServerIdentity
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::ServerIdentity)

public:
    // "windows-nt4", "windows-2000", "windows-xp-2003", "windows-vista-or-later", "samba",
    // "other", "unknown"
    QString family;
    QString title;   // "Windows NT 4.0", "Samba 4.17.12", "Windows (build 17763)"
    QString version; // "4.0", "5.1.2600", "10.0.17763", "4.17.12"
    double confidence = 0.0;
    QStringList evidence; // what decided it

    static ServerIdentity classify(const SmbProbe::Result &result);
};

} // namespace Gpsi

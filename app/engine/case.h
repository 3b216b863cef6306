#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Gpsi {

// Options that steer the checks. Every network exchange takes its deadline from here.
struct CaseOptions
{
    int checkTimeoutSeconds = 30;  // per module run
    int connectTimeoutSeconds = 3; // per connection attempt (probes)
    quint16 smbPort = 445;         // direct-hosted SMB
    quint16 nbssPort = 139;        // NetBIOS session service
    // Host name -> address, consulted before the system resolver (like a private hosts file):
    // lets an admin test a server by name before DNS knows it, and keeps demos on loopback.
    QMap<QString, QString> hostOverrides;
    // Kerberos check: take the client credentials from this keytab instead of the current
    // credential cache (on a Linux machine joined to AD, /etc/krb5.keytab holds the computer
    // account HOST$), optionally naming the principal to use from it.
    QString keytab;
    QString keytabPrincipal;
    // Event-history check: also read this computer's live event logs (Windows only), the
    // last liveEventsDays days of them (0 = all).
    bool liveEvents = false;
    int liveEventsDays = 30;
    // Knowledge files (causes as data) added to the built-in knowledge base for this case
    // (--knowledge FILE; docs/knowledge-base.md).
    QStringList knowledgeFiles;

    QJsonObject toJson() const;
    static CaseOptions fromJson(const QJsonObject &object);
    bool operator==(const CaseOptions &other) const = default;
};

struct EvidenceFile
{
    QString path;
    QDateTime addedAt;

    bool operator==(const EvidenceFile &other) const = default;
};

// What the admin is diagnosing: one or more package paths, evidence files and options.
// Saved and reopened as one JSON file.
class Case
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::Case)

public:
    static constexpr int FormatVersion = 1;

    QString title;
    QString ticket;
    QString technician;
    QString notes;
    QStringList packagePaths;
    QList<EvidenceFile> evidence;
    CaseOptions options;
    QStringList acceptedFindings; // cause ids the admin marked as understood

    bool isEmpty() const { return packagePaths.isEmpty() && evidence.isEmpty(); }

    QJsonObject toJson() const;
    // Fails (with a reason) on a document that is not a case file or is of a newer format.
    static bool fromJson(const QJsonObject &object, Case *out, QString *error);

    // Through OutputFile: a crash or full disk never leaves a half-written case behind, and a
    // device or pipe ("-" is standard output) is written to, not replaced.
    bool save(const QString &fileName, QString *error) const;
    static bool load(const QString &fileName, Case *out, QString *error);

    bool operator==(const Case &other) const = default;
};

} // namespace Gpsi

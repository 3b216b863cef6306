#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include "eventcatalogue.h"
#include "eventreader.h"

namespace Gpsi {

// Correlates the catalogue's events from one or more logs (of one computer or many): failing
// packages, the KB 323304 signature, pending installs, network-not-ready boots, slow links,
// SMB1 missing on the client, and a per-boot timeline. Feed it records (any order, several
// files), then call finish(). Memory grows with the *matched* events only (the catalogue's),
// never with the size of the logs.
class EventHistory
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::EventHistory)

public:
    // A package the events say failed (or is pending), keyed by computer + application +
    // policy + error code.
    struct Package
    {
        QString computer;
        QString application;   // "Contoso Widget 2.0"; empty when only the CSE failure is known
        QString policy;        // GPO display name
        qint64 errorCode = -1; // 1612, 1603, ...
        QString errorName;     // "ERROR_INSTALL_SOURCE_ABSENT"
        QStringList paths;     // package paths named by related events (107, MsiInstaller, ...)
        QString server;        // host of the first UNC path
        QDateTime firstSeen;
        QDateTime lastSeen;
        int count = 0;
        bool computerAssigned = false; // S-1-5-18
        bool pending = false;          // 1274 / 1112 / "delayed until the next startup"
        bool laterSucceeded = false;   // installed later (301/302/305/306/308, MsiInstaller
                                       // 1033 status 0 / 11707) after its last failure
        QStringList eventIds;          // catalogue entry ids seen for it ("appmgmt-102")
    };

    // One line of the timeline.
    struct Entry
    {
        QDateTime time;
        int boot = 0; // index into boots() (0-based)
        QString computer;
        QString provider;
        quint16 eventId = 0;
        QString entryId; // catalogue entry id
        QString role;    // the role's name (EventCatalogue::roleName()), as toJson() writes it
        QString level;   // "error", "warning", "information"
        QString summary; // one line for people (the formatted message, shortened)
        qint64 errorCode = -1;
        QString file;
        quint64 recordId = 0;
    };

    // A boot of one computer: from a boot marker (EventLog 6005/6009, Kernel-General 12) or,
    // where the log has none, from a gap of more than an hour between events.
    struct Boot
    {
        int index = 0;
        QString computer;
        QDateTime start;
        QDateTime end;
        bool fromMarker = false;
        bool kb323304 = false;        // 1000/1085 with 1612 + 108 + 102 in this boot
        bool networkNotReady = false; // 1129 / 5719 / 7326
        bool slowLink = false;        // 6314 with IsSlowLink true
        bool smb1Missing = false;     // SMBClient 32000
        int failures = 0;
        int pending = 0;
    };

    struct FileInfo
    {
        QString file;
        QString format;
        qint64 bytes = 0;
        qint64 records = 0; // records read
        qint64 matched = 0; // catalogue events
        QList<ReadIssue> issues;
        bool ok = false;
        QString error;
    };

    explicit EventHistory(const EventCatalogue &catalogue = EventCatalogue::builtin());

    // Reads one file with the catalogue's filter and adds what it holds. Thread-safe for
    // different EventHistory objects; one object is fed from one thread.
    ReadSummary addFile(const QString &fileName, const ReadOptions &options = {});
    // Adds one record (unmatched records are counted and dropped).
    void addRecord(const EventRecord &record, const QString &file = {});
    void addSummary(const ReadSummary &summary);
    // Sorts, splits into boots and correlates. Call once after the last add.
    void finish();

    const QList<FileInfo> &files() const { return m_files; }
    const QList<Package> &packages() const { return m_packages; } // failed and pending
    QList<Package> failedPackages() const;
    // The failed packages that did not install successfully after their last failure.
    QList<Package> stillFailingPackages() const;
    QList<Package> pendingPackages() const;
    const QList<Boot> &boots() const { return m_boots; }
    const QList<Entry> &timeline() const { return m_timeline; }

    bool kb323304Signature() const;          // in any boot
    bool networkNotReady() const;            // in any startup (1129 / 5719 / 7326)
    bool networkNotReadyWithFailure() const; // in a startup that also has a failure
    bool slowLink() const;
    bool smb1ClientMissing() const;
    QStringList computers() const;
    QStringList paths() const;        // package paths the events name, most recent first
    QStringList servers() const;      // hosts of those paths and SMB client events
    QList<qint64> errorCodes() const; // distinct, most frequent first
    QStringList causes() const;       // cause ids supported by the events seen
    qint64 recordsRead() const;
    qint64 eventsMatched() const;

    QJsonObject toJson() const; // for scan-events --format json and the report

    // The timeline keeps the most recent kTimelineLimit entries (toJson says how many there
    // were); timelineTotal() counts them all.
    static constexpr int kTimelineLimit = 2000;
    qsizetype timelineTotal() const { return m_timelineTotal; }

private:
    struct Pass;

    void addMatch(const EventRecord &record, const MatchedEvent &match, const QString &file);
    // The steps of finish(), in this order.
    void clearResults();
    Pass sortByComputerAndTime();
    void findBoots(Pass &pass);
    void markBootSignatures(Pass &pass);
    void collectPathsAndCauses(Pass &pass);
    void collectPackages(const Pass &pass);
    void foldRepeatedPackages();
    void markLaterSuccesses(const Pass &pass);
    void buildTimeline(const Pass &pass);

    const EventCatalogue &m_catalogue;
    QList<FileInfo> m_files;
    QList<MatchedEvent> m_matched;
    QList<EventRecord> m_records; // the matched records, parallel to m_matched
    QList<QString> m_recordFiles;
    QHash<QString, qint64> m_addedPerFile; // records given to addRecord() per file
    QList<Package> m_packages;
    QList<Boot> m_boots;
    QList<Entry> m_timeline;
    qsizetype m_timelineTotal = 0;
    QStringList m_computers;
    QStringList m_paths;
    QStringList m_servers;
    QList<QPair<qint64, int>> m_errorCounts; // code, events; most frequent first
    QStringList m_causes;
    qint64 m_recordsRead = 0;
    bool m_finished = false;
};

} // namespace Gpsi

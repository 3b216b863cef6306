#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <bitset>
#include <memory>
#include <vector>

namespace Gpsi {

// One <Data> element of an event (or one insertion string of a legacy record). Classic sources
// write unnamed data: name is then empty and the position is what counts.
struct EventDataField
{
    QString name;
    QString value;

    bool operator==(const EventDataField &other) const = default;
};

// One event as every reader yields it, whatever the input format. Fields the format does not
// carry stay at their defaults (CSV exports, for example, carry no data fields and no record
// id; binary logs carry no rendered message).
struct EventRecord
{
    quint64 recordId = 0; // EventRecordID (EVTX/XML) or RecordNumber (EVT); 0 = unknown
    qint64 fileTime = 0;  // TimeCreated: 100 ns ticks since 1601-01-01 UTC; 0 = unknown
    quint16 eventId = 0;  // the Event Viewer ID: low 16 bits (qualifiers kept apart)
    quint16 qualifiers = 0;
    bool hasQualifiers = false;
    quint8 version = 0;
    quint8 level = 0; // 1 critical, 2 error, 3 warning, 4 information, 0 log always
    quint16 task = 0;
    quint8 opcode = 0;
    quint64 keywords = 0;
    QString provider;     // Provider/@Name, or EventSourceName; the legacy source name
    QString providerGuid; // "{...}" as written, empty for classic sources
    QString channel;      // "System", "Application", "Microsoft-Windows-GroupPolicy/Operational"
    QString computer;
    QString userSid;    // Security/@UserID, "S-1-5-18" for SYSTEM
    QString activityId; // Correlation/@ActivityID
    QList<EventDataField> data;
    QString message;    // rendered message carried by the input (RenderingInfo, CSV, TXT)
    QString xml;        // the whole event rendered as XML, when the reader was asked to
    qint64 offset = -1; // where the record starts in its file (bytes); -1 = unknown
    qint64 line = -1;   // 1-based line for text inputs; -1 = not a text input

    QDateTime time() const;
    static qint64 fileTimeFromDateTime(const QDateTime &time);
    static QDateTime dateTimeFromFileTime(qint64 fileTime);
    // ISO 8601 UTC with 7 fractional digits, as Windows writes SystemTime:
    // "2024-03-09T08:55:01.1234567Z". Empty when unknown.
    QString timeText() const;

    // The index-th data field (0-based) or the one with this name (case-insensitive).
    QString dataValue(qsizetype index) const;
    QString dataValue(QStringView name) const;
    bool hasData(QStringView name) const;

    bool operator==(const EventRecord &other) const = default;
};

// Which events a reader should hand on. Checked by the binary readers *before* a record is
// rendered (EVTX decodes the event ID and provider from the substitution values and skips the
// rest), so a filtered scan only pays for the records it keeps. Empty = everything.
class EventFilter
{
public:
    bool isEmpty() const { return m_empty; }
    // Any event with this ID, whatever its provider (dump-events --ids).
    void addEventId(quint16 id);
    // This provider's event with this ID (provider compared case-insensitively); an empty
    // channel matches any channel.
    void add(const QString &provider, quint16 id, const QString &channel = {});

    // Cheap first test on the ID alone (a bitset lookup): false means no rule can match.
    bool mayAccept(quint16 id) const { return m_empty || m_ids.test(id); }
    bool accepts(QStringView provider, QStringView channel, quint16 id) const;
    // Provider names compared as Windows shows them: case-insensitively, and a name without
    // the "Microsoft-Windows-" prefix (as text exports write it) matches the full name.
    static bool sameProvider(QStringView provider, QStringView known);

private:
    struct Rule
    {
        QString provider; // lower case; empty = any provider
        QString channel;  // lower case; empty = any channel
        quint16 id = 0;
    };
    bool m_empty = true;
    std::bitset<65536> m_ids;
    std::vector<Rule> m_rules;
};

} // namespace Gpsi

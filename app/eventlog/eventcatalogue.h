#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

#include "eventrecord.h"

namespace Gpsi {

// What an event means for the diagnosis ("role" in catalogue.json; the names are in
// EventCatalogue::roleName()). Parsed when the catalogue is loaded, so an unknown role fails
// the load instead of silently matching nothing where roles are compared.
enum class EventRole {
    InstallFailed,   // "install-failed"
    PolicyFailed,    // "policy-failed"
    CseFailed,       // "cse-failed"
    Pending,         // "pending"
    Succeeded,       // "succeeded"
    Processing,      // "processing"
    NetworkNotReady, // "network-not-ready"
    SlowLink,        // "slow-link"
    Smb1Missing,     // "smb1-missing"
    SmbFailed,       // "smb-failed"
    GuestRejected,   // "guest-rejected"
    MsiFailed,       // "msi-failed"
    MsiSucceeded,    // "msi-succeeded"
    SrpBlocked,      // "srp-blocked"
    DcUnreachable,   // "dc-unreachable"
    ClockSkew,       // "clock-skew"
    NameFailed,      // "name-failed"
    Context,         // "context"
    Boot,            // "boot" (a startup marker)
};

// What one catalogue entry pulls out of an event. source forms:
//   "data:N"        the N-th data field (1-based, as %N in the template)
//   "data:Name"     the data field with this name (manifest events)
//   "regex:group"   a named group of the entry's regex, applied to the entry's regexSource
//   "system:field"  provider, channel, computer, userSid, eventId, level, version, recordId,
//                   activityId, message
struct CatalogueField
{
    QString name; // "application", "policy", "error", "extension", "path", "server", ...
    QString source;
    QString type; // "string", "error" (a Windows error code), "int", "bool", "guid", "path",
                  // "host" (a server name; leading backslashes dropped)
};

// One test of a rule: a field of the match (or "@message") compared with values.
//   op "equals", "notEquals", "in", "notIn" (case-insensitive), "matches" (a regular
//   expression, case-insensitive), "present", "absent".
struct CatalogueCondition
{
    QString field;
    QString op;
    QStringList values;
    QRegularExpression pattern; // compiled for "matches"
};

// Makes the role (and the supported causes) depend on what the event says: the first rule
// with a role whose conditions all hold sets the role (and adds its causes); a rule without a
// role adds its causes whenever its conditions hold. docs/event-catalogue.md has the JSON form.
struct CatalogueRule
{
    QList<CatalogueCondition> when; // all must hold
    std::optional<EventRole> role;  // none: the rule only adds causes
    QStringList causes;
};

// One event the catalogue knows: provider (+ channel) + event ID (+ version), never the ID
// alone. Data: resources/events/catalogue.json (docs/event-catalogue.md).
struct CatalogueEntry
{
    QString id;            // "appmgmt-102"
    QStringList providers; // accepted provider names, compared case-insensitively
    QString channel;       // required channel (case-insensitive); empty = any
    quint16 eventId = 0;
    int version = -1;      // -1 = any version
    QString symbol;        // "EVENT_APPMGMT_INSTALL_FAILED"
    QString title;         // short, for people: "Software installation failed"
    QString level;         // "error", "warning", "information"
    QString templ;         // message template with %1..%n and %%%n (error code expansion)
    QStringList variants;  // the same message in other Windows versions' wording (text exports)
    QStringList dataNames; // manifest data names in template order (%1 = dataNames[0])
    // What the event means for the diagnosis: the default; pendingErrors and rules refine it
    // per event.
    EventRole role = EventRole::Context;
    QList<qint64> pendingErrors; // error codes that make the event "pending" (1274)
    QList<CatalogueRule> rules;
    QStringList causes;  // knowledge-base cause ids this event supports
    QString regex;       // for free-text data (UserEnv 1000's single %1)
    QString regexSource; // the "data:N" the regex applies to
    QList<CatalogueField> fields;
    QJsonObject example; // an example event (EventRecord JSON) the data-driven test matches
    QMap<QString, QString> expected; // the fields the example must give ("@role", "@error"
                                     // and "@computerAssigned" check the match itself)
};

// An event the catalogue recognised, with its fields extracted.
struct MatchedEvent
{
    const CatalogueEntry *entry = nullptr;
    QMap<QString, QString> fields; // name -> value as extracted (error codes as decimal text);
                                   // "confidence" = "from-text" when read back from a message
    QString message;               // template filled in; the record's own message if any
    qint64 errorCode = -1;         // the "error" field, parsed; -1 when none
    bool computerAssigned = false; // user SID S-1-5-18 (SYSTEM): a computer-assigned package
    EventRole role = EventRole::Context; // the entry's role for this event (after its rules)
    QStringList causes;                  // cause ids this event supports (entry, rules, error code)
    bool fromText = false; // fields recovered from the rendered message (text exports)

    QString field(const QString &name) const { return fields.value(name); }
};

class EventCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::EventCatalogue)

public:
    // The built-in catalogue (:/gpsi/events/catalogue.json), loaded once.
    static const EventCatalogue &builtin();
    // Loads and validates a catalogue document. Every problem is reported, one line each,
    // starting with its JSON path ("entries[3] (appmgmt-102).eventId: ..."); any problem fails
    // the load and leaves *out alone.
    static bool load(const QByteArray &json, EventCatalogue *out, QStringList *errors);
    // The same, with the problems joined by newlines.
    static bool load(const QByteArray &json, EventCatalogue *out, QString *error);

    const QList<CatalogueEntry> &entries() const { return m_entries; }
    const CatalogueEntry *entry(const QString &id) const;
    // The entry for this record (provider + channel + ID + version), or nullptr.
    const CatalogueEntry *find(const EventRecord &record) const;
    std::optional<MatchedEvent> match(const EventRecord &record) const;
    // A reader filter that passes exactly the catalogue's events.
    EventFilter filter() const;
    // The entry's template with the record's data filled in and %%N expanded to the error
    // text ("The error was : The installation source for this product is not available.").
    QString formatMessage(const CatalogueEntry &entry, const EventRecord &record) const;

    // EventRecord <-> JSON as dump-events writes it (one object per line in jsonl).
    static QJsonObject recordToJson(const EventRecord &record);
    static EventRecord recordFromJson(const QJsonObject &object);

    // Every role name an entry or rule may use, in EventRole order.
    static const QStringList &roles();
    // "install-failed" for EventRole::InstallFailed: the name catalogue.json and the timeline
    // JSON use.
    static QString roleName(EventRole role);
    // The role with this name; none for a name that is not a role.
    static std::optional<EventRole> roleFromName(QStringView name);
    // Roles that report no trouble: succeeded, msi-succeeded, processing, context, boot.
    // Every other role is a failure or a warning sign.
    static bool isQuietRole(EventRole role);
    // Cause ids the catalogue attaches to an error code wherever it is reported as a problem
    // ("errorCauses" in catalogue.json).
    QStringList errorCauses(qint64 code) const { return m_errorCauses.value(code); }

private:
    class Loader;
    struct TextPattern
    {
        QRegularExpression regex;  // the template as a regular expression, groups p1..pN
        QList<int> errorPositions; // the %%%N insertions
        int positions = 0;         // the highest N
    };
    struct Compiled
    {
        QRegularExpression regex;    // the entry's regex
        QList<TextPattern> patterns; // template, then variants
    };

    // The template (or one of its variants) as a pattern that reads the data back out of a
    // rendered message; an invalid regex when the template cannot be turned into one.
    static TextPattern compileTemplate(const QString &templ);
    bool readBack(const Compiled &compiled, const EventRecord &record, EventRecord *out) const;
    void extractFields(const CatalogueEntry &entry, const Compiled &compiled,
                       const EventRecord &source, MatchedEvent *m) const;
    void applyRules(const CatalogueEntry &entry, MatchedEvent *m) const;

    QList<CatalogueEntry> m_entries;
    QList<Compiled> m_compiled;              // parallel to m_entries
    QHash<quint16, QList<qsizetype>> m_byId; // event ID -> entries
    QHash<qint64, QStringList> m_errorCauses;
};

} // namespace Gpsi

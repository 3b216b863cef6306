#include "eventhistory.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>
#include <limits>

#include "errorcodes.h"
#include "eventtext.h"

Q_LOGGING_CATEGORY(lcEventHistory, "gpsi.events.history", QtInfoMsg)

namespace Gpsi {

namespace {

// Without boot markers, a quiet spell longer than this starts a new boot.
constexpr qint64 kBootGapMs = 60LL * 60 * 1000;
// Markers this close together (Kernel-General 12, EventLog 6009 and 6005) are one startup,
// unless one of them repeats.
constexpr qint64 kMarkerMergeMs = 10LL * 60 * 1000;
constexpr qsizetype kSummaryLength = 160;

const QString kSoftwareInstallationGuid = QStringLiteral("c6dc5466-785a-11d2-84d0-00c04fb169f7");

bool isPackageFailureRole(QStringView role)
{
    return role == u"install-failed" || role == u"policy-failed" || role == u"cse-failed" ||
           role == u"msi-failed" || role == u"srp-blocked";
}

bool isSuccessRole(QStringView role)
{
    return role == u"succeeded" || role == u"msi-succeeded";
}

// Roles whose paths are not package paths (SYSVOL, domain controllers) or name none.
bool namesPackagePaths(QStringView role)
{
    return !(role == u"dc-unreachable" || role == u"name-failed" || role == u"network-not-ready" ||
             role == u"clock-skew" || role == u"boot" || role == u"processing" ||
             role == u"slow-link");
}

// PC01, pc01 and PC01.contoso.com are one computer (text exports carry the short name).
QString computerKey(const QString &computer)
{
    QString key = computer.trimmed().toLower();
    bool numeric = true;
    for (QChar c : std::as_const(key)) {
        if (!(c.isDigit() || c == QLatin1Char('.'))) {
            numeric = false;
            break;
        }
    }
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    if (!numeric && dot > 0)
        key.truncate(dot);
    return key;
}

bool sameText(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Is the client-side extension the event names Software Installation? Events that name no
// extension count as relevant.
bool isRelevant(const MatchedEvent &m)
{
    QString name = m.field(QStringLiteral("extension"));
    if (name.isEmpty())
        name = m.field(QStringLiteral("cse"));
    const QString id = m.field(QStringLiteral("extensionId"));
    if (name.isEmpty() && id.isEmpty())
        return true;
    if (id.contains(kSoftwareInstallationGuid, Qt::CaseInsensitive))
        return true;
    return sameText(name, QStringLiteral("Software Installation")) ||
           sameText(name, QStringLiteral("Application Management"));
}

bool isApplicationManagement(const CatalogueEntry *e)
{
    for (const QString &p : e->providers) {
        if (p.startsWith(QLatin1String("Application Management"), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool isUserenv(const CatalogueEntry *e)
{
    for (const QString &p : e->providers) {
        if (sameText(p, QStringLiteral("Userenv")))
            return true;
    }
    return false;
}

QString hostOf(const QString &path)
{
    if (!path.startsWith(QLatin1String("\\\\")) && !path.startsWith(QLatin1String("//")))
        return {};
    const QString rest = path.mid(2);
    qsizetype end = rest.size();
    for (qsizetype i = 0; i < rest.size(); ++i) {
        if (rest.at(i) == QLatin1Char('\\') || rest.at(i) == QLatin1Char('/')) {
            end = i;
            break;
        }
    }
    return rest.left(end);
}

void addUnique(QStringList &list, const QString &value)
{
    if (value.isEmpty())
        return;
    for (const QString &v : std::as_const(list)) {
        if (sameText(v, value))
            return;
    }
    list << value;
}

QString levelName(quint8 level, const QString &fallback)
{
    switch (level) {
    case 1:
    case 2:
        return QStringLiteral("error");
    case 3:
        return QStringLiteral("warning");
    case 4:
    case 5:
        return QStringLiteral("information");
    default:
        return fallback;
    }
}

QString summaryOf(const QString &message)
{
    QString s = message.simplified();
    if (s.size() > kSummaryLength)
        s = s.left(kSummaryLength - 3).trimmed() + QStringLiteral("...");
    return s;
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

qint64 msecs(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

EventHistory::FileInfo fileInfoOf(const ReadSummary &s, const QString &fileName)
{
    EventHistory::FileInfo f;
    f.file = s.file.isEmpty() ? fileName : s.file;
    f.format = s.formatId();
    f.bytes = s.bytes;
    f.records = s.recordsSeen;
    f.issues = s.issues;
    f.ok = s.ok;
    f.error = s.error;
    return f;
}

} // namespace

EventHistory::EventHistory(const EventCatalogue &catalogue)
    : m_catalogue(catalogue)
{}

ReadSummary EventHistory::addFile(const QString &fileName, const ReadOptions &options)
{
    ReadOptions o = options;
    o.filter = m_catalogue.filter();
    qint64 matched = 0;
    const ReadSummary s = EventReaderFactory::readFile(
        fileName, o, [this, &matched, &fileName](const EventRecord &r) {
            if (const std::optional<MatchedEvent> m = m_catalogue.match(r)) {
                addMatch(r, *m, fileName);
                ++matched;
            }
            return true;
        });
    m_recordsRead += s.recordsSeen;
    FileInfo f = fileInfoOf(s, fileName);
    f.matched = matched;
    m_files << f;
    m_finished = false;
    qCDebug(lcEventHistory) << fileName << s.formatId() << "records" << s.recordsSeen << "matched"
                            << matched;
    return s;
}

void EventHistory::addRecord(const EventRecord &record, const QString &file)
{
    ++m_recordsRead;
    ++m_addedPerFile[file];
    if (const std::optional<MatchedEvent> m = m_catalogue.match(record))
        addMatch(record, *m, file);
    m_finished = false;
}

void EventHistory::addSummary(const ReadSummary &summary)
{
    FileInfo f = fileInfoOf(summary, summary.file);
    f.matched = std::count(m_recordFiles.cbegin(), m_recordFiles.cend(), f.file);
    // Records the caller already gave to addRecord() are counted once.
    const qint64 added = m_addedPerFile.take(f.file);
    m_recordsRead += qMax<qint64>(0, summary.recordsSeen - added);
    m_files << f;
    m_finished = false;
}

void EventHistory::addMatch(const EventRecord &record, const MatchedEvent &match,
                            const QString &file)
{
    EventRecord kept = record;
    kept.xml.clear(); // only the matched events are kept, and not their XML
    m_records << kept;
    m_matched << match;
    m_recordFiles << file;
}

void EventHistory::finish()
{
    m_packages.clear();
    m_boots.clear();
    m_timeline.clear();
    m_timelineTotal = 0;
    m_computers.clear();
    m_paths.clear();
    m_servers.clear();
    m_errorCounts.clear();
    m_causes.clear();

    const qsizetype n = m_matched.size();
    QList<QString> keys(n);
    QList<QDateTime> times(n);
    QHash<QString, QString> displayName; // computer key -> longest spelling seen
    for (qsizetype i = 0; i < n; ++i) {
        keys[i] = computerKey(m_records.at(i).computer);
        times[i] = m_records.at(i).time();
        const QString &name = m_records.at(i).computer.trimmed();
        QString &shown = displayName[keys.at(i)];
        if (name.size() > shown.size())
            shown = name;
    }
    QList<qsizetype> order(n);
    for (qsizetype i = 0; i < n; ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        if (keys.at(a) != keys.at(b))
            return keys.at(a) < keys.at(b);
        const qint64 ta = msecs(times.at(a));
        const qint64 tb = msecs(times.at(b));
        if (ta != tb)
            return ta < tb;
        return m_records.at(a).recordId < m_records.at(b).recordId;
    });
    for (auto it = displayName.cbegin(); it != displayName.cend(); ++it) {
        if (!it.value().isEmpty())
            m_computers << it.value();
    }
    m_computers.sort(Qt::CaseInsensitive);

    // Boots, per computer: from markers, or from gaps where the log has none.
    QList<int> bootOf(n, -1);
    QList<qint64> markerTime;
    QList<QStringList> markerKinds; // the marker events seen in each boot
    QString currentKey;
    int current = -1;
    qint64 previous = std::numeric_limits<qint64>::min();
    for (qsizetype i : std::as_const(order)) {
        const MatchedEvent &m = m_matched.at(i);
        const bool marker = m.role == QLatin1String("boot");
        const qint64 t = msecs(times.at(i));
        const bool known = times.at(i).isValid();
        bool start = false;
        if (current < 0 || keys.at(i) != currentKey) {
            start = true;
        } else if (marker) {
            // One startup logs each marker once; the same marker again is the next startup.
            const Boot &b = m_boots.at(current);
            start = !(b.fromMarker && known && t - markerTime.at(current) <= kMarkerMergeMs &&
                      !markerKinds.at(current).contains(m.entry->id));
        } else if (!m_boots.at(current).fromMarker && known &&
                   previous != std::numeric_limits<qint64>::min() && t - previous > kBootGapMs) {
            start = true;
        }
        if (start) {
            Boot b;
            b.index = int(m_boots.size());
            b.computer = displayName.value(keys.at(i));
            b.start = times.at(i);
            b.end = times.at(i);
            b.fromMarker = marker;
            m_boots << b;
            markerTime << t;
            markerKinds << QStringList();
            current = b.index;
            currentKey = keys.at(i);
        }
        Boot &b = m_boots[current];
        if (marker)
            markerKinds[current] << m.entry->id;
        if (known && (!b.end.isValid() || times.at(i) > b.end))
            b.end = times.at(i);
        if (!b.start.isValid() && known)
            b.start = times.at(i);
        bootOf[i] = current;
        if (known)
            previous = t;
    }

    // Per-boot facts and the KB 323304 signature.
    struct BootFacts
    {
        bool cse1612 = false;
        bool policy108 = false;
        bool install1612 = false;
    };
    QList<BootFacts> facts(m_boots.size());
    QList<bool> relevant(n, false);
    for (qsizetype i = 0; i < n; ++i) {
        const MatchedEvent &m = m_matched.at(i);
        relevant[i] = isRelevant(m);
        if (!relevant.at(i) || bootOf.at(i) < 0)
            continue;
        Boot &b = m_boots[bootOf.at(i)];
        BootFacts &f = facts[bootOf.at(i)];
        const CatalogueEntry *e = m.entry;
        if (m.role == QLatin1String("network-not-ready"))
            b.networkNotReady = true;
        if (m.role == QLatin1String("slow-link"))
            b.slowLink = true;
        if (m.role == QLatin1String("smb1-missing"))
            b.smb1Missing = true;
        if (isPackageFailureRole(m.role))
            ++b.failures;
        if (m.role == QLatin1String("pending"))
            ++b.pending;
        // Userenv 1085 and a text export's GroupPolicy 1085 carry no error code: the
        // extension failing in the same startup as the 1612 install failure is enough.
        if (m.role == QLatin1String("cse-failed") &&
            (m.errorCode == 1612 ||
             (m.errorCode < 0 && e->eventId == 1085 &&
              (isUserenv(e) || (m.fromText && !m.field(QStringLiteral("extension")).isEmpty())))))
            f.cse1612 = true;
        if (isApplicationManagement(e) && e->eventId == 108 &&
            m.role == QLatin1String("policy-failed") && (m.errorCode == 1612 || m.errorCode < 0))
            f.policy108 = true;
        if (isApplicationManagement(e) && (e->eventId == 101 || e->eventId == 102) &&
            m.role == QLatin1String("install-failed") && m.errorCode == 1612)
            f.install1612 = true;
    }
    for (qsizetype b = 0; b < m_boots.size(); ++b)
        m_boots[b].kb323304 =
            facts.at(b).cse1612 && facts.at(b).policy108 && facts.at(b).install1612;

    // Paths and servers (most recent first), error codes, causes.
    QList<qsizetype> newestFirst = order;
    std::stable_sort(newestFirst.begin(), newestFirst.end(), [&](qsizetype a, qsizetype b) {
        return msecs(times.at(a)) > msecs(times.at(b));
    });
    QList<QStringList> eventPaths(n);
    for (qsizetype i = 0; i < n; ++i) {
        const MatchedEvent &m = m_matched.at(i);
        if (!relevant.at(i) || !namesPackagePaths(m.role))
            continue;
        QStringList paths;
        for (const CatalogueField &f : m.entry->fields) {
            if (f.type == QLatin1String("path"))
                addUnique(paths, m.field(f.name));
        }
        for (const QString &p : EventText::extract(m.message).paths)
            addUnique(paths, p);
        eventPaths[i] = paths;
    }
    QHash<qint64, int> errorCount;
    QList<qint64> errorOrder;
    for (qsizetype i : std::as_const(newestFirst)) {
        const MatchedEvent &m = m_matched.at(i);
        if (!relevant.at(i))
            continue;
        for (const QString &p : eventPaths.at(i)) {
            addUnique(m_paths, p);
            addUnique(m_servers, hostOf(p));
        }
        if (namesPackagePaths(m.role))
            addUnique(m_servers, m.field(QStringLiteral("server")));
    }
    for (qsizetype i : std::as_const(order)) {
        const MatchedEvent &m = m_matched.at(i);
        if (!relevant.at(i) || EventCatalogue::isQuietRole(m.role))
            continue;
        if (m.errorCode > 0) {
            if (!errorCount.contains(m.errorCode))
                errorOrder << m.errorCode;
            ++errorCount[m.errorCode];
        }
        for (const QString &c : m.causes)
            addUnique(m_causes, c);
    }
    std::stable_sort(errorOrder.begin(), errorOrder.end(),
                     [&](qint64 a, qint64 b) { return errorCount.value(a) > errorCount.value(b); });
    for (qint64 code : std::as_const(errorOrder))
        m_errorCounts << qMakePair(code, errorCount.value(code));

    // Packages: failed and pending, keyed by computer + application + policy + error.
    const ErrorCodes &codes = ErrorCodes::builtin();
    QHash<QString, qsizetype> packageIndex;
    for (qsizetype i : std::as_const(order)) {
        const MatchedEvent &m = m_matched.at(i);
        const bool pending = m.role == QLatin1String("pending");
        if (!relevant.at(i) || !(pending || isPackageFailureRole(m.role)))
            continue;
        QString application = m.field(QStringLiteral("application"));
        if (application.isEmpty())
            application = m.field(QStringLiteral("product"));
        const QString policy = m.field(QStringLiteral("policy"));
        const QString key = keys.at(i) + QLatin1Char('\x1f') + application.toLower() +
                            QLatin1Char('\x1f') + policy.toLower() + QLatin1Char('\x1f') +
                            QString::number(m.errorCode) + QLatin1Char('\x1f') +
                            (pending ? QLatin1Char('p') : QLatin1Char('f'));
        qsizetype index = packageIndex.value(key, -1);
        if (index < 0) {
            Package p;
            p.computer = displayName.value(keys.at(i));
            p.application = application;
            p.policy = policy;
            p.errorCode = m.errorCode;
            if (const ErrorCode *c = codes.find(m.errorCode))
                p.errorName = c->name;
            p.firstSeen = times.at(i);
            p.pending = pending;
            index = m_packages.size();
            packageIndex.insert(key, index);
            m_packages << p;
        }
        Package &p = m_packages[index];
        ++p.count;
        if (times.at(i).isValid()) {
            if (!p.firstSeen.isValid() || times.at(i) < p.firstSeen)
                p.firstSeen = times.at(i);
            if (!p.lastSeen.isValid() || times.at(i) > p.lastSeen)
                p.lastSeen = times.at(i);
        }
        p.computerAssigned = p.computerAssigned || m.computerAssigned;
        addUnique(p.eventIds, m.entry->id);
        for (const QString &path : eventPaths.at(i))
            addUnique(p.paths, path);
    }
    // Fold what only repeats a known package into it: the policy-level and CSE-level failures
    // (no application) with the same error, and events that name the application but no code.
    auto absorb = [](Package &into, const Package &from) {
        for (const QString &id : from.eventIds)
            addUnique(into.eventIds, id);
        for (const QString &path : from.paths)
            addUnique(into.paths, path);
        into.computerAssigned = into.computerAssigned || from.computerAssigned;
    };
    QList<bool> dropped(m_packages.size(), false);
    for (qsizetype a = 0; a < m_packages.size(); ++a) {
        const Package &from = m_packages.at(a);
        QList<qsizetype> targets;
        for (qsizetype b = 0; b < m_packages.size(); ++b) {
            const Package &to = m_packages.at(b);
            if (a == b || dropped.at(b) || to.pending != from.pending ||
                computerKey(to.computer) != computerKey(from.computer) || to.errorCode < 0)
                continue;
            // An event naming a path only repeats a package that names the same path.
            bool pathsAgree = from.paths.isEmpty();
            for (const QString &path : from.paths)
                pathsAgree = pathsAgree || to.paths.contains(path, Qt::CaseInsensitive);
            if (from.application.isEmpty() && !to.application.isEmpty() && pathsAgree &&
                (from.errorCode < 0 || from.errorCode == to.errorCode))
                targets << b;
            else if (!from.application.isEmpty() && from.errorCode < 0 &&
                     sameText(from.application, to.application))
                targets << b;
            else if (from.application.isEmpty() && to.application.isEmpty() && from.errorCode < 0 &&
                     pathsAgree)
                targets << b;
        }
        if (targets.isEmpty())
            continue;
        for (qsizetype b : std::as_const(targets)) {
            absorb(m_packages[b], from);
            if (!from.application.isEmpty()) {
                Package &to = m_packages[b];
                to.count += from.count;
                if (from.firstSeen.isValid() &&
                    (!to.firstSeen.isValid() || from.firstSeen < to.firstSeen))
                    to.firstSeen = from.firstSeen;
                if (from.lastSeen.isValid() &&
                    (!to.lastSeen.isValid() || from.lastSeen > to.lastSeen))
                    to.lastSeen = from.lastSeen;
            }
        }
        dropped[a] = true;
    }
    QList<Package> kept;
    for (qsizetype a = 0; a < m_packages.size(); ++a) {
        if (!dropped.at(a))
            kept << m_packages.at(a);
    }
    m_packages = kept;
    // Installed later after all?
    for (Package &p : m_packages) {
        const QString key = computerKey(p.computer);
        for (qsizetype i = 0; i < n && !p.laterSucceeded; ++i) {
            const MatchedEvent &m = m_matched.at(i);
            if (!relevant.at(i) || !isSuccessRole(m.role) || keys.at(i) != key)
                continue;
            if (p.lastSeen.isValid() && (!times.at(i).isValid() || times.at(i) <= p.lastSeen))
                continue;
            QString application = m.field(QStringLiteral("application"));
            if (application.isEmpty())
                application = m.field(QStringLiteral("product"));
            const QString policy = m.field(QStringLiteral("policy"));
            if (p.application.isEmpty()) {
                p.laterSucceeded = isApplicationManagement(m.entry) && m.entry->eventId == 308;
            } else if (sameText(application, p.application) &&
                       (policy.isEmpty() || p.policy.isEmpty() || sameText(policy, p.policy))) {
                p.laterSucceeded = true;
            }
        }
        if (!p.paths.isEmpty())
            p.server = hostOf(p.paths.constFirst());
    }
    std::stable_sort(m_packages.begin(), m_packages.end(), [](const Package &a, const Package &b) {
        if (a.pending != b.pending)
            return !a.pending;
        return msecs(a.lastSeen) > msecs(b.lastSeen);
    });

    // The timeline: what the catalogue recognised, without the boot markers and without other
    // client-side extensions' routine.
    QList<Entry> timeline;
    for (qsizetype i : std::as_const(order)) {
        const MatchedEvent &m = m_matched.at(i);
        if (!relevant.at(i) || m.role == QLatin1String("boot"))
            continue;
        const EventRecord &r = m_records.at(i);
        Entry e;
        e.time = times.at(i);
        e.boot = bootOf.at(i);
        e.computer = displayName.value(keys.at(i));
        e.provider = r.provider;
        e.eventId = r.eventId;
        e.entryId = m.entry->id;
        e.role = m.role;
        e.level = levelName(r.level, m.entry->level);
        e.summary = summaryOf(m.message);
        e.errorCode = m.errorCode;
        e.file = m_recordFiles.at(i);
        e.recordId = r.recordId;
        timeline << e;
    }
    std::stable_sort(timeline.begin(), timeline.end(),
                     [](const Entry &a, const Entry &b) { return msecs(a.time) < msecs(b.time); });
    m_timelineTotal = timeline.size();
    if (timeline.size() > kTimelineLimit)
        timeline = timeline.mid(timeline.size() - kTimelineLimit);
    m_timeline = timeline;
    m_finished = true;
}

QList<EventHistory::Package> EventHistory::failedPackages() const
{
    QList<Package> out;
    for (const Package &p : m_packages) {
        if (!p.pending)
            out << p;
    }
    return out;
}

QList<EventHistory::Package> EventHistory::stillFailingPackages() const
{
    QList<Package> out;
    for (const Package &p : m_packages) {
        if (!p.pending && !p.laterSucceeded)
            out << p;
    }
    return out;
}

QList<EventHistory::Package> EventHistory::pendingPackages() const
{
    QList<Package> out;
    for (const Package &p : m_packages) {
        if (p.pending)
            out << p;
    }
    return out;
}

bool EventHistory::kb323304Signature() const
{
    return std::any_of(m_boots.cbegin(), m_boots.cend(), [](const Boot &b) { return b.kb323304; });
}

bool EventHistory::networkNotReady() const
{
    return std::any_of(m_boots.cbegin(), m_boots.cend(),
                       [](const Boot &b) { return b.networkNotReady; });
}

bool EventHistory::networkNotReadyWithFailure() const
{
    return std::any_of(m_boots.cbegin(), m_boots.cend(),
                       [](const Boot &b) { return b.networkNotReady && b.failures > 0; });
}

bool EventHistory::slowLink() const
{
    return std::any_of(m_boots.cbegin(), m_boots.cend(), [](const Boot &b) { return b.slowLink; });
}

bool EventHistory::smb1ClientMissing() const
{
    return std::any_of(m_boots.cbegin(), m_boots.cend(),
                       [](const Boot &b) { return b.smb1Missing; });
}

QStringList EventHistory::computers() const
{
    return m_computers;
}

QStringList EventHistory::paths() const
{
    return m_paths;
}

QStringList EventHistory::servers() const
{
    return m_servers;
}

QList<qint64> EventHistory::errorCodes() const
{
    QList<qint64> out;
    for (const auto &c : m_errorCounts)
        out << c.first;
    return out;
}

QStringList EventHistory::causes() const
{
    return m_causes;
}

qint64 EventHistory::recordsRead() const
{
    return m_recordsRead;
}

qint64 EventHistory::eventsMatched() const
{
    return m_matched.size();
}

QJsonObject EventHistory::toJson() const
{
    QJsonObject o;
    QJsonArray files;
    for (const FileInfo &f : m_files) {
        QJsonObject j;
        j.insert(QLatin1String("file"), f.file);
        j.insert(QLatin1String("format"), f.format);
        j.insert(QLatin1String("bytes"), double(f.bytes));
        j.insert(QLatin1String("records"), double(f.records));
        j.insert(QLatin1String("matched"), double(f.matched));
        j.insert(QLatin1String("ok"), f.ok);
        if (!f.error.isEmpty())
            j.insert(QLatin1String("error"), f.error);
        QJsonArray issues;
        for (const ReadIssue &i : f.issues) {
            QJsonObject ji;
            if (i.offset >= 0)
                ji.insert(QLatin1String("offset"), double(i.offset));
            if (i.line >= 0)
                ji.insert(QLatin1String("line"), double(i.line));
            ji.insert(QLatin1String("reason"), i.reason);
            if (i.recordsLost >= 0)
                ji.insert(QLatin1String("recordsLost"), double(i.recordsLost));
            issues.append(ji);
        }
        j.insert(QLatin1String("issues"), issues);
        files.append(j);
    }
    o.insert(QLatin1String("files"), files);
    o.insert(QLatin1String("recordsRead"), double(m_recordsRead));
    o.insert(QLatin1String("eventsMatched"), double(m_matched.size()));
    o.insert(QLatin1String("computers"), QJsonArray::fromStringList(m_computers));

    QJsonObject signatures;
    signatures.insert(QLatin1String("kb323304"), kb323304Signature());
    signatures.insert(QLatin1String("networkNotReady"), networkNotReady());
    signatures.insert(QLatin1String("slowLink"), slowLink());
    signatures.insert(QLatin1String("smb1ClientMissing"), smb1ClientMissing());
    o.insert(QLatin1String("signatures"), signatures);

    QJsonArray packages;
    for (const Package &p : m_packages) {
        QJsonObject j;
        j.insert(QLatin1String("computer"), p.computer);
        j.insert(QLatin1String("application"), p.application);
        j.insert(QLatin1String("policy"), p.policy);
        j.insert(QLatin1String("errorCode"), double(p.errorCode));
        j.insert(QLatin1String("errorName"), p.errorName);
        j.insert(QLatin1String("paths"), QJsonArray::fromStringList(p.paths));
        j.insert(QLatin1String("server"), p.server);
        j.insert(QLatin1String("firstSeen"), timeText(p.firstSeen));
        j.insert(QLatin1String("lastSeen"), timeText(p.lastSeen));
        j.insert(QLatin1String("count"), p.count);
        j.insert(QLatin1String("computerAssigned"), p.computerAssigned);
        j.insert(QLatin1String("pending"), p.pending);
        j.insert(QLatin1String("laterSucceeded"), p.laterSucceeded);
        j.insert(QLatin1String("eventIds"), QJsonArray::fromStringList(p.eventIds));
        packages.append(j);
    }
    o.insert(QLatin1String("packages"), packages);

    QJsonArray boots;
    for (const Boot &b : m_boots) {
        QJsonObject j;
        j.insert(QLatin1String("index"), b.index);
        j.insert(QLatin1String("computer"), b.computer);
        j.insert(QLatin1String("start"), timeText(b.start));
        j.insert(QLatin1String("end"), timeText(b.end));
        j.insert(QLatin1String("fromMarker"), b.fromMarker);
        j.insert(QLatin1String("kb323304"), b.kb323304);
        j.insert(QLatin1String("networkNotReady"), b.networkNotReady);
        j.insert(QLatin1String("slowLink"), b.slowLink);
        j.insert(QLatin1String("smb1Missing"), b.smb1Missing);
        j.insert(QLatin1String("failures"), b.failures);
        j.insert(QLatin1String("pending"), b.pending);
        boots.append(j);
    }
    o.insert(QLatin1String("boots"), boots);

    QJsonArray timeline;
    for (const Entry &e : m_timeline) {
        QJsonObject j;
        j.insert(QLatin1String("time"), timeText(e.time));
        j.insert(QLatin1String("boot"), e.boot);
        j.insert(QLatin1String("computer"), e.computer);
        j.insert(QLatin1String("provider"), e.provider);
        j.insert(QLatin1String("eventId"), int(e.eventId));
        j.insert(QLatin1String("entryId"), e.entryId);
        j.insert(QLatin1String("role"), e.role);
        j.insert(QLatin1String("level"), e.level);
        if (e.errorCode >= 0)
            j.insert(QLatin1String("errorCode"), double(e.errorCode));
        j.insert(QLatin1String("summary"), e.summary);
        j.insert(QLatin1String("file"), e.file);
        if (e.recordId)
            j.insert(QLatin1String("recordId"), double(e.recordId));
        timeline.append(j);
    }
    o.insert(QLatin1String("timeline"), timeline);
    o.insert(QLatin1String("timelineTotal"), double(m_timelineTotal));
    o.insert(QLatin1String("timelineLimit"), kTimelineLimit);
    o.insert(QLatin1String("timelineTruncated"), m_timelineTotal > m_timeline.size());

    o.insert(QLatin1String("paths"), QJsonArray::fromStringList(m_paths));
    o.insert(QLatin1String("servers"), QJsonArray::fromStringList(m_servers));
    QJsonArray errors;
    const ErrorCodes &codes = ErrorCodes::builtin();
    for (const auto &c : m_errorCounts) {
        QJsonObject j;
        j.insert(QLatin1String("code"), double(c.first));
        const ErrorCode *known = codes.find(c.first);
        j.insert(QLatin1String("name"), known ? known->name : QString());
        j.insert(QLatin1String("count"), c.second);
        errors.append(j);
    }
    o.insert(QLatin1String("errorCodes"), errors);
    o.insert(QLatin1String("causes"), QJsonArray::fromStringList(m_causes));
    return o;
}

} // namespace Gpsi

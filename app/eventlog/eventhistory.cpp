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

bool isPackageFailureRole(EventRole role)
{
    return role == EventRole::InstallFailed || role == EventRole::PolicyFailed ||
           role == EventRole::CseFailed || role == EventRole::MsiFailed ||
           role == EventRole::SrpBlocked;
}

bool isSuccessRole(EventRole role)
{
    return role == EventRole::Succeeded || role == EventRole::MsiSucceeded;
}

// Roles whose paths are not package paths (SYSVOL, domain controllers) or name none.
bool namesPackagePaths(EventRole role)
{
    switch (role) {
    case EventRole::DcUnreachable:
    case EventRole::NameFailed:
    case EventRole::NetworkNotReady:
    case EventRole::ClockSkew:
    case EventRole::Boot:
    case EventRole::Processing:
    case EventRole::SlowLink:
        return false;
    default:
        return true;
    }
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

// The application an event names ("product" in MsiInstaller's events).
QString applicationOf(const MatchedEvent &m)
{
    const QString application = m.field(QStringLiteral("application"));
    return application.isEmpty() ? m.field(QStringLiteral("product")) : application;
}

// Widens the package's first and last sighting to take in [first, last].
void widenSeen(EventHistory::Package &p, const QDateTime &first, const QDateTime &last)
{
    if (first.isValid() && (!p.firstSeen.isValid() || first < p.firstSeen))
        p.firstSeen = first;
    if (last.isValid() && (!p.lastSeen.isValid() || last > p.lastSeen))
        p.lastSeen = last;
}

// Does package `from` only repeat package `to` (see EventHistory::foldRepeatedPackages())?
bool repeats(const EventHistory::Package &from, const EventHistory::Package &to)
{
    if (to.pending != from.pending || computerKey(to.computer) != computerKey(from.computer) ||
        to.errorCode < 0)
        return false;
    // An event naming a path only repeats a package that names the same path.
    bool pathsAgree = from.paths.isEmpty();
    for (const QString &path : from.paths)
        pathsAgree = pathsAgree || to.paths.contains(path, Qt::CaseInsensitive);
    if (from.application.isEmpty() && !to.application.isEmpty() && pathsAgree &&
        (from.errorCode < 0 || from.errorCode == to.errorCode))
        return true;
    if (!from.application.isEmpty() && from.errorCode < 0 &&
        sameText(from.application, to.application))
        return true;
    return from.application.isEmpty() && to.application.isEmpty() && from.errorCode < 0 &&
           pathsAgree;
}

// The parts of EventHistory::toJson().
QJsonArray filesJson(const QList<EventHistory::FileInfo> &list)
{
    QJsonArray files;
    for (const EventHistory::FileInfo &f : list) {
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
    return files;
}

QJsonArray packagesJson(const QList<EventHistory::Package> &list)
{
    QJsonArray packages;
    for (const EventHistory::Package &p : list) {
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
    return packages;
}

QJsonArray bootsJson(const QList<EventHistory::Boot> &list)
{
    QJsonArray boots;
    for (const EventHistory::Boot &b : list) {
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
    return boots;
}

QJsonArray timelineJson(const QList<EventHistory::Entry> &list)
{
    QJsonArray timeline;
    for (const EventHistory::Entry &e : list) {
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
    return timeline;
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

// What the steps of finish() work out about the matched events and hand on to the next steps;
// each list is parallel to m_matched.
struct EventHistory::Pass
{
    qsizetype n = 0;
    QList<QString> keys;                 // computerKey() of the event's computer
    QList<QDateTime> times;              // the event's time (invalid when unknown)
    QHash<QString, QString> displayName; // computer key -> longest spelling seen
    QList<qsizetype> order;              // by computer, then time, then record ID
    QList<int> bootOf;                   // index into m_boots
    QList<bool> relevant;                // isRelevant()
    QList<QStringList> eventPaths;       // package paths the event names
};

void EventHistory::finish()
{
    clearResults();
    Pass pass = sortByComputerAndTime();
    findBoots(pass);
    markBootSignatures(pass);
    collectPathsAndCauses(pass);
    collectPackages(pass);
    foldRepeatedPackages();
    markLaterSuccesses(pass);
    buildTimeline(pass);
    m_finished = true;
}

void EventHistory::clearResults()
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
}

EventHistory::Pass EventHistory::sortByComputerAndTime()
{
    Pass pass;
    const qsizetype n = m_matched.size();
    pass.n = n;
    pass.keys.resize(n);
    pass.times.resize(n);
    for (qsizetype i = 0; i < n; ++i) {
        pass.keys[i] = computerKey(m_records.at(i).computer);
        pass.times[i] = m_records.at(i).time();
        const QString &name = m_records.at(i).computer.trimmed();
        QString &shown = pass.displayName[pass.keys.at(i)];
        if (name.size() > shown.size())
            shown = name;
    }
    pass.order.resize(n);
    for (qsizetype i = 0; i < n; ++i)
        pass.order[i] = i;
    const QList<QString> &keys = pass.keys;
    const QList<QDateTime> &times = pass.times;
    std::stable_sort(pass.order.begin(), pass.order.end(), [&](qsizetype a, qsizetype b) {
        if (keys.at(a) != keys.at(b))
            return keys.at(a) < keys.at(b);
        const qint64 ta = msecs(times.at(a));
        const qint64 tb = msecs(times.at(b));
        if (ta != tb)
            return ta < tb;
        return m_records.at(a).recordId < m_records.at(b).recordId;
    });
    for (auto it = pass.displayName.cbegin(); it != pass.displayName.cend(); ++it) {
        if (!it.value().isEmpty())
            m_computers << it.value();
    }
    m_computers.sort(Qt::CaseInsensitive);
    return pass;
}

// Boots, per computer: from markers, or from gaps where the log has none.
void EventHistory::findBoots(Pass &pass)
{
    pass.bootOf = QList<int>(pass.n, -1);
    QList<qint64> markerTime;
    QList<QStringList> markerKinds; // the marker events seen in each boot
    QString currentKey;
    int current = -1;
    qint64 previous = std::numeric_limits<qint64>::min();
    for (qsizetype i : std::as_const(pass.order)) {
        const MatchedEvent &m = m_matched.at(i);
        const QDateTime &time = pass.times.at(i);
        const bool marker = m.role == EventRole::Boot;
        const qint64 t = msecs(time);
        const bool known = time.isValid();
        bool start = false;
        if (current < 0 || pass.keys.at(i) != currentKey) {
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
            b.computer = pass.displayName.value(pass.keys.at(i));
            b.start = time;
            b.end = time;
            b.fromMarker = marker;
            m_boots << b;
            markerTime << t;
            markerKinds << QStringList();
            current = b.index;
            currentKey = pass.keys.at(i);
        }
        Boot &b = m_boots[current];
        if (marker)
            markerKinds[current] << m.entry->id;
        if (known && (!b.end.isValid() || time > b.end))
            b.end = time;
        if (!b.start.isValid() && known)
            b.start = time;
        pass.bootOf[i] = current;
        if (known)
            previous = t;
    }
}

// Per-boot facts and the KB 323304 signature.
void EventHistory::markBootSignatures(Pass &pass)
{
    struct BootFacts
    {
        bool cse1612 = false;
        bool policy108 = false;
        bool install1612 = false;
    };
    QList<BootFacts> facts(m_boots.size());
    pass.relevant = QList<bool>(pass.n, false);
    for (qsizetype i = 0; i < pass.n; ++i) {
        const MatchedEvent &m = m_matched.at(i);
        pass.relevant[i] = isRelevant(m);
        if (!pass.relevant.at(i) || pass.bootOf.at(i) < 0)
            continue;
        Boot &b = m_boots[pass.bootOf.at(i)];
        BootFacts &f = facts[pass.bootOf.at(i)];
        const CatalogueEntry *e = m.entry;
        if (m.role == EventRole::NetworkNotReady)
            b.networkNotReady = true;
        if (m.role == EventRole::SlowLink)
            b.slowLink = true;
        if (m.role == EventRole::Smb1Missing)
            b.smb1Missing = true;
        if (isPackageFailureRole(m.role))
            ++b.failures;
        if (m.role == EventRole::Pending)
            ++b.pending;
        // Userenv 1085 and a text export's GroupPolicy 1085 carry no error code: the
        // extension failing in the same startup as the 1612 install failure is enough.
        if (m.role == EventRole::CseFailed &&
            (m.errorCode == 1612 ||
             (m.errorCode < 0 && e->eventId == 1085 &&
              (isUserenv(e) || (m.fromText && !m.field(QStringLiteral("extension")).isEmpty())))))
            f.cse1612 = true;
        if (isApplicationManagement(e) && e->eventId == 108 && m.role == EventRole::PolicyFailed &&
            (m.errorCode == 1612 || m.errorCode < 0))
            f.policy108 = true;
        if (isApplicationManagement(e) && (e->eventId == 101 || e->eventId == 102) &&
            m.role == EventRole::InstallFailed && m.errorCode == 1612)
            f.install1612 = true;
    }
    for (qsizetype b = 0; b < m_boots.size(); ++b)
        m_boots[b].kb323304 =
            facts.at(b).cse1612 && facts.at(b).policy108 && facts.at(b).install1612;
}

// Paths and servers (most recent first), error codes, causes.
void EventHistory::collectPathsAndCauses(Pass &pass)
{
    QList<qsizetype> newestFirst = pass.order;
    std::stable_sort(newestFirst.begin(), newestFirst.end(), [&pass](qsizetype a, qsizetype b) {
        return msecs(pass.times.at(a)) > msecs(pass.times.at(b));
    });
    pass.eventPaths.resize(pass.n);
    for (qsizetype i = 0; i < pass.n; ++i) {
        const MatchedEvent &m = m_matched.at(i);
        if (!pass.relevant.at(i) || !namesPackagePaths(m.role))
            continue;
        QStringList paths;
        for (const CatalogueField &f : m.entry->fields) {
            if (f.type == QLatin1String("path"))
                addUnique(paths, m.field(f.name));
        }
        for (const QString &p : EventText::extract(m.message).paths)
            addUnique(paths, p);
        pass.eventPaths[i] = paths;
    }
    for (qsizetype i : std::as_const(newestFirst)) {
        const MatchedEvent &m = m_matched.at(i);
        if (!pass.relevant.at(i))
            continue;
        for (const QString &p : pass.eventPaths.at(i)) {
            addUnique(m_paths, p);
            addUnique(m_servers, hostOf(p));
        }
        if (namesPackagePaths(m.role))
            addUnique(m_servers, m.field(QStringLiteral("server")));
    }
    QHash<qint64, int> errorCount;
    QList<qint64> errorOrder;
    for (qsizetype i : std::as_const(pass.order)) {
        const MatchedEvent &m = m_matched.at(i);
        if (!pass.relevant.at(i) || EventCatalogue::isQuietRole(m.role))
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
}

// Packages: failed and pending, keyed by computer + application + policy + error.
void EventHistory::collectPackages(const Pass &pass)
{
    const ErrorCodes &codes = ErrorCodes::builtin();
    QHash<QString, qsizetype> packageIndex;
    for (qsizetype i : std::as_const(pass.order)) {
        const MatchedEvent &m = m_matched.at(i);
        const bool pending = m.role == EventRole::Pending;
        if (!pass.relevant.at(i) || !(pending || isPackageFailureRole(m.role)))
            continue;
        const QString application = applicationOf(m);
        const QString policy = m.field(QStringLiteral("policy"));
        const QString key = pass.keys.at(i) + QLatin1Char('\x1f') + application.toLower() +
                            QLatin1Char('\x1f') + policy.toLower() + QLatin1Char('\x1f') +
                            QString::number(m.errorCode) + QLatin1Char('\x1f') +
                            (pending ? QLatin1Char('p') : QLatin1Char('f'));
        const QDateTime &time = pass.times.at(i);
        qsizetype index = packageIndex.value(key, -1);
        if (index < 0) {
            Package p;
            p.computer = pass.displayName.value(pass.keys.at(i));
            p.application = application;
            p.policy = policy;
            p.errorCode = m.errorCode;
            if (const ErrorCode *c = codes.find(m.errorCode))
                p.errorName = c->name;
            p.firstSeen = time;
            p.pending = pending;
            index = m_packages.size();
            packageIndex.insert(key, index);
            m_packages << p;
        }
        Package &p = m_packages[index];
        ++p.count;
        widenSeen(p, time, time);
        p.computerAssigned = p.computerAssigned || m.computerAssigned;
        addUnique(p.eventIds, m.entry->id);
        for (const QString &path : pass.eventPaths.at(i))
            addUnique(p.paths, path);
    }
}

// Fold what only repeats a known package into it: the policy-level and CSE-level failures (no
// application) with the same error, and events that name the application but no code.
void EventHistory::foldRepeatedPackages()
{
    QList<bool> dropped(m_packages.size(), false);
    for (qsizetype a = 0; a < m_packages.size(); ++a) {
        const Package &from = m_packages.at(a);
        QList<qsizetype> targets;
        for (qsizetype b = 0; b < m_packages.size(); ++b) {
            if (a != b && !dropped.at(b) && repeats(from, m_packages.at(b)))
                targets << b;
        }
        if (targets.isEmpty())
            continue;
        for (qsizetype b : std::as_const(targets)) {
            Package &to = m_packages[b];
            for (const QString &id : from.eventIds)
                addUnique(to.eventIds, id);
            for (const QString &path : from.paths)
                addUnique(to.paths, path);
            to.computerAssigned = to.computerAssigned || from.computerAssigned;
            if (!from.application.isEmpty()) {
                to.count += from.count;
                widenSeen(to, from.firstSeen, from.lastSeen);
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
}

// Installed later after all? Then the most recent failures first, pending ones last.
void EventHistory::markLaterSuccesses(const Pass &pass)
{
    for (Package &p : m_packages) {
        const QString key = computerKey(p.computer);
        for (qsizetype i = 0; i < pass.n && !p.laterSucceeded; ++i) {
            const MatchedEvent &m = m_matched.at(i);
            if (!pass.relevant.at(i) || !isSuccessRole(m.role) || pass.keys.at(i) != key)
                continue;
            const QDateTime &time = pass.times.at(i);
            if (p.lastSeen.isValid() && (!time.isValid() || time <= p.lastSeen))
                continue;
            const QString application = applicationOf(m);
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
}

// The timeline: what the catalogue recognised, without the boot markers and without other
// client-side extensions' routine.
void EventHistory::buildTimeline(const Pass &pass)
{
    QList<Entry> timeline;
    for (qsizetype i : std::as_const(pass.order)) {
        const MatchedEvent &m = m_matched.at(i);
        if (!pass.relevant.at(i) || m.role == EventRole::Boot)
            continue;
        const EventRecord &r = m_records.at(i);
        Entry e;
        e.time = pass.times.at(i);
        e.boot = pass.bootOf.at(i);
        e.computer = pass.displayName.value(pass.keys.at(i));
        e.provider = r.provider;
        e.eventId = r.eventId;
        e.entryId = m.entry->id;
        e.role = EventCatalogue::roleName(m.role);
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
    o.insert(QLatin1String("files"), filesJson(m_files));
    o.insert(QLatin1String("recordsRead"), double(m_recordsRead));
    o.insert(QLatin1String("eventsMatched"), double(m_matched.size()));
    o.insert(QLatin1String("computers"), QJsonArray::fromStringList(m_computers));

    QJsonObject signatures;
    signatures.insert(QLatin1String("kb323304"), kb323304Signature());
    signatures.insert(QLatin1String("networkNotReady"), networkNotReady());
    signatures.insert(QLatin1String("slowLink"), slowLink());
    signatures.insert(QLatin1String("smb1ClientMissing"), smb1ClientMissing());
    o.insert(QLatin1String("signatures"), signatures);

    o.insert(QLatin1String("packages"), packagesJson(m_packages));
    o.insert(QLatin1String("boots"), bootsJson(m_boots));
    o.insert(QLatin1String("timeline"), timelineJson(m_timeline));
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

#include "liveeventreader.h"

#include <QLoggingCategory>
#include <QSet>

#include <algorithm>
#include <climits>
#include <map>
#include <set>
#include <utility>
#include <vector>

#include "xmlescape.h"
#include "xmleventreader.h"

namespace Gpsi {

Q_LOGGING_CATEGORY(lcLiveEvents, "gpsi.events.live", QtInfoMsg)

namespace {

// Channels as Windows registers them, in the order the queries run. Channel names are not
// case-sensitive for EvtQuery (they are registry key names under
// HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\WINEVT\Channels); the spelling here is the
// one Event Viewer and the Microsoft documentation show.
const char *const kChannelApplication = "Application";
const char *const kChannelSystem = "System";
const char *const kChannelGpOperational = "Microsoft-Windows-GroupPolicy/Operational";
// Microsoft-Windows-SMBClient writes to three admin/operational channels (Windows 8 / Server
// 2012 and later; on Windows 10 1709+ the SMB1 and guest events below appear there):
//   Connectivity: 30800-30825 connection failures, e.g. 30803 "Failed to establish a network
//     connection" (OSSEM data dictionary: keyword Smb_Connectivity; Windows audit-policy
//     tables list "Microsoft-Windows-SMBClient/Connectivity 30803").
//   Security: 31017 "Rejected an insecure guest logon." (KB 4046019 "Guest access in SMB2
//     and SMB3 disabled by default", Log Name: Microsoft-Windows-SmbClient/Security) and
//     32000 "SMB1 negotiate response received from remote device when SMB1 cannot be
//     negotiated by the local computer." (learn.microsoft.com "SMBv1 not installed by default
//     in Windows", Log Name: Microsoft-Windows-SmbClient/Security).
//   Operational: the remaining client events (30600s session/tree connect info).
const char *const kChannelSmbConnectivity = "Microsoft-Windows-SmbClient/Connectivity";
const char *const kChannelSmbSecurity = "Microsoft-Windows-SmbClient/Security";
const char *const kChannelSmbOperational = "Microsoft-Windows-SMBClient/Operational";
const char *const kChannelAppLockerMsi = "Microsoft-Windows-AppLocker/MSI and Script";

const char *const kKnownChannels[] = {
    kChannelApplication, kChannelSystem,         kChannelGpOperational, kChannelSmbConnectivity,
    kChannelSmbSecurity, kChannelSmbOperational, kChannelAppLockerMsi,
};

struct ProviderChannels
{
    const char *provider;    // lower case
    const char *channels[3]; // unused slots are null
};

// Where each provider writes, for catalogue entries that name no channel. Sources:
// domain.md section 2.1 (libyal/winevt-kb provider docs, the EventLog\System registration of
// "Application Management Group Policy"), section 2.5 and the Microsoft articles cited there.
const ProviderChannels kProviderChannels[] = {
    // XP/2003 classic source in the Application log; still registered there on Vista+.
    {"application management", {kChannelApplication}},
    // Vista+ classic source, registered under EventLog\System.
    {"application management group policy", {kChannelSystem}},
    // XP/2003 Group Policy / profile events (1000, 1085, 1054, ...), Application log.
    {"userenv", {kChannelApplication}},
    // Windows Installer (1033, 1007/1008, 11707/11708), Application log, 2000 to Windows 11.
    {"msiinstaller", {kChannelApplication}},
    // Vista+ Group Policy service: admin events (1085, 1112, 1129, 1054/1055) in System, the
    // processing trail (4016/5016/6016/7016, 6314, 7320/7326) in its Operational channel.
    {"microsoft-windows-grouppolicy", {kChannelSystem, kChannelGpOperational}},
    // 5719 "no domain controller available", System log (KB 938449).
    {"netlogon", {kChannelSystem}},
    // Boot markers 6005/6006/6008/6009/6013, System log.
    {"eventlog", {kChannelSystem}},
    // 12/13 "The operating system started/is shutting down", System log.
    {"microsoft-windows-kernel-general", {kChannelSystem}},
    {"microsoft-windows-kernel-boot", {kChannelSystem}},
    {"microsoft-windows-kernel-power", {kChannelSystem}},
    // Clock, Kerberos and name resolution on the client: System log.
    {"microsoft-windows-time-service", {kChannelSystem}},
    {"microsoft-windows-security-kerberos", {kChannelSystem}},
    {"kerberos", {kChannelSystem}},
    {"microsoft-windows-dns-client", {kChannelSystem}},
    {"lsasrv", {kChannelSystem}},
    // SMB client (see the channel notes above).
    {"microsoft-windows-smbclient",
     {kChannelSmbConnectivity, kChannelSmbSecurity, kChannelSmbOperational}},
    // Software restriction policies (865-868) in Application; AppLocker MSI rules in its own
    // channel.
    {"microsoft-windows-softwarerestrictionpolicies", {kChannelApplication}},
    {"microsoft-windows-applocker", {kChannelAppLockerMsi}},
};

// Events whose channel is documented, for catalogue entries that name no channel. Sources:
// see the SMBClient channel notes above (OSSEM keywords, KB 4046019, "SMBv1 not installed by
// default in Windows", Windows audit-policy channel tables). Other IDs of these providers go
// to every channel of kProviderChannels: missing an event costs more than a cheap query.
struct EventChannel
{
    const char *provider; // lower case
    quint16 eventId;
    const char *channel;
};

const EventChannel kEventChannels[] = {
    {"microsoft-windows-smbclient", 30800, kChannelSmbConnectivity}, // name not resolved
    {"microsoft-windows-smbclient", 30803, kChannelSmbConnectivity}, // connection failed
    {"microsoft-windows-smbclient", 30804, kChannelSmbConnectivity}, // connection dropped
    {"microsoft-windows-smbclient", 30805, kChannelSmbConnectivity}, // session lost
    {"microsoft-windows-smbclient", 30806, kChannelSmbConnectivity}, // session re-established
    {"microsoft-windows-smbclient", 31010, kChannelSmbSecurity},     // tree connect denied
    {"microsoft-windows-smbclient", 31017, kChannelSmbSecurity},     // insecure guest rejected
    {"microsoft-windows-smbclient", 31018, kChannelSmbSecurity},     // insecure guest enabled
    {"microsoft-windows-smbclient", 32000, kChannelSmbSecurity},     // SMB1 server, no SMB1
};

// Spellings of one provider name that occur in real logs (domain.md 2.7: "UserEnv", "Userenv"
// both occur). XPath compares @Name exactly as far as anyone documents, so both are selected.
const char *const kProviderVariants[][2] = {
    {"Userenv", "UserEnv"},
};

QString channelKey(const QString &channel)
{
    return channel.trimmed().toLower();
}

int channelRank(const QString &channel)
{
    const QString key = channelKey(channel);
    int rank = 0;
    for (const char *known : kKnownChannels) {
        if (key == QString::fromLatin1(known).toLower())
            return rank;
        ++rank;
    }
    return rank;
}

// One term of the EventID condition: a single ID or a run of consecutive IDs.
struct IdTerm
{
    quint16 first = 0;
    quint16 last = 0;
    int cost() const { return first == last ? 1 : 2; }
    QString text() const
    {
        if (first == last)
            return QStringLiteral("EventID=%1").arg(first);
        return QStringLiteral("(EventID>=%1 and EventID<=%2)").arg(first).arg(last);
    }
};

// Runs of three or more consecutive IDs become a range (2 expressions instead of 3+), the way
// Event Viewer writes "101-110" in its filter dialog. Still exactly the catalogue's IDs.
QList<IdTerm> idTerms(const QList<quint16> &sortedIds)
{
    QList<IdTerm> terms;
    qsizetype i = 0;
    while (i < sortedIds.size()) {
        qsizetype j = i;
        while (j + 1 < sortedIds.size() && sortedIds[j + 1] == sortedIds[j] + 1)
            ++j;
        if (j - i + 1 >= 3) {
            terms.append({sortedIds[i], sortedIds[j]});
        } else {
            for (qsizetype k = i; k <= j; ++k)
                terms.append({sortedIds[k], sortedIds[k]});
        }
        i = j + 1;
    }
    return terms;
}

QString buildXPath(const QStringList &literals, const QList<IdTerm> &terms,
                   const QString &timeBound)
{
    QStringList names;
    for (const QString &literal : literals)
        names.append(QStringLiteral("@Name=") + literal);
    QStringList ids;
    for (const IdTerm &term : terms)
        ids.append(term.text());
    QString condition =
        QStringLiteral("Provider[%1] and (%2)")
            .arg(names.join(QStringLiteral(" or ")), ids.join(QStringLiteral(" or ")));
    if (!timeBound.isEmpty())
        condition += QStringLiteral(" and ") + timeBound;
    return QStringLiteral("*[System[%1]]").arg(condition);
}

// Escapes for XML element text; attribute values (in double quotes) also escape '"'.
QString xmlEscaped(const QString &text, bool attribute = false)
{
    return escapeXml(text, XmlEscape{attribute, false, false, XmlEscape::Invalid::Keep});
}

QString structuredQuery(const QString &channel, const QStringList &xpaths)
{
    const QString path = xmlEscaped(channel, true);
    QString query = QStringLiteral("<QueryList><Query Id=\"0\" Path=\"%1\">").arg(path);
    for (const QString &xpath : xpaths)
        query += QStringLiteral("<Select Path=\"%1\">%2</Select>").arg(path, xmlEscaped(xpath));
    query += QLatin1String("</Query></QueryList>");
    return query;
}

constexpr int kMaxIssuesPerChannel = 200;
constexpr int kRetryExpressions = 8; // per XPath, after Windows rejected a query

void addIssue(ReadSummary &summary, const QString &reason, qint64 recordsLost = -1)
{
    if (summary.issues.size() > kMaxIssuesPerChannel)
        return;
    ReadIssue issue;
    issue.file = summary.file;
    issue.reason = summary.issues.size() == kMaxIssuesPerChannel
                       ? LiveEventReader::tr("further issues are not listed")
                       : reason;
    issue.recordsLost = recordsLost;
    summary.issues.append(issue);
}

// channel key -> (spelling, provider name as written -> IDs). Provider names are kept
// case-sensitively: each spelling is compared by Windows on its own.
struct ChannelSelection
{
    QString name;
    std::map<QString, std::set<quint16>> providers;
};
using ChannelSelections = std::map<QString, ChannelSelection>;

// The provider's name and the other spellings of it that occur in real logs.
QStringList providerSpellings(const QString &provider)
{
    QStringList spellings{provider};
    for (const auto &variants : kProviderVariants) {
        bool listed = false;
        for (const char *variant : variants)
            listed = listed || provider.compare(QLatin1String(variant), Qt::CaseInsensitive) == 0;
        if (!listed)
            continue;
        for (const char *variant : variants) {
            if (!spellings.contains(QLatin1String(variant)))
                spellings.append(QLatin1String(variant));
        }
    }
    return spellings;
}

// What each channel must select: the entries' providers (in every spelling) and IDs.
ChannelSelections selectChannels(const QList<CatalogueEntry> &entries)
{
    ChannelSelections channels;
    QSet<QString> skipped;
    for (const CatalogueEntry &entry : entries) {
        for (const QString &rawProvider : entry.providers) {
            const QString provider = rawProvider.trimmed();
            if (provider.isEmpty())
                continue;
            const QStringList spellings = providerSpellings(provider);
            const QStringList targets =
                entry.channel.trimmed().isEmpty()
                    ? LiveEventReader::channelsForEvent(provider, entry.eventId)
                    : QStringList{LiveEventReader::canonicalChannel(entry.channel)};
            for (const QString &target : targets) {
                ChannelSelection &channel = channels[channelKey(target)];
                if (channel.name.isEmpty())
                    channel.name = target;
                for (const QString &spelling : spellings) {
                    bool ok = false;
                    LiveEventReader::xpathLiteral(spelling, &ok);
                    if (!ok) {
                        skipped.insert(spelling);
                        continue;
                    }
                    channel.providers[spelling].insert(entry.eventId);
                }
            }
        }
    }
    for (const QString &provider : std::as_const(skipped))
        qCWarning(lcLiveEvents) << "provider name" << provider
                                << "holds both quote characters and cannot be written in an "
                                   "XPath literal: not queried";
    return channels;
}

// Providers with the same IDs share a Select: Provider[@Name='A' or @Name='B']. In a
// deterministic order: by the groups' first provider name.
std::vector<std::pair<QStringList, QList<quint16>>> providerGroups(const ChannelSelection &channel)
{
    std::map<std::vector<quint16>, QStringList> groups;
    for (const auto &[provider, ids] : channel.providers)
        groups[std::vector<quint16>(ids.begin(), ids.end())].append(provider);
    std::vector<std::pair<QStringList, QList<quint16>>> ordered;
    for (auto &[ids, providers] : groups) {
        std::sort(providers.begin(), providers.end(), [](const QString &a, const QString &b) {
            const int c = a.compare(b, Qt::CaseInsensitive);
            return c != 0 ? c < 0 : a < b;
        });
        ordered.emplace_back(providers, QList<quint16>(ids.begin(), ids.end()));
    }
    std::sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) {
        return a.first.first().compare(b.first.first(), Qt::CaseInsensitive) < 0;
    });
    return ordered;
}

// The XPaths for one group of providers, each within maxExpressions.
void appendXPaths(const QStringList &providers, const QList<quint16> &ids, int maxExpressions,
                  const QString &timeBound, QStringList &xpaths)
{
    const int timeCost = timeBound.isEmpty() ? 0 : 1;
    const QList<IdTerm> terms = idTerms(ids);
    // At least one ID term (cost <= 2) must fit next to the providers of a chunk.
    const qsizetype providersPerChunk = std::max(1, maxExpressions - timeCost - 2);
    for (qsizetype p = 0; p < providers.size(); p += providersPerChunk) {
        QStringList literals;
        for (const QString &provider : providers.mid(p, providersPerChunk))
            literals.append(LiveEventReader::xpathLiteral(provider));
        const int budget = maxExpressions - timeCost - int(literals.size());
        QList<IdTerm> chunk;
        int cost = 0;
        for (const IdTerm &term : terms) {
            if (!chunk.isEmpty() && cost + term.cost() > budget) {
                xpaths.append(buildXPath(literals, chunk, timeBound));
                chunk.clear();
                cost = 0;
            }
            chunk.append(term);
            cost += term.cost();
        }
        if (!chunk.isEmpty())
            xpaths.append(buildXPath(literals, chunk, timeBound));
    }
}

LiveChannelQuery channelQuery(const ChannelSelection &channel, int maxExpressions,
                              const QString &timeBound)
{
    LiveChannelQuery query;
    query.channel = channel.name;
    std::set<quint16> allIds;
    for (const auto &[provider, ids] : channel.providers) {
        allIds.insert(ids.begin(), ids.end());
        query.providers.append(provider);
    }
    query.eventIds = QList<quint16>(allIds.begin(), allIds.end());
    for (const auto &[providers, ids] : providerGroups(channel))
        appendXPaths(providers, ids, maxExpressions, timeBound, query.xpaths);
    for (const QString &xpath : std::as_const(query.xpaths))
        query.expressions = std::max(query.expressions, LiveEventReader::expressionCount(xpath));
    query.structured = query.xpaths.size() > 1;
    query.query =
        query.structured ? structuredQuery(query.channel, query.xpaths) : query.xpaths.first();
    return query;
}

// How the query ended, into the channel's summary.
void applyStatus(const LiveEventLog::Result &result, const LiveChannelQuery &query,
                 ReadSummary &summary)
{
    const QString detail = QString::fromStdString(result.errorText);
    switch (result.status) {
    case LiveEventLog::Status::Ok:
        summary.ok = true;
        if (result.error != 0)
            addIssue(summary, LiveEventReader::tr("part of the query failed: %1").arg(detail));
        break;
    case LiveEventLog::Status::Cancelled:
        summary.ok = true;
        summary.cancelled = true;
        break;
    case LiveEventLog::Status::ChannelNotFound:
        // Not a failure: the channel is younger than this Windows (SMBClient channels
        // before Windows 8) or its component is not installed.
        summary.ok = true;
        addIssue(summary, LiveEventReader::tr("the %1 log does not exist on this computer: %2")
                              .arg(query.channel, detail));
        break;
    case LiveEventLog::Status::AccessDenied:
        summary.error =
            LiveEventReader::tr("access to the %1 log was denied (run GPSI Doctor as an "
                                "administrator): %2")
                .arg(query.channel, detail);
        addIssue(summary, summary.error);
        break;
    case LiveEventLog::Status::InvalidQuery:
        qCWarning(lcLiveEvents) << "Windows rejected the query for" << query.channel << detail
                                << query.query;
        summary.error = LiveEventReader::tr("Windows rejected the query for the %1 log: %2")
                            .arg(query.channel, detail);
        addIssue(summary, summary.error);
        break;
    case LiveEventLog::Status::Unavailable:
        // Never an empty, clean history: the summary stays not ok and says why.
        summary.error =
            detail.isEmpty()
                ? LiveEventReader::tr("live event logs can only be read on Windows")
                : LiveEventReader::tr("live event logs are not available on this system (%1)")
                      .arg(detail);
        addIssue(summary, summary.error);
        break;
    case LiveEventLog::Status::Failed:
        summary.error =
            LiveEventReader::tr("cannot read the %1 log: %2").arg(query.channel, detail);
        addIssue(summary, summary.error);
        break;
    }
}

} // namespace

LiveEventReader::LiveEventReader(const EventCatalogue &catalogue)
    : m_entries(catalogue.entries())
{}

bool LiveEventReader::available() const
{
    return m_queryFunction ? true : LiveEventLog::available();
}

QStringList LiveEventReader::channelsForProvider(const QString &provider)
{
    const QString key = provider.trimmed().toLower();
    QStringList channels;
    for (const ProviderChannels &entry : kProviderChannels) {
        if (key == QLatin1String(entry.provider)) {
            for (const char *channel : entry.channels) {
                if (channel)
                    channels.append(QLatin1String(channel));
            }
            return channels;
        }
    }
    // Unknown provider and no channel in the catalogue: classic sources register under
    // EventLog\Application or EventLog\System, so look in both.
    return {QLatin1String(kChannelSystem), QLatin1String(kChannelApplication)};
}

QStringList LiveEventReader::channelsForEvent(const QString &provider, quint16 eventId)
{
    const QString key = provider.trimmed().toLower();
    for (const EventChannel &entry : kEventChannels) {
        if (entry.eventId == eventId && key == QLatin1String(entry.provider))
            return {QLatin1String(entry.channel)};
    }
    return channelsForProvider(provider);
}

QString LiveEventReader::canonicalChannel(const QString &channel)
{
    const QString key = channelKey(channel);
    for (const char *known : kKnownChannels) {
        if (key == QString::fromLatin1(known).toLower())
            return QLatin1String(known);
    }
    return channel.trimmed();
}

QString LiveEventReader::xpathLiteral(const QString &text, bool *ok)
{
    const bool apostrophe = text.contains(QLatin1Char('\''));
    const bool quote = text.contains(QLatin1Char('"'));
    if (ok)
        *ok = !(apostrophe && quote);
    if (apostrophe && quote)
        return {};
    const QChar delimiter = apostrophe ? QLatin1Char('"') : QLatin1Char('\'');
    return delimiter + text + delimiter;
}

int LiveEventReader::expressionCount(const QString &xpath)
{
    int count = 0;
    QChar inLiteral;
    for (qsizetype i = 0; i < xpath.size(); ++i) {
        const QChar c = xpath.at(i);
        if (!inLiteral.isNull()) {
            if (c == inLiteral)
                inLiteral = QChar();
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            inLiteral = c;
        } else if (c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('!')) {
            ++count;
            if (i + 1 < xpath.size() && xpath.at(i + 1) == QLatin1Char('='))
                ++i; // <=, >=, != are one operator
        } else if (c == QLatin1Char('=')) {
            ++count;
        }
    }
    return count;
}

QList<LiveChannelQuery> LiveEventReader::buildQueries(const QList<CatalogueEntry> &entries,
                                                      const LiveQueryOptions &options)
{
    const int maxExpressions = std::clamp(options.maxExpressions, 4, 32);
    const QString timeBound = options.days > 0
                                  ? QStringLiteral("TimeCreated[timediff(@SystemTime) <= %1]")
                                        .arg(qint64(options.days) * 86400000LL)
                                  : QString();
    QList<LiveChannelQuery> queries;
    for (const auto &[key, channel] : selectChannels(entries)) {
        if (!channel.providers.empty())
            queries.append(channelQuery(channel, maxExpressions, timeBound));
    }
    std::stable_sort(queries.begin(), queries.end(),
                     [](const LiveChannelQuery &a, const LiveChannelQuery &b) {
                         const int ra = channelRank(a.channel);
                         const int rb = channelRank(b.channel);
                         if (ra != rb)
                             return ra < rb;
                         return a.channel.compare(b.channel, Qt::CaseInsensitive) < 0;
                     });
    return queries;
}

LiveEventReader::QueryFunction LiveEventReader::queryFunction() const
{
    return m_queryFunction ? m_queryFunction : QueryFunction(&LiveEventLog::query);
}

QList<ReadSummary> LiveEventReader::read(const ReadOptions &options, const RecordSink &sink) const
{
    QList<ReadSummary> summaries;
    if (!available()) {
        ReadSummary summary;
        summary.file = QStringLiteral("live");
        summary.format = LogFormat::Format::Xml;
        summary.error = tr("live event logs can only be read on Windows");
        summaries.append(summary);
        return summaries;
    }
    const QList<LiveChannelQuery> channelQueries = queries();
    if (channelQueries.isEmpty())
        qCInfo(lcLiveEvents) << "the catalogue selects no events: nothing to read";
    bool stopped = false;
    qint64 done = 0;
    for (const LiveChannelQuery &channelQuery : channelQueries) {
        if (stopped || (options.cancel && options.cancel->load()))
            break;
        summaries.append(readChannel(channelQuery, options, sink, stopped));
        ++done;
        if (options.progress)
            options.progress(done, channelQueries.size());
    }
    return summaries;
}

ReadSummary LiveEventReader::readChannel(const LiveChannelQuery &channelQuery,
                                         const ReadOptions &options, const RecordSink &sink,
                                         bool &stopped) const
{
    ReadSummary summary;
    summary.file = QStringLiteral("live:") + channelQuery.channel;
    summary.format = LogFormat::Format::Xml;
    qint64 unparsed = 0;

    // Each event is parsed on its own: one bad event costs only itself.
    ReadOptions eventOptions = options;
    eventOptions.progress = nullptr;
    eventOptions.threads = 1;
    XmlEventReader xmlReader;
    const RecordSink recordSink = [&](const EventRecord &record) {
        if (!options.filter.isEmpty() &&
            !options.filter.accepts(record.provider, record.channel, record.eventId))
            return true;
        ++summary.recordsMatched;
        if (sink && !sink(record)) {
            stopped = true;
            return false;
        }
        return true;
    };
    const LiveEventLog::EventSink eventSink = [&](const std::wstring &eventXml) {
        const QByteArray bytes = QString::fromStdWString(eventXml).toUtf8();
        summary.bytes += bytes.size();
        const ReadSummary one =
            xmlReader.readData(QByteArrayView(bytes), eventOptions, recordSink, summary.file);
        summary.recordsSeen += one.recordsSeen;
        summary.recordsDamaged += one.recordsDamaged;
        for (const ReadIssue &issue : one.issues)
            addIssue(summary, issue.reason, issue.recordsLost);
        if (!one.ok) {
            ++unparsed;
            addIssue(summary, tr("an event could not be read: %1").arg(one.error), 1);
        }
        return !stopped && !(options.cancel && options.cancel->load());
    };

    LiveEventLog::Query query;
    query.channel = channelQuery.channel.toStdWString();
    query.xpath = channelQuery.query.toStdWString();
    qCDebug(lcLiveEvents) << "querying" << channelQuery.channel << channelQuery.query;
    LiveEventLog::Result result = queryFunction()(query, m_maxEvents, eventSink, options.cancel);
    if (result.status == LiveEventLog::Status::InvalidQuery && result.events == 0 &&
        channelQuery.expressions > kRetryExpressions)
        result = retrySmaller(channelQuery, result, query, eventSink, options, summary);
    applyStatus(result, channelQuery, summary);
    if (stopped)
        summary.cancelled = true;
    if (result.truncated)
        addIssue(summary, tr("stopped after %1 events (the limit per log)").arg(m_maxEvents));
    if (result.renderFailures > 0)
        addIssue(summary,
                 tr("%n event(s) could not be rendered by Windows", nullptr,
                    int(std::min<std::size_t>(result.renderFailures, INT_MAX))),
                 qint64(result.renderFailures));
    qCInfo(lcLiveEvents).noquote()
        << summary.file << LiveEventLog::statusId(result.status) << "events" << result.events
        << "records" << summary.recordsMatched << "unparsed" << unparsed;
    return summary;
}

LiveEventLog::Result
LiveEventReader::retrySmaller(const LiveChannelQuery &channelQuery, LiveEventLog::Result result,
                              LiveEventLog::Query &query, const LiveEventLog::EventSink &eventSink,
                              const ReadOptions &options, ReadSummary &summary) const
{
    // How Windows counts "expressions" is not documented precisely: when it rejects the query,
    // try once more with much smaller XPaths before giving up.
    LiveQueryOptions smaller = m_options;
    smaller.maxExpressions = kRetryExpressions;
    for (const LiveChannelQuery &retry : buildQueries(m_entries, smaller)) {
        if (retry.channel != channelQuery.channel)
            continue;
        qCWarning(lcLiveEvents) << "Windows rejected the query for" << channelQuery.channel << "("
                                << QString::fromStdString(result.errorText)
                                << "): retrying with at most" << kRetryExpressions
                                << "expressions per XPath";
        query.xpath = retry.query.toStdWString();
        result = queryFunction()(query, m_maxEvents, eventSink, options.cancel);
        if (result.status != LiveEventLog::Status::InvalidQuery)
            addIssue(summary, tr("Windows rejected the query with %1 expressions per "
                                 "XPath; it was read with at most %2")
                                  .arg(channelQuery.expressions)
                                  .arg(kRetryExpressions));
        break;
    }
    return result;
}

} // namespace Gpsi

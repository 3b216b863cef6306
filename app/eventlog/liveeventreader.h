#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

#include "eventcatalogue.h"
#include "eventreader.h"
#include "liveeventlog.h"

namespace Gpsi {

// One query for one live channel, built from the catalogue (LiveEventReader::buildQueries).
struct LiveChannelQuery
{
    QString channel;    // "System", "Microsoft-Windows-GroupPolicy/Operational", ...
    QStringList xpaths; // one XPath per Select, each within the expression limit
    // What EvtQuery gets: the XPath itself when there is one, else a structured query
    // (<QueryList><Query Id="0" Path=...><Select Path=...>...</Select>...</Query></QueryList>).
    QString query;
    bool structured = false;
    QStringList providers;   // the provider names the XPaths select, as written in them
    QList<quint16> eventIds; // every event ID selected on this channel, sorted
    int expressions = 0;     // the largest expression count among xpaths
};

struct LiveQueryOptions
{
    int days = 0; // > 0: only events of the last N days (timediff(@SystemTime)); 0 = all
    // Expressions per XPath (comparisons: @Name='..', EventID=N; a range costs 2, the time
    // bound 1). Windows allows 20 in a plain XPath and 32 per XPath of a structured query;
    // 20 keeps every XPath valid in both forms. Clamped to 4..32.
    int maxExpressions = 20;
};

// Reads the catalogue's events from the LIVE event logs of this computer (Windows only; see
// liveeventlog.h for the wevtapi seam). One query per channel selects exactly the catalogue's
// provider + event ID pairs, so the cost scales with the matches, not with the log sizes. Each
// event comes back as event XML and goes through XmlEventReader into an EventRecord.
// read() blocks: run it on a worker thread (the wevtapi handles stay on that thread).
class LiveEventReader
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::LiveEventReader)

public:
    // Runs one query; the default is LiveEventLog::query (tests put a fake in its place).
    using QueryFunction = std::function<LiveEventLog::Result(
        const LiveEventLog::Query &query, unsigned long maxEvents,
        const LiveEventLog::EventSink &sink, const std::atomic<bool> *cancel)>;

    explicit LiveEventReader(const EventCatalogue &catalogue = EventCatalogue::builtin());

    // True where live logs can be read (Windows), or when a query function was set.
    bool available() const;
    static bool platformAvailable() { return LiveEventLog::available(); }

    // The entries to look for (instead of the catalogue's).
    void setEntries(const QList<CatalogueEntry> &entries) { m_entries = entries; }
    const QList<CatalogueEntry> &entries() const { return m_entries; }
    void setOptions(const LiveQueryOptions &options) { m_options = options; }
    const LiveQueryOptions &options() const { return m_options; }
    // At most this many events per channel (0 = no limit); more is reported as an issue.
    void setMaxEventsPerChannel(unsigned long maxEvents) { m_maxEvents = maxEvents; }
    void setQueryFunction(QueryFunction function) { m_queryFunction = std::move(function); }

    QList<LiveChannelQuery> queries() const { return buildQueries(m_entries, m_options); }

    // Reads every channel's query and hands each record that passes options.filter to sink.
    // One summary per channel (file "live:System", format xml), with issues for a channel that
    // does not exist on this computer, access denied, events that could not be rendered or
    // parsed. Where live logs cannot be read, a single summary (file "live", ok = false) says
    // so. options.cancel and a sink returning false stop the reading (cancelled = true).
    QList<ReadSummary> read(const ReadOptions &options, const RecordSink &sink) const;

    // The query builder (portable, pure): catalogue entries -> one query per channel. An entry
    // with a channel goes to that channel; one without goes to the channels its provider
    // writes that event to (channelsForEvent). Sorted: Application, System, the known operational
    // channels, then any other channel by name.
    static QList<LiveChannelQuery> buildQueries(const QList<CatalogueEntry> &entries,
                                                const LiveQueryOptions &options = {});
    // Where a provider writes its events (case-insensitive): the documented mapping in
    // liveeventreader.cpp; providers it does not know go to System and Application.
    static QStringList channelsForProvider(const QString &provider);
    // Where this provider writes this event: the channel documented for the event where one
    // is (Microsoft-Windows-SMBClient 30803 -> Connectivity, 31017/32000 -> Security), else
    // channelsForProvider().
    static QStringList channelsForEvent(const QString &provider, quint16 eventId);
    // A channel name in the spelling Windows registers it with (known channels), else as is.
    static QString canonicalChannel(const QString &channel);
    // An XPath string literal: 'text', or "text" when text holds an apostrophe. Empty (and
    // *ok = false) when text holds both quote characters (XPath 1.0 has no escape for that).
    static QString xpathLiteral(const QString &text, bool *ok = nullptr);
    // Counts the expressions (comparisons) of an XPath the way buildQueries budgets them:
    // every =, !=, <, <=, >, >= outside string literals.
    static int expressionCount(const QString &xpath);

private:
    // One channel's query run and its outcome; stopped is set when the sink asked to stop.
    ReadSummary readChannel(const LiveChannelQuery &channelQuery, const ReadOptions &options,
                            const RecordSink &sink, bool &stopped) const;
    // After Windows rejected a query (result): the same channel once more with much smaller
    // XPaths. The new result, or result when there is nothing smaller to run.
    LiveEventLog::Result retrySmaller(const LiveChannelQuery &channelQuery,
                                      LiveEventLog::Result result, LiveEventLog::Query &query,
                                      const LiveEventLog::EventSink &eventSink,
                                      const ReadOptions &options, ReadSummary &summary) const;
    QueryFunction queryFunction() const;

    QList<CatalogueEntry> m_entries;
    LiveQueryOptions m_options;
    unsigned long m_maxEvents = 0;
    QueryFunction m_queryFunction;
};

} // namespace Gpsi

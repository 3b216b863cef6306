#pragma once

// Platform seam, free of Qt so that the Windows side (wevtapi) compiles with a bare mingw-w64:
// run one query against a LIVE event log channel of this computer and hand each matching
// event, rendered as event XML, to a callback. Two implementations, one chosen at build time:
//   liveeventlog_win.cpp   wevtapi.dll (EvtQuery / EvtNext / EvtRender), Windows Vista and later
//   liveeventlog_none.cpp  every other platform: available() is false, query() says Unavailable
// The call is synchronous and runs entirely on the calling thread (a wevtapi query handle may
// only be used on the thread that created it): run it on a worker thread of your own.
// LiveEventReader (liveeventreader.h) builds the queries from the event catalogue and turns
// the XML into EventRecords.
#include <atomic>
#include <cstddef>
#include <functional>
#include <string>

namespace Gpsi::LiveEventLog {

struct Query
{
    // The channel, exactly as Windows registers it ("System", "Application",
    // "Microsoft-Windows-GroupPolicy/Operational"). Channel names are not case-sensitive.
    std::wstring channel;
    // An XPath filter ("*[System[Provider[@Name='X'] and (EventID=1)]]"), or a structured
    // query (<QueryList>...), whose Select elements name their own Path. A structured query
    // must only name channels, never log files.
    std::wstring xpath;
};

// A small, stable set of outcomes (statusId() gives the ids used in logs and reports).
enum class Status {
    Ok,              // the query ran to its end (or to maxEvents)
    Unavailable,     // no live event log on this platform
    ChannelNotFound, // ERROR_EVT_CHANNEL_NOT_FOUND / ERROR_EVT_INVALID_CHANNEL_PATH
    InvalidQuery,    // ERROR_EVT_INVALID_QUERY and the ERROR_EVT_FILTER_* family
    AccessDenied,    // ERROR_ACCESS_DENIED / ERROR_PRIVILEGE_NOT_HELD (e.g. a Security channel)
    Cancelled,       // the cancel flag was set, or the sink returned false
    Failed,          // anything else; error and errorText say what
};

// "ok", "unavailable", "channel-not-found", "invalid-query", "access-denied", "cancelled",
// "failed".
inline const char *statusId(Status status)
{
    switch (status) {
    case Status::Ok:
        return "ok";
    case Status::Unavailable:
        return "unavailable";
    case Status::ChannelNotFound:
        return "channel-not-found";
    case Status::InvalidQuery:
        return "invalid-query";
    case Status::AccessDenied:
        return "access-denied";
    case Status::Cancelled:
        return "cancelled";
    case Status::Failed:
        break;
    }
    return "failed";
}

struct Result
{
    Status status = Status::Failed;
    bool available = false;         // false: this platform has no live event log
    unsigned long error = 0;        // the Win32 error code behind the status (0 = none)
    std::string errorName;          // "ERROR_EVT_CHANNEL_NOT_FOUND" for the codes mapped above
    std::string errorText;          // FormatMessageW text (UTF-8), plus wevtapi's extended status
    std::size_t events = 0;         // events rendered and handed to the sink
    std::size_t renderFailures = 0; // events EvtRender could not render (skipped)
    bool truncated = false;         // stopped because maxEvents events were delivered
};

// The rendered event XML (<Event xmlns=...>...</Event>, no RenderingInfo). Return false to stop.
using EventSink = std::function<bool(const std::wstring &eventXml)>;

// True where live logs can be read (Windows).
bool available();

// Runs the query (forward direction, oldest first), renders each event with EvtRenderEventXml
// and hands it to sink. maxEvents = 0: no limit. cancel (may be null) is polled between batches
// and between events.
Result query(const Query &query, unsigned long maxEvents, const EventSink &sink,
             const std::atomic<bool> *cancel);

} // namespace Gpsi::LiveEventLog

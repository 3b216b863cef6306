// wevtapi implementation of the live event log seam (liveeventlog.h), Windows Vista and later.
// EvtQuery (channel path, forward, tolerate query errors) -> EvtNext in batches with a timeout
// until ERROR_NO_MORE_ITEMS -> EvtRender(EvtRenderEventXml) with the buffer-size retry. Every
// EVT_HANDLE is owned by an RAII guard and closed with EvtClose, also on early exits. The query
// handle never leaves this function, so it is only used on the thread that created it.
// Free of Qt so that it compiles with a bare mingw-w64 (see liveeventlog.h).
#include "liveeventlog.h"

#include "io/nativeio.h"
#include "io/wintext.h"

#include <windows.h>

#include <winevt.h> // EvtQuery, EvtNext, EvtRender, EvtClose (wevtapi)

#include <algorithm>
#include <array>
#include <cstdio>
#include <exception>
#include <new>
#include <string>
#include <utility>
#include <vector>

#ifdef _MSC_VER
#pragma comment(lib, "wevtapi.lib")
#endif

namespace Gpsi::LiveEventLog {

namespace {

using WinText::narrow;

constexpr DWORD kBatchSize = 64;       // handles per EvtNext call
constexpr DWORD kNextTimeoutMs = 1000; // EvtNext wait; the cancel flag is polled in between
constexpr int kMaxTimeoutsInARow = 60; // a log that gives nothing for a minute is reported
constexpr DWORD kMaxRenderBytes = 16u * 1024u * 1024u; // one event's XML; larger = not rendered

// Owns one EVT_HANDLE and closes it with EvtClose.
class EvtHandle
{
public:
    EvtHandle() = default;
    explicit EvtHandle(EVT_HANDLE handle)
        : m_handle(handle)
    {}
    ~EvtHandle() { reset(); }
    EvtHandle(const EvtHandle &) = delete;
    EvtHandle &operator=(const EvtHandle &) = delete;
    EvtHandle(EvtHandle &&other) noexcept
        : m_handle(std::exchange(other.m_handle, nullptr))
    {}
    EvtHandle &operator=(EvtHandle &&other) noexcept
    {
        if (this != &other)
            reset(std::exchange(other.m_handle, nullptr));
        return *this;
    }

    EVT_HANDLE get() const { return m_handle; }
    explicit operator bool() const { return m_handle != nullptr; }
    void reset(EVT_HANDLE handle = nullptr)
    {
        if (m_handle)
            EvtClose(m_handle);
        m_handle = handle;
    }

private:
    EVT_HANDLE m_handle = nullptr;
};

void trimRight(std::string &text)
{
    while (!text.empty() && (text.back() == '\r' || text.back() == '\n' || text.back() == ' ' ||
                             text.back() == '\t'))
        text.pop_back();
}

// The system's text for a Win32 error code ("The specified channel could not be found.").
std::string systemMessage(DWORD code)
{
    wchar_t buffer[512] = {};
    const DWORD length =
        FormatMessageW(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, nullptr, code, 0,
                       buffer, DWORD(sizeof buffer / sizeof buffer[0]), nullptr);
    std::string text = length ? narrow(buffer, int(length)) : std::string();
    trimRight(text);
    if (text.empty()) {
        char fallback[48];
        std::snprintf(fallback, sizeof fallback, "Win32 error %lu",
                      static_cast<unsigned long>(code));
        text = fallback;
    }
    return text;
}

// wevtapi's extended status for the last failed call on this thread (for a query: where the
// XPath went wrong). Empty when there is none.
std::string extendedStatus()
{
    // Wine's wevtapi exports EvtGetExtendedStatus as a stub that aborts the process when called.
    if (!NativeIo::wineVersion().empty())
        return {};
    DWORD used = 0;
    EvtGetExtendedStatus(0, nullptr, &used);
    if (used == 0 || used > 64 * 1024)
        return {};
    std::vector<wchar_t> buffer(size_t(used) + 1, L'\0');
    if (EvtGetExtendedStatus(DWORD(buffer.size()), buffer.data(), &used) != ERROR_SUCCESS)
        return {};
    std::string text = narrow(buffer.data());
    trimRight(text);
    return text;
}

const char *errorName(DWORD code)
{
    switch (code) {
    case ERROR_ACCESS_DENIED:
        return "ERROR_ACCESS_DENIED";
    case ERROR_PRIVILEGE_NOT_HELD:
        return "ERROR_PRIVILEGE_NOT_HELD";
    case ERROR_TIMEOUT:
        return "ERROR_TIMEOUT";
    case ERROR_EVT_INVALID_CHANNEL_PATH:
        return "ERROR_EVT_INVALID_CHANNEL_PATH";
    case ERROR_EVT_INVALID_QUERY:
        return "ERROR_EVT_INVALID_QUERY";
    case ERROR_EVT_CHANNEL_NOT_FOUND:
        return "ERROR_EVT_CHANNEL_NOT_FOUND";
    case ERROR_EVT_QUERY_RESULT_STALE:
        return "ERROR_EVT_QUERY_RESULT_STALE";
    case ERROR_EVT_CHANNEL_CANNOT_ACTIVATE:
        return "ERROR_EVT_CHANNEL_CANNOT_ACTIVATE";
    case ERROR_EVT_FILTER_TOO_COMPLEX:
        return "ERROR_EVT_FILTER_TOO_COMPLEX";
    case ERROR_EVT_FILTER_ALREADYSCOPED:
    case ERROR_EVT_FILTER_NOTELTSET:
    case ERROR_EVT_FILTER_INVARG:
    case ERROR_EVT_FILTER_INVTEST:
    case ERROR_EVT_FILTER_INVTYPE:
    case ERROR_EVT_FILTER_PARSEERR:
    case ERROR_EVT_FILTER_UNSUPPORTEDOP:
    case ERROR_EVT_FILTER_UNEXPECTEDTOKEN:
    case ERROR_EVT_FILTER_OUT_OF_RANGE:
        return "ERROR_EVT_FILTER";
    default:
        break;
    }
    return "";
}

Status statusFor(DWORD code)
{
    switch (code) {
    case ERROR_SUCCESS:
        return Status::Ok;
    case ERROR_EVT_CHANNEL_NOT_FOUND:
    case ERROR_EVT_INVALID_CHANNEL_PATH:
        return Status::ChannelNotFound;
    case ERROR_ACCESS_DENIED:
    case ERROR_PRIVILEGE_NOT_HELD:
        return Status::AccessDenied;
    case ERROR_EVT_INVALID_QUERY:
    case ERROR_EVT_FILTER_TOO_COMPLEX:
    case ERROR_EVT_FILTER_ALREADYSCOPED:
    case ERROR_EVT_FILTER_NOTELTSET:
    case ERROR_EVT_FILTER_INVARG:
    case ERROR_EVT_FILTER_INVTEST:
    case ERROR_EVT_FILTER_INVTYPE:
    case ERROR_EVT_FILTER_PARSEERR:
    case ERROR_EVT_FILTER_UNSUPPORTEDOP:
    case ERROR_EVT_FILTER_UNEXPECTEDTOKEN:
    case ERROR_EVT_FILTER_OUT_OF_RANGE:
        return Status::InvalidQuery;
    default:
        break;
    }
    return Status::Failed;
}

void setError(Result &result, DWORD code, const std::string &detail = {})
{
    result.status = statusFor(code);
    result.error = code;
    result.errorName = errorName(code);
    result.errorText = systemMessage(code);
    if (!detail.empty())
        result.errorText += " (" + detail + ")";
}

bool cancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

bool isStructuredQuery(const std::wstring &query)
{
    for (wchar_t c : query) {
        if (c == L' ' || c == L'\t' || c == L'\r' || c == L'\n')
            continue;
        return c == L'<';
    }
    return false;
}

// EvtGetQueryInfo into a buffer of EVT_VARIANTs (properly aligned). Empty on failure.
std::vector<EVT_VARIANT> queryInfo(EVT_HANDLE query, EVT_QUERY_PROPERTY_ID id)
{
    DWORD used = 0;
    if (EvtGetQueryInfo(query, id, 0, nullptr, &used) ||
        GetLastError() != ERROR_INSUFFICIENT_BUFFER || used == 0 || used > 1024 * 1024)
        return {};
    std::vector<EVT_VARIANT> buffer((size_t(used) + sizeof(EVT_VARIANT) - 1) / sizeof(EVT_VARIANT));
    if (!EvtGetQueryInfo(query, id, DWORD(buffer.size() * sizeof(EVT_VARIANT)), buffer.data(),
                         &used))
        return {};
    return buffer;
}

// With EvtQueryTolerateQueryErrors, EvtQuery succeeds even when a path of a structured query
// cannot be read (a channel that does not exist on this Windows version, access denied). The
// per-path outcome is in EvtQueryStatuses (parallel to EvtQueryNames). Returns the first
// failure and whether every path failed.
struct PathFailure
{
    DWORD code = ERROR_SUCCESS;
    std::string path;
    bool allFailed = false;
};

PathFailure pathFailure(EVT_HANDLE query)
{
    PathFailure failure;
    const std::vector<EVT_VARIANT> statuses = queryInfo(query, EvtQueryStatuses);
    if (statuses.empty())
        return failure;
    const EVT_VARIANT &status = statuses.front();
    if ((status.Type & EVT_VARIANT_TYPE_MASK) != EvtVarTypeUInt32 ||
        !(status.Type & EVT_VARIANT_TYPE_ARRAY) || !status.UInt32Arr || status.Count == 0)
        return failure;
    const std::vector<EVT_VARIANT> names = queryInfo(query, EvtQueryNames);
    const EVT_VARIANT *name = names.empty() ? nullptr : &names.front();
    const bool haveNames = name && (name->Type & EVT_VARIANT_TYPE_MASK) == EvtVarTypeString &&
                           (name->Type & EVT_VARIANT_TYPE_ARRAY) && name->StringArr;
    DWORD failed = 0;
    for (DWORD i = 0; i < status.Count; ++i) {
        const DWORD code = status.UInt32Arr[i];
        if (code == ERROR_SUCCESS)
            continue;
        ++failed;
        if (failure.code == ERROR_SUCCESS) {
            failure.code = code;
            if (haveNames && i < name->Count && name->StringArr[i])
                failure.path = narrow(name->StringArr[i]);
        }
    }
    failure.allFailed = failed == status.Count;
    return failure;
}

// Renders one event as XML into buffer (reused between events). false: not rendered.
bool renderXml(EVT_HANDLE event, std::vector<wchar_t> &buffer, std::wstring &xml)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        DWORD used = 0;
        DWORD properties = 0;
        const DWORD bytes = DWORD(buffer.size() * sizeof(wchar_t));
        if (EvtRender(nullptr, event, EvtRenderEventXml, bytes, buffer.data(), &used,
                      &properties)) {
            // used counts bytes including the terminating null.
            size_t length = std::min<size_t>(used / sizeof(wchar_t), buffer.size());
            while (length > 0 && buffer[length - 1] == L'\0')
                --length;
            xml.assign(buffer.data(), length);
            return true;
        }
        if (GetLastError() != ERROR_INSUFFICIENT_BUFFER || used <= bytes || used > kMaxRenderBytes)
            return false;
        buffer.resize(size_t(used) / sizeof(wchar_t) + 1);
    }
    return false;
}

// Opens the query. Without a handle, result says why.
EvtHandle openQuery(const Query &q, Result &result)
{
    // A structured query names its paths itself; a plain XPath applies to the channel.
    const wchar_t *path = isStructuredQuery(q.xpath) ? nullptr : q.channel.c_str();
    // Cleared first: an implementation that fails without setting an error (Wine's) must not
    // leave a stale code from an earlier call to be reported as this query's.
    SetLastError(ERROR_SUCCESS);
    EvtHandle query(
        EvtQuery(nullptr, path, q.xpath.c_str(),
                 EvtQueryChannelPath | EvtQueryForwardDirection | EvtQueryTolerateQueryErrors));
    if (query)
        return query;
    const DWORD code = GetLastError();
    if (code == ERROR_SUCCESS || code == ERROR_CALL_NOT_IMPLEMENTED ||
        code == RPC_S_SERVER_UNAVAILABLE || code == EPT_S_NOT_REGISTERED) {
        // No handle and no error (Wine's wevtapi, which does not implement queries), or no
        // event log service to ask: not a failure of this log but no live logs at all.
        result.status = Status::Unavailable;
        result.error = code;
        result.errorName = code == ERROR_SUCCESS ? "no error" : errorName(code);
        result.errorText =
            code == ERROR_SUCCESS
                ? "EvtQuery returned no query handle and GetLastError() is 0: this system's "
                  "wevtapi does not run event queries"
                : "EvtQuery: " + systemMessage(code) + " (" + std::to_string(code) + ")";
        return query;
    }
    setError(result, code, extendedStatus());
    return query;
}

// Renders the query's events one by one into the sink. False when it ended early (cancelled,
// stopped by the sink or failed: result says which); true when every event was seen or the
// limit was reached.
bool readEvents(EVT_HANDLE query, unsigned long maxEvents, const EventSink &sink,
                const std::atomic<bool> *cancel, Result &result)
{
    std::vector<wchar_t> renderBuffer(16 * 1024, L'\0');
    std::wstring xml;
    // The guards for one batch: every handle EvtNext returns is owned at once (no allocation
    // in between), so that each is closed whatever happens below.
    std::array<EvtHandle, kBatchSize> batch;
    int timeoutsInARow = 0;
    for (;;) {
        if (cancelled(cancel)) {
            result.status = Status::Cancelled;
            return false;
        }
        EVT_HANDLE raw[kBatchSize] = {};
        DWORD returned = 0;
        if (!EvtNext(query, kBatchSize, raw, kNextTimeoutMs, 0, &returned)) {
            const DWORD code = GetLastError();
            if (code == ERROR_NO_MORE_ITEMS)
                return true;
            if (code == ERROR_TIMEOUT && ++timeoutsInARow < kMaxTimeoutsInARow)
                continue;
            setError(result, code);
            return false;
        }
        timeoutsInARow = 0;
        returned = std::min(returned, kBatchSize);
        for (DWORD i = 0; i < returned; ++i)
            batch[i].reset(raw[i]);
        for (DWORD i = 0; i < returned; ++i) {
            EvtHandle &event = batch[i];
            if (cancelled(cancel)) {
                result.status = Status::Cancelled;
                return false;
            }
            if (maxEvents != 0 && result.events >= maxEvents) {
                result.truncated = true;
                return true;
            }
            if (!renderXml(event.get(), renderBuffer, xml)) {
                ++result.renderFailures;
                continue;
            }
            event.reset(); // done with it: release the handle before the sink does its work
            ++result.events;
            if (sink && !sink(xml)) {
                result.status = Status::Cancelled;
                return false;
            }
        }
        for (DWORD i = 0; i < returned; ++i)
            batch[i].reset();
    }
}

Result run(const Query &q, unsigned long maxEvents, const EventSink &sink,
           const std::atomic<bool> *cancel)
{
    Result result;
    result.available = true;
    if (q.xpath.empty() || q.channel.empty()) {
        setError(result, ERROR_INVALID_PARAMETER, "empty channel or query");
        return result;
    }
    if (cancelled(cancel)) {
        result.status = Status::Cancelled;
        return result;
    }
    const EvtHandle query = openQuery(q, result);
    if (!query)
        return result;
    const PathFailure failure = pathFailure(query.get());
    if (failure.code != ERROR_SUCCESS && failure.allFailed) {
        setError(result, failure.code, failure.path);
        return result;
    }
    if (!readEvents(query.get(), maxEvents, sink, cancel, result))
        return result;

    result.status = Status::Ok;
    if (failure.code != ERROR_SUCCESS) {
        // Some paths of a structured query failed, others were read: keep what was read and
        // say which path failed.
        result.error = failure.code;
        result.errorName = errorName(failure.code);
        result.errorText = systemMessage(failure.code);
        if (!failure.path.empty())
            result.errorText += " (" + failure.path + ")";
    }
    return result;
}

} // namespace

bool available()
{
    return true;
}

Result query(const Query &q, unsigned long maxEvents, const EventSink &sink,
             const std::atomic<bool> *cancel)
{
    try {
        return run(q, maxEvents, sink, cancel);
    } catch (const std::bad_alloc &) {
        Result result;
        result.available = true;
        setError(result, ERROR_NOT_ENOUGH_MEMORY);
        return result;
    } catch (const std::exception &e) {
        Result result;
        result.available = true;
        result.status = Status::Failed;
        result.errorText = e.what();
        return result;
    }
}

} // namespace Gpsi::LiveEventLog

// The live event log seam (liveeventlog.h) where there is no Windows event log: nothing to
// read. Exported files (.evtx, .evt, XML, CSV, TXT) are read by the EventReaders everywhere.
#include "liveeventlog.h"

namespace Gpsi::LiveEventLog {

bool available()
{
    return false;
}

Result query(const Query &, unsigned long, const EventSink &, const std::atomic<bool> *)
{
    Result result;
    result.status = Status::Unavailable;
    result.available = false;
    result.errorText = "live event logs can only be read on Windows";
    return result;
}

} // namespace Gpsi::LiveEventLog

#pragma once

#include "eventreader.h"

namespace Gpsi {

// Windows XML Event Log (.evtx, Vista and later): file header, 64 KiB chunks parsed on a thread
// pool, binary XML with per-chunk template and name caches; the filter is applied to the event ID
// and provider before a record is rendered.
class EvtxReader : public EventReader
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::EvtxReader)

public:
    LogFormat::Format format() const override { return LogFormat::Format::Evtx; }

protected:
    void parse(QByteArrayView data, const ReadOptions &options, const RecordSink &sink,
               ReadSummary &summary) override;
};

} // namespace Gpsi

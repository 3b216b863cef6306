#pragma once

#include "eventreader.h"

namespace Gpsi {

// Legacy Windows event log (.evt, Windows 2000 / XP / 2003): EVENTLOGRECORDs in a circular file,
// wrapped and dirty files included.
class EvtReader : public EventReader
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::EvtReader)

public:
    LogFormat::Format format() const override { return LogFormat::Format::Evt; }

protected:
    void parse(QByteArrayView data, const ReadOptions &options, const RecordSink &sink,
               ReadSummary &summary) override;
};

} // namespace Gpsi

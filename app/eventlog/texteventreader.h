#pragma once

#include "eventreader.h"

namespace Gpsi {

// Event Viewer "Save as" text (tab-separated, same columns as the CSV layouts) and wevtutil qe
// /f:text blocks ("Event[0]: Log Name: ...").
class TextEventReader : public EventReader
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::TextEventReader)

public:
    LogFormat::Format format() const override { return LogFormat::Format::Text; }

protected:
    void parse(QByteArrayView data, const ReadOptions &options, const RecordSink &sink,
               ReadSummary &summary) override;
};

} // namespace Gpsi

#pragma once

#include "eventreader.h"

namespace Gpsi {

// Event XML: wevtutil qe /f:xml output (with or without a root element), Event Viewer "Save as
// XML", RenderedXml (RenderingInfo/Message becomes the record message). Streams one <Event>
// element at a time, so a damaged event costs only itself.
class XmlEventReader : public EventReader
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::XmlEventReader)

public:
    LogFormat::Format format() const override { return LogFormat::Format::Xml; }

    // One <Event> element (the "Event Xml:" part of an Event Viewer "Copy", a rendered event):
    // fills record and returns true, or returns false with a one-line reason.
    static bool parseEvent(QStringView xml, EventRecord &record, QString *error = nullptr);

protected:
    void parse(QByteArrayView data, const ReadOptions &options, const RecordSink &sink,
               ReadSummary &summary) override;
};

} // namespace Gpsi

#pragma once

#include "eventreader.h"

namespace Gpsi {

// Event Viewer "Save as" CSV (comma-separated): the XP/2003 layout (Date, Time, Source, Type,
// Category, Event, User, Computer, Description) and the Vista+ layout (Level, Date and Time,
// Source, Event ID, Task Category, message).
class CsvEventReader : public EventReader
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::CsvEventReader)

public:
    LogFormat::Format format() const override { return LogFormat::Format::Csv; }

protected:
    void parse(QByteArrayView data, const ReadOptions &options, const RecordSink &sink,
               ReadSummary &summary) override;
};

} // namespace Gpsi

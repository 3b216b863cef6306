#pragma once

#include <QString>

#include "eventrecord.h"

namespace Gpsi {

// Renders an EventRecord as Event XML in the Vista+ schema (System, EventData with named or
// unnamed Data and an optional Binary, RenderingInfo/Message when the record carries a
// message), single-quoted as wevtutil writes it. For inputs that hold no XML of their own
// (.evt, CSV, text exports) and for dump-events; every value is escaped.
class EventXml
{
public:
    static QString render(const EventRecord &record, QStringView binaryHex = {});
    // &, <, >, ", ' escaped; characters XML 1.0 cannot carry become U+FFFD.
    static QString escape(QStringView text);
};

} // namespace Gpsi

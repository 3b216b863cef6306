#pragma once

#include <QString>

#include "eventrecord.h"

namespace Gpsi {

// Renders an EventRecord as Event XML in the Vista+ schema (System, EventData with named or
// unnamed Data, RenderingInfo/Message when the record carries a message). For inputs that hold
// no XML of their own (.evt, CSV, text exports) and for reports; every value is escaped.
class EventXml
{
public:
    static QString render(const EventRecord &record);
    static QString escape(QStringView text); // &, <, >, ", ' and control characters
};

} // namespace Gpsi

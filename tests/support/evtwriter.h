#pragma once

#include <QByteArray>
#include <QList>

#include "eventlog/eventrecord.h"

namespace Gpsi::Test {

// Writes legacy .evt files (Windows 2000/XP/2003 EVENTLOGRECORDs) for tests and fuzz seeds.
// Fields taken from each EventRecord: recordId (0: its position + 1), fileTime (whole seconds),
// eventId | qualifiers << 16, level -> EventType (1/2 error, 3 warning, 4/5 information, 0 audit
// success/failure by the keywords, else EVENTLOG_SUCCESS), task, provider, computer, userSid and
// the data values as insertion strings.
struct EvtWriterOptions
{
    bool wrapped = false;   // circular buffer that has wrapped: a record crosses the file end
    bool dirty = false;     // header flag 0x1 with stale offsets (the EOF record is right)
    qint64 fileSize = 0;    // 0 = just big enough
    int corruptRecord = -1; // index of a record whose signature is destroyed
};

QByteArray buildEvt(const QList<Gpsi::EventRecord> &records, const EvtWriterOptions &options = {});

} // namespace Gpsi::Test

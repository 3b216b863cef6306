#pragma once

// What running a record's binary XML yields (internal to EvtxReader): the chunk's element and
// attribute names, and the flat list of events (start, attribute, text, end) over one UTF-16
// text buffer. ChunkParser builds them; its field extraction and EvtxXmlWriter read them.

#include <QtGlobal>

namespace Gpsi::EvtxDetail {

// The names the field extraction looks for.
enum Known : quint8 {
    KnNone,
    KnSystem,
    KnProvider,
    KnEventID,
    KnVersion,
    KnLevel,
    KnTask,
    KnOpcode,
    KnKeywords,
    KnTimeCreated,
    KnEventRecordID,
    KnCorrelation,
    KnChannel,
    KnComputer,
    KnSecurity,
    KnEventData,
    KnData,
    KnUserData,
    KnName,
    KnGuid,
    KnEventSourceName,
    KnQualifiers,
    KnSystemTime,
    KnUserID,
    KnActivityID,
    KnXmlns,
};

// A name of the chunk, stored once in the name pool.
struct NameEntry
{
    quint32 begin = 0; // in the name pool
    quint32 len = 0;
    Known known = KnNone;
};

// One event of a record; text and attribute values are ranges of the text buffer.
enum EvKind : quint8 { EvStart, EvAttr, EvText, EvCData, EvRaw, EvEnd };

struct Ev
{
    EvKind kind;
    quint8 srcType; // the value type a text or attribute came from (VtString for literals)
    quint16 spare;
    quint32 name;
    quint32 begin; // in the text buffer
    quint32 len;
    quint32 srcOffset; // the value's bytes in the chunk, for a single substitution
    quint32 srcSize;
};

} // namespace Gpsi::EvtxDetail

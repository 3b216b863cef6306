#pragma once

// Test-only writer for Windows XML Event Log files (.evtx), built from the libevtx format
// documentation and shaped like the files Windows 7-11 write: a 4 KiB file header, 64 KiB
// chunks with their common-string and template tables, records made of a fragment header and
// a template instance whose definition is written inline on first use in a chunk and
// referenced by offset afterwards. The System part follows Windows' own system templates (one
// for classic sources with the provider, channel and computer as literal text, one for manifest
// providers with name, GUID and channel as substitutions); the EventData part is a nested
// binary-XML value (type 0x21) with its own template, as Windows writes it.
//
// Every file it writes is valid: CRC32s over the file header, each chunk header and each
// chunk's records (unless noCrc), correct chunk count, last chunk number and next record id.
// python-evtx 0.6.1 and evtxexport read them (tests/unit/tst_evtxwriter.cpp checks both).

#include <QByteArray>
#include <QList>

#include "eventlog/eventrecord.h"

namespace Gpsi::Test {

struct EvtxWriterOptions
{
    int recordsPerChunk = 0;  // 0 = fill each chunk before starting the next
    bool dirty = false;       // file header flag 0x1
    int corruptChunk = -1;    // this chunk (0-based) gets a zeroed magic and wrong CRC32s
    bool noCrc = false;       // header flag 0x4: every CRC32 stored as 0 (chunk flags 0x5)
    quint16 minorVersion = 1; // 1 (Vista-Windows 10 1909) or 2 (Windows 10 2004 and later)
    // Data values that look typed are written with that type instead of as strings: decimal
    // numbers as the smallest fitting UInt8/16/32/64 or Int8/16/32/64, "0x" + 8 or 16 lower-case
    // hex digits as HexInt32/HexInt64, lower-case "{...}" GUIDs as Guid, "S-1-..." as Sid,
    // "true"/"false" as Bool. Every choice renders back to the same text (booleans: python-evtx
    // writes "True"/"False"). Off: every data value is a UTF-16 string.
    bool typedValues = false;
    // Classic (GUID-less) events carry their insertion strings the way Windows writes them: one
    // string-array substitution (0x81) that repeats <Data>. python-evtx 0.6.1 cannot render
    // arrays (it prints "<string>" text inside one <Data>), so this is off by default and the
    // writer gives each insertion string its own <Data> and substitution.
    bool classicStringArray = false;
};

// The whole file. Records whose recordId is 0 get the previous id + 1 (the first gets 1).
// Classic sources (empty providerGuid) use the classic system template; hasQualifiers adds
// EventID/@Qualifiers. A record too large for one chunk is left out (with a warning).
QByteArray buildEvtx(const QList<Gpsi::EventRecord> &records,
                     const EvtxWriterOptions &options = {});

// The Execution/@ProcessID and @ThreadID the writer gives a manifest event (EventRecord has no
// field for them): one process per provider, a thread per record. The XML fixtures use them too.
quint32 evtxProcessId(const Gpsi::EventRecord &record);
quint32 evtxThreadId(const Gpsi::EventRecord &record);

// CRC-32 as EVTX uses it (RFC 1952, initial value 0).
quint32 evtxCrc32(const char *data, qsizetype size);

} // namespace Gpsi::Test

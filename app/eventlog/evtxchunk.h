#pragma once

// One EVTX chunk (64 KiB) read on its own: chunk header and checksums, the records, binary XML
// with the chunk's name and template caches, the prefilter, the EventRecord fields (the XML:
// EvtxXmlWriter). Internal to EvtxReader; chunks are independent, so one ChunkParser per worker
// thread.

#include <QList>
#include <QString>

#include <memory>
#include <vector>

#include "eventreader.h"
#include "eventrecord.h"

namespace Gpsi::EvtxDetail {

constexpr qsizetype kFileHeaderSize = 4096;
constexpr qsizetype kChunkSize = 65536;
constexpr qsizetype kChunkHeaderSize = 512;

struct ChunkTask
{
    const uchar *data = nullptr; // the chunk's bytes
    qsizetype size = 0;          // kChunkSize, or less where the file ends inside the chunk
    int index = 0;               // 0-based chunk number in the file
    qint64 fileOffset = 0;       // where the chunk starts in the file
    bool counted = false;        // the file header's chunk count includes this chunk
    bool hole = false;           // a hole of a sparse file: all zeros, not to be touched
};

struct ChunkSettings
{
    const EventFilter *filter = nullptr;
    bool renderXml = false;
    bool crcsOptional = false; // file header flag 0x4: checksums stored as 0 are not checked
    QString file;              // names the input in issues
};

struct ChunkResult
{
    std::vector<EventRecord> records; // the records that passed the filter, in chunk order
    QList<ReadIssue> issues;
    qint64 seen = 0;
    qint64 damaged = 0;
    bool wiped = false; // all zeros although the file header counts the chunk
    void clear()
    {
        records.clear();
        issues.clear();
        seen = 0;
        damaged = 0;
        wiped = false;
    }
};

class ChunkParser
{
public:
    ChunkParser();
    ~ChunkParser();
    ChunkParser(const ChunkParser &) = delete;
    ChunkParser &operator=(const ChunkParser &) = delete;

    void parse(const ChunkTask &task, const ChunkSettings &settings, ChunkResult &result);

private:
    class Impl;
    std::unique_ptr<Impl> d;
};

} // namespace Gpsi::EvtxDetail

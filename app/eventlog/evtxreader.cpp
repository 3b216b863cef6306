#include "evtxreader.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QThread>
#include <QThreadPool>
#include <QWaitCondition>

#include <atomic>
#include <cstring>

#include "evtxchunk.h"
#include "evtxvalue.h"

// File header, then every 64 KiB block of the file is a chunk (dirty files hold more chunks
// than their header counts; unused blocks are all zeros and are passed over silently). Chunks
// are independent: with more than one thread they are parsed on a pool, at most a small window
// of them at a time so memory stays flat whatever the file size, and the records are handed to
// the sink in file order on the calling thread.
//
// EventRecord::fileTime is TimeCreated/@SystemTime; the record header's "written" time is used
// only when the event has no readable SystemTime.

namespace Gpsi {

Q_LOGGING_CATEGORY(lcEvtx, "gpsi.events.evtx", QtInfoMsg)

using namespace EvtxDetail;

namespace {

struct HeaderInfo
{
    quint16 versionMinor = 0;
    quint16 versionMajor = 0;
    quint16 chunkCount = 0;
    quint32 flags = 0;
    bool crcsOptional = false;
};

// Chunks the header counts but that hold only zeros, reported as one issue per run.
struct WipedRun
{
    qint64 first = -1;
    qint64 last = -1;

    void flush(ReadSummary &summary)
    {
        if (first < 0)
            return;
        ReadIssue issue;
        issue.file = summary.file;
        issue.offset = kFileHeaderSize + first * kChunkSize;
        issue.reason = first == last
                           ? EvtxReader::tr("chunk %1 is all zeros although the file header "
                                            "counts it")
                                 .arg(first)
                           : EvtxReader::tr("chunks %1 to %2 are all zeros although the file "
                                            "header counts them")
                                 .arg(first)
                                 .arg(last);
        summary.issues.append(issue);
        first = last = -1;
    }
};

// Delivers one chunk's results; false when the sink asked to stop.
bool deliver(qint64 index, ChunkResult &result, const RecordSink &sink, ReadSummary &summary,
             WipedRun &wiped)
{
    if (result.wiped) {
        if (wiped.first < 0)
            wiped.first = index;
        wiped.last = index;
        return true;
    }
    wiped.flush(summary);
    summary.recordsSeen += result.seen;
    summary.recordsDamaged += result.damaged;
    summary.issues.append(result.issues);
    for (const EventRecord &record : result.records) {
        ++summary.recordsMatched;
        if (sink && !sink(record))
            return false;
    }
    return true;
}

// The file header (the caller has checked that its 128 bytes are there); what does not look
// right is reported and read past.
HeaderInfo readHeader(const uchar *d, ReadSummary &summary)
{
    HeaderInfo header;
    header.versionMinor = le16(d + 36);
    header.versionMajor = le16(d + 38);
    header.chunkCount = le16(d + 42);
    header.flags = le32(d + 120);
    const quint32 storedCrc = le32(d + 124);
    // Flag 0x4: the writer stored no checksums (every CRC field is 0). Only a CRC of 0 is
    // excused, so garbage flags cannot hide real damage.
    header.crcsOptional = header.flags & 0x4;
    const quint32 crc = crc32(d, 120);
    if (crc != storedCrc && !(header.crcsOptional && storedCrc == 0))
        summary.addIssueAtOffset(
            124, EvtxReader::tr("file header checksum mismatch (stored 0x%1, computed 0x%2)")
                     .arg(storedCrc, 8, 16, QLatin1Char('0'))
                     .arg(crc, 8, 16, QLatin1Char('0')));
    if (header.versionMajor != 3)
        summary.addIssueAtOffset(38, EvtxReader::tr("unexpected format version %1.%2")
                                         .arg(header.versionMajor)
                                         .arg(header.versionMinor));
    if (le32(d + 32) != 128 || le16(d + 40) != kFileHeaderSize)
        summary.addIssueAtOffset(
            32, EvtxReader::tr("unexpected header size %1 / block size %2; assuming 128 / 4096")
                    .arg(le32(d + 32))
                    .arg(le16(d + 40)));
    if (header.flags & ~quint32(0x7))
        summary.addIssueAtOffset(
            120, EvtxReader::tr("file header flags 0x%1 hold unknown bits (ignored)")
                     .arg(header.flags, 8, 16, QLatin1Char('0')));
    return header;
}

// Reads the chunks of one file, on one thread or on a pool, and delivers their records in
// file order.
class ChunkRun
{
public:
    ChunkRun(const uchar *d, qsizetype size, const HeaderInfo &header, const ReadOptions &options,
             const RecordSink &sink, ReadSummary &summary)
        : m_d(d)
        , m_size(size)
        , m_chunkCount(header.chunkCount)
        , m_options(options)
        , m_sink(sink)
        , m_summary(summary)
    {
        m_settings.filter = &options.filter;
        m_settings.renderXml = options.renderXml;
        m_settings.crcsOptional = header.crcsOptional;
        m_settings.file = summary.file;
    }

    void readSerial(qint64 blocks);
    void readParallel(qint64 blocks, int threads);

private:
    ChunkTask taskFor(qint64 index) const
    {
        ChunkTask task;
        task.index = int(index);
        task.fileOffset = kFileHeaderSize + index * kChunkSize;
        task.data = m_d + task.fileOffset;
        task.size = qMin<qint64>(kChunkSize, m_size - task.fileOffset);
        task.counted = index < m_chunkCount;
        task.hole = m_options.isHole && m_options.isHole(task.fileOffset, task.size);
        return task;
    }
    bool cancelled() const { return m_options.cancel && m_options.cancel->load(); }
    void progress(qint64 delivered) const
    {
        if (m_options.doneWith) // chunks are read once: their pages need not stay in memory
            m_options.doneWith(kFileHeaderSize + (delivered - 1) * kChunkSize, kChunkSize);
        if (m_options.progress)
            m_options.progress(qMin<qint64>(m_size, kFileHeaderSize + delivered * kChunkSize),
                               m_size);
    }

    const uchar *m_d;
    qsizetype m_size;
    quint16 m_chunkCount;
    const ReadOptions &m_options;
    const RecordSink &m_sink;
    ReadSummary &m_summary;
    ChunkSettings m_settings;
    WipedRun m_wiped;
};

void ChunkRun::readSerial(qint64 blocks)
{
    ChunkParser parser;
    ChunkResult result;
    for (qint64 i = 0; i < blocks; ++i) {
        if (cancelled()) {
            m_summary.cancelled = true;
            break;
        }
        result.clear();
        parser.parse(taskFor(i), m_settings, result);
        if (!deliver(i, result, m_sink, m_summary, m_wiped)) {
            m_summary.cancelled = true;
            break;
        }
        progress(i + 1);
    }
    m_wiped.flush(m_summary);
}

void ChunkRun::readParallel(qint64 blocks, int threads)
{
    // A bounded window of chunks in flight; results are taken in order.
    const qint64 window = qint64(threads) * 2 + 2;
    struct Slot
    {
        ChunkResult result;
        bool done = false;
    };
    std::vector<Slot> slots(static_cast<size_t>(window));
    std::vector<std::unique_ptr<ChunkParser>> idle;
    for (int i = 0; i < threads; ++i)
        idle.push_back(std::make_unique<ChunkParser>());
    QMutex mutex;
    QWaitCondition doneCondition;
    std::atomic<bool> abort(false);
    QThreadPool pool;
    pool.setMaxThreadCount(threads);

    auto submit = [&](qint64 index) {
        slots[size_t(index % window)].done = false;
        const ChunkTask task = taskFor(index);
        pool.start([&, task, index]() {
            Slot &s = slots[size_t(index % window)];
            s.result.clear(); // the previous chunk's records are freed here, off the caller
            if (!abort.load()) {
                std::unique_ptr<ChunkParser> parser;
                {
                    QMutexLocker locker(&mutex);
                    parser = std::move(idle.back());
                    idle.pop_back();
                }
                parser->parse(task, m_settings, s.result);
                QMutexLocker locker(&mutex);
                idle.push_back(std::move(parser));
            }
            QMutexLocker locker(&mutex);
            s.done = true;
            doneCondition.wakeAll();
        });
    };

    qint64 next = 0;
    for (qint64 i = 0; i < blocks; ++i) {
        if (cancelled()) {
            m_summary.cancelled = true;
            break;
        }
        while (next < blocks && next < i + window)
            submit(next++);
        Slot &slot = slots[size_t(i % window)];
        {
            QMutexLocker locker(&mutex);
            while (!slot.done)
                doneCondition.wait(&mutex);
        }
        if (!deliver(i, slot.result, m_sink, m_summary, m_wiped)) {
            m_summary.cancelled = true;
            break;
        }
        progress(i + 1);
    }
    abort = true;
    pool.waitForDone();
    m_wiped.flush(m_summary);
}

} // namespace

void EvtxReader::parse(QByteArrayView data, const ReadOptions &options, const RecordSink &sink,
                       ReadSummary &summary)
{
    const uchar *d = reinterpret_cast<const uchar *>(data.data());
    const qsizetype size = data.size();
    if (size < 8 || std::memcmp(d, "ElfFile\0", 8) != 0) {
        summary.error = tr("not an EVTX event log (no \"ElfFile\" signature)");
        return;
    }
    if (size < 128) {
        summary.error = tr("the EVTX file header is cut off after %1 bytes").arg(size);
        return;
    }
    summary.ok = true;
    const HeaderInfo header = readHeader(d, summary);
    if (size <= kFileHeaderSize) {
        if (size < kFileHeaderSize || header.chunkCount > 0)
            summary.addIssueAtOffset(
                qMin<qint64>(size, kFileHeaderSize),
                tr("the file ends after %1 bytes, before its first chunk").arg(size));
        return;
    }
    const qint64 blocks = (size - kFileHeaderSize + kChunkSize - 1) / kChunkSize;
    if (header.chunkCount > blocks)
        summary.addIssueAtOffset(
            size, tr("the file is truncated: its header lists %1 chunks, the file holds %2")
                      .arg(header.chunkCount)
                      .arg(blocks));

    int threads = options.threads > 0 ? options.threads : QThread::idealThreadCount();
    threads = int(qBound<qint64>(1, qint64(threads), qMin<qint64>(64, blocks)));
    ChunkRun run(d, size, header, options, sink, summary);
    if (threads == 1) {
        run.readSerial(blocks);
        qCDebug(lcEvtx) << summary.file << "read on one thread:" << summary.recordsSeen
                        << "records," << summary.issues.size() << "issues";
        return;
    }
    run.readParallel(blocks, threads);
    qCDebug(lcEvtx) << summary.file << "read on" << threads << "threads:" << summary.recordsSeen
                    << "records," << summary.issues.size() << "issues";
}

} // namespace Gpsi

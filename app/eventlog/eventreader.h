#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

#include "eventrecord.h"
#include "logformat.h"

namespace Gpsi {

// A damaged region a reader skipped: which file, where, and why. Every readable record before
// and after it is still delivered.
struct ReadIssue
{
    QString file;
    qint64 offset = -1;      // byte offset in the file (or -1); for text inputs see line
    qint64 line = -1;        // 1-based line for text inputs
    QString reason;          // one line, for people: "chunk 12: bad signature", ...
    qint64 recordsLost = -1; // how many records were lost with it, when known
    // A note on how the input was read (ambiguous dates, local times, a legacy code page):
    // nothing was lost. Notes are reported but do not make a log "damaged".
    bool note = false;

    QString toString() const; // "file: offset 0x1234: reason"
};

struct ReadOptions
{
    EventFilter filter;     // empty = every record
    bool renderXml = false; // fill EventRecord::xml (costs; only for dump-events and reports)
    int threads = 0;        // EVTX chunk workers: 0 = ideal thread count, 1 = this thread only
    const std::atomic<bool> *cancel = nullptr; // polled between chunks / records
    // Called now and then from the reading thread with bytes done and the input's size.
    std::function<void(qint64 done, qint64 total)> progress;
    // Set by read() for a mapped file, for readers that walk their input once (EVTX): a range
    // that is a hole of a sparse file (all zeros, never paged in), and a range the reader is
    // done with (its pages leave memory). Called on the thread that called read().
    std::function<bool(qint64 offset, qint64 length)> isHole;
    std::function<void(qint64 offset, qint64 length)> doneWith;
};

struct ReadSummary
{
    QString file;
    LogFormat::Format format = LogFormat::Format::Unreadable;
    qint64 bytes = 0;
    qint64 recordsSeen = 0;    // records read (whether they passed the filter or not)
    qint64 recordsMatched = 0; // records handed to the sink
    qint64 recordsDamaged = 0; // records known lost to damage (see issues)
    QList<ReadIssue> issues;
    bool ok = false;        // false: the input is not of this format or cannot be read
    bool cancelled = false; // stopped by ReadOptions::cancel or by the sink
    QString error;          // one line when !ok

    QString formatId() const { return LogFormat::formatId(format); }
    // Appends an issue about this input at a byte offset (binary inputs) or a line (text
    // inputs); -1 where it has none. Returns it for the caller to add to.
    ReadIssue &addIssueAtOffset(qint64 offset, const QString &reason, qint64 recordsLost = -1);
    ReadIssue &addIssueAtLine(qint64 line, const QString &reason, qint64 recordsLost = -1);
};

// Gets each record that passed the filter, in file order, on the thread that called read().
// Returns false to stop reading.
using RecordSink = std::function<bool(const EventRecord &record)>;

// One reader per input format. A reader never writes to its input.
class EventReader
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::EventReader)

public:
    virtual ~EventReader() = default;
    virtual LogFormat::Format format() const = 0;

    // Reads a file (memory-mapped read-only where possible) and hands each record to sink.
    ReadSummary read(const QString &fileName, const ReadOptions &options, const RecordSink &sink);
    // Reads from memory (tests, fuzzing, the live reader's rendered XML). fileName only names
    // the input in issues and the summary.
    ReadSummary readData(QByteArrayView data, const ReadOptions &options, const RecordSink &sink,
                         const QString &fileName = {});

protected:
    // Implemented per format. summary arrives with file, format and bytes filled in; set ok,
    // the counters, issues, error and cancelled.
    virtual void parse(QByteArrayView data, const ReadOptions &options, const RecordSink &sink,
                       ReadSummary &summary) = 0;
};

// Readers are created by format (KSystemLog style); the format is told from the content.
class EventReaderFactory
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::EventReaderFactory)

public:
    static std::unique_ptr<EventReader> create(LogFormat::Format format);
    // Detects the file's format from its content and reads it. A file that is not an event log
    // gives ok = false with a one-line error and no records.
    static ReadSummary readFile(const QString &fileName, const ReadOptions &options,
                                const RecordSink &sink);
};

} // namespace Gpsi

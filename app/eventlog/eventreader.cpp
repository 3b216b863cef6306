#include "eventreader.h"

#include <QLoggingCategory>

#include "csveventreader.h"
#include "evtreader.h"
#include "evtxreader.h"
#include "io/inputfile.h"
#include "texteventreader.h"
#include "xmleventreader.h"

namespace Gpsi {

Q_LOGGING_CATEGORY(lcEventReader, "gpsi.events.reader", QtInfoMsg)

ReadIssue &ReadSummary::addIssueAtOffset(qint64 offset, const QString &reason, qint64 recordsLost)
{
    ReadIssue issue;
    issue.file = file;
    issue.offset = offset;
    issue.reason = reason;
    issue.recordsLost = recordsLost;
    issues.append(issue);
    return issues.last();
}

ReadIssue &ReadSummary::addIssueAtLine(qint64 line, const QString &reason, qint64 recordsLost)
{
    ReadIssue &issue = addIssueAtOffset(-1, reason, recordsLost);
    issue.line = line;
    return issue;
}

QString ReadIssue::toString() const
{
    QString where;
    if (line > 0)
        where = EventReader::tr("line %1").arg(line);
    else if (offset >= 0)
        where = EventReader::tr("offset 0x%1").arg(offset, 0, 16);
    QString text = file.isEmpty() ? QString() : file + QStringLiteral(": ");
    if (!where.isEmpty())
        text += where + QStringLiteral(": ");
    text += reason;
    if (recordsLost > 0)
        text += EventReader::tr(" (%n record(s) lost)", nullptr, int(recordsLost));
    return text;
}

ReadSummary EventReader::read(const QString &fileName, const ReadOptions &options,
                              const RecordSink &sink)
{
    ReadSummary summary;
    summary.file = fileName;
    summary.format = format();
    InputFile input(fileName);
    if (!input.open()) {
        summary.error = input.errorString();
        return summary;
    }
    // Read-only, mapped where possible; a file cut short meanwhile keeps what was read.
    const QByteArrayView data = input.data();
    if (!input.errorString().isEmpty()) {
        summary.error = input.errorString();
        return summary;
    }
    ReadOptions mapped = options;
    if (input.isMapped()) {
        mapped.isHole = [&input](qint64 offset, qint64 length) {
            return input.isHole(offset, length);
        };
        mapped.doneWith = [&input](qint64 offset, qint64 length) { input.release(offset, length); };
    }
    ReadSummary s = readData(data, mapped, sink, fileName);
    if (const QString note = input.truncationNote(); !note.isEmpty()) {
        ReadIssue issue;
        issue.file = fileName;
        issue.offset = qMax<qint64>(0, input.sizeNow());
        issue.reason = note;
        s.issues << issue;
    }
    return s;
}

ReadSummary EventReader::readData(QByteArrayView data, const ReadOptions &options,
                                  const RecordSink &sink, const QString &fileName)
{
    ReadSummary summary;
    summary.file = fileName;
    summary.format = format();
    summary.bytes = data.size();
    parse(data, options, sink, summary);
    qCDebug(lcEventReader) << fileName << summary.formatId() << "seen" << summary.recordsSeen
                           << "matched" << summary.recordsMatched << "issues"
                           << summary.issues.size() << (summary.ok ? "ok" : "failed");
    return summary;
}

std::unique_ptr<EventReader> EventReaderFactory::create(LogFormat::Format format)
{
    switch (format) {
    case LogFormat::Format::Evtx:
        return std::make_unique<EvtxReader>();
    case LogFormat::Format::Evt:
        return std::make_unique<EvtReader>();
    case LogFormat::Format::Xml:
        return std::make_unique<XmlEventReader>();
    case LogFormat::Format::Csv:
        return std::make_unique<CsvEventReader>();
    case LogFormat::Format::Text:
        return std::make_unique<TextEventReader>();
    case LogFormat::Format::NotALog:
    case LogFormat::Format::Unreadable:
        break;
    }
    return nullptr;
}

ReadSummary EventReaderFactory::readFile(const QString &fileName, const ReadOptions &options,
                                         const RecordSink &sink)
{
    const LogFormat::Detection detection = LogFormat::detect(fileName);
    std::unique_ptr<EventReader> reader = create(detection.format);
    if (!reader) {
        ReadSummary summary;
        summary.file = fileName;
        summary.format = detection.format;
        summary.bytes = detection.size;
        summary.error = detection.detail;
        return summary;
    }
    return reader->read(fileName, options, sink);
}

} // namespace Gpsi

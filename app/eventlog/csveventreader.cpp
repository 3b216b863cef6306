#include "csveventreader.h"

#include "textexport.h"

namespace Gpsi {

// The layout (Vista+ with a header in English, German or French; XP/2003 without one; the
// separator) is told from the content; the work is shared with the tab-separated text exports.
void CsvEventReader::parse(QByteArrayView data, const ReadOptions &options, const RecordSink &sink,
                           ReadSummary &summary)
{
    const TextExport::Decoded decoded = TextExport::decode(data);
    if (decoded.text.trimmed().isEmpty()) {
        summary.error = tr("the file holds no events (it is empty)");
        return;
    }
    TextExport::readDelimited(decoded.text, QChar(), options, sink, summary);
    if (summary.ok && decoded.ansi) {
        ReadIssue note;
        note.file = summary.file;
        note.reason = tr("the file is not UTF-8; read as Windows-1252 (Western European)");
        note.note = true;
        summary.issues.prepend(note);
    }
}

} // namespace Gpsi

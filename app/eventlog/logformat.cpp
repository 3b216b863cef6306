#include "logformat.h"

#include <QStringDecoder>

#include "io/inputfile.h"
#include "littleendian.h"
#include "textexport.h"

namespace Gpsi {

namespace {
constexpr qint64 kSniffBytes = 4096;

quint32 readLe32(const QByteArray &b, int offset)
{
    if (b.size() < offset + 4)
        return 0;
    return le32(reinterpret_cast<const uchar *>(b.constData() + offset));
}

QString decodeHead(const QByteArray &head)
{
    if (head.startsWith("\xFF\xFE") || (head.size() > 1 && head.at(1) == '\0')) {
        QStringDecoder decoder(QStringDecoder::Utf16LE);
        return decoder.decode(head);
    }
    if (head.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(QStringDecoder::Utf16BE);
        return decoder.decode(head);
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    return decoder.decode(head);
}
} // namespace

LogFormat::Detection LogFormat::detect(const QString &fileName)
{
    InputFile input(fileName);
    if (!input.inspect())
        return {Format::Unreadable, 0, input.errorString()};
    if (input.isStream() && input.canLookInside()) {
        // A bounded look at a device: /dev/zero or /dev/urandom is no log, and one that looks
        // like a log still cannot be read twice (detected, then parsed).
        const QByteArray head = input.head(kSniffBytes);
        const Detection d = detectBytes(head, head.size());
        if (head.isEmpty())
            return {
                Format::NotALog, 0,
                tr("not an event log: %1 is %2 that gave no data").arg(fileName, input.kindText())};
        if (!isEventLog(d.format))
            return {Format::NotALog, 0,
                    tr("not an event log: %1 is %2, and its first %3 bytes have no EVTX, EVT, "
                       "XML or CSV signature")
                        .arg(fileName, input.kindText())
                        .arg(head.size())};
    }
    if (input.isStream()) {
        return {Format::Unreadable, 0,
                tr("%1 is %2, not a file: save the log to a file and give that")
                    .arg(fileName, input.kindText())};
    }
    const QByteArray head = input.head(kSniffBytes);
    if (!input.errorString().isEmpty())
        return {Format::Unreadable, 0, input.errorString()};
    return detectBytes(head, input.size());
}

LogFormat::Detection LogFormat::detectBytes(const QByteArray &head, qint64 size)
{
    if (size == 0)
        return {Format::NotALog, 0, tr("the file is empty")};
    if (head.startsWith(QByteArrayLiteral("ElfFile\0"))) {
        const quint32 minor = readLe32(head, 36) & 0xFFFF;
        const quint32 major = (readLe32(head, 36) >> 16) & 0xFFFF;
        return {Format::Evtx, size,
                tr("Windows XML Event Log, format %1.%2").arg(major).arg(minor)};
    }
    if (head.size() >= 8 && head.mid(4, 4) == QByteArrayLiteral("LfLe") &&
        readLe32(head, 0) == 0x30)
        return {Format::Evt, size, tr("legacy Windows event log (Windows 2000/XP/2003)")};
    const QString text = decodeHead(head).trimmed();
    if (text.startsWith(QLatin1Char('<')) &&
        (text.contains(QLatin1String("<Event")) || text.contains(QLatin1String("<Events"))))
        return {Format::Xml, size, tr("event XML (wevtutil or Event Viewer export)")};
    // Event Viewer "Save as" CSV/TXT (Vista+ headers in English, German or French, XP/2003
    // lines without a header), wevtutil /f:text blocks and Event Viewer "Copy" text.
    QString detail;
    const Format textFormat = TextExport::sniff(text, &detail);
    if (textFormat != Format::NotALog)
        return {textFormat, size, detail};
    return {Format::NotALog, size, tr("not an event log (no EVTX, EVT, XML or CSV signature)")};
}

QString LogFormat::formatId(Format format)
{
    switch (format) {
    case Format::Evtx:
        return QStringLiteral("evtx");
    case Format::Evt:
        return QStringLiteral("evt");
    case Format::Xml:
        return QStringLiteral("xml");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Text:
        return QStringLiteral("text");
    case Format::NotALog:
        return QStringLiteral("not-a-log");
    case Format::Unreadable:
        return QStringLiteral("unreadable");
    }
    return QStringLiteral("unreadable");
}

QString LogFormat::formatTitle(Format format)
{
    switch (format) {
    case Format::Evtx:
        return tr("EVTX event log");
    case Format::Evt:
        return tr("EVT event log (legacy)");
    case Format::Xml:
        return tr("Event XML");
    case Format::Csv:
        return tr("Event CSV export");
    case Format::Text:
        return tr("Event text export");
    case Format::NotALog:
        return tr("Not an event log");
    case Format::Unreadable:
        return tr("Unreadable");
    }
    return {};
}

bool LogFormat::isEventLog(Format format)
{
    return format != Format::NotALog && format != Format::Unreadable;
}

} // namespace Gpsi

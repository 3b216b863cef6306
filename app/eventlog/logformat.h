#pragma once

#include <QCoreApplication>
#include <QString>

namespace Gpsi {

// Tells an event-log file's format from its content (magic bytes), never from its name.
class LogFormat
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::LogFormat)

public:
    enum class Format { Evtx, Evt, Xml, Csv, Text, NotALog, Unreadable };

    struct Detection
    {
        Format format = Format::Unreadable;
        qint64 size = 0;
        QString detail; // one line: what was seen, or why the file cannot be used
    };

    static Detection detect(const QString &fileName);
    static Detection detectBytes(const QByteArray &head, qint64 size);
    static QString formatId(Format format); // "evtx", "evt", "xml", "csv", "text", ...
    static QString formatTitle(Format format);
    static bool isEventLog(Format format);
};

} // namespace Gpsi

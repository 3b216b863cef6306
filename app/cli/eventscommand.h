#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

#include "cli/commandline.h"

namespace Gpsi {

class EventHistory;

// The event-log commands: dump-events (one log, every record rendered, for comparing our
// reading with another parser's) and scan-events (many logs from many clients, in parallel,
// summarised per computer, package, server and cause).
class EventsCommand
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::EventsCommand)

public:
    static int dumpEvents(const CommandLine &commandLine, QTextStream &out, QTextStream &err);
    static int scanEvents(const CommandLine &commandLine, QTextStream &out, QTextStream &err);

    // The files scan-events reads for these paths: files as given, folders listed (recursively
    // on request), keeping what LogFormat recognises as event logs. `skipped` gets the rest.
    static QStringList collectLogs(const QStringList &paths, bool recursive, QStringList *skipped);

    // The package paths the events of these logs name (most recent first), for diagnose
    // --events without --package and for the wizard's suggestion.
    static QStringList packagePathsFromLogs(const QStringList &files);
};

} // namespace Gpsi

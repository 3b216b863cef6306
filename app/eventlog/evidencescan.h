#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <atomic>

#include "eventhistory.h"

namespace Gpsi {

// A quick look at the event logs of a case before the checks run: what each file holds and
// which package paths the events name, so the wizard (and diagnose --events without
// --package) can suggest checking them.
struct EvidenceScan
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::EvidenceScan)

public:
    QList<EventHistory::FileInfo> files;
    QStringList paths; // package paths the events name, most recent first
    QStringList
        failedPackages; // still failing, one line each: "Office 2003 (Deploy Office): 1612 ..."
    bool cancelled = false;

    static EvidenceScan scan(const QStringList &files, const std::atomic<bool> *cancel = nullptr);
    // One line for the file's row: "2,216 records, 7 recognised, 1 damaged region".
    static QString fileDetail(const EventHistory::FileInfo &file);
};

} // namespace Gpsi

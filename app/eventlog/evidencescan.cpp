#include "evidencescan.h"

#include <QLocale>

#include <algorithm>

#include "errorcodes.h"

namespace Gpsi {

EvidenceScan EvidenceScan::scan(const QStringList &files, const std::atomic<bool> *cancel)
{
    EvidenceScan out;
    EventHistory history;
    ReadOptions options;
    options.filter = EventCatalogue::builtin().filter();
    options.cancel = cancel;
    for (const QString &file : files) {
        if (cancel && cancel->load()) {
            out.cancelled = true;
            return out;
        }
        history.addFile(file, options);
    }
    history.finish();
    out.files = history.files();
    out.paths = history.paths();
    for (const EventHistory::Package &p : history.stillFailingPackages()) {
        const ErrorCode *code = ErrorCodes::builtin().find(p.errorCode);
        const QString error = p.errorCode < 0 ? tr("error unknown")
                              : code          ? tr("%1 %2").arg(p.errorCode).arg(code->name)
                                              : QString::number(p.errorCode);
        out.failedPackages << tr("%1 (%2): %3")
                                  .arg(p.application.isEmpty() ? tr("software installation")
                                                               : p.application,
                                       p.policy.isEmpty() ? tr("policy unknown") : p.policy, error);
    }
    return out;
}

QString EvidenceScan::fileDetail(const EventHistory::FileInfo &file)
{
    if (!file.ok)
        return file.error;
    const QLocale locale;
    QString text = tr("%1 records, %2 recognised")
                       .arg(locale.toString(file.records), locale.toString(file.matched));
    const auto damaged = std::count_if(file.issues.cbegin(), file.issues.cend(),
                                       [](const ReadIssue &issue) { return !issue.note; });
    if (damaged > 0)
        text += tr(", %n damaged region(s) skipped", nullptr, int(damaged));
    return text;
}

} // namespace Gpsi

#include "eventscheck.h"

#include <QFileInfo>
#include <QLoggingCategory>

#include <atomic>

#include "engine/case.h"
#include "eventlog/errorcodes.h"
#include "eventlog/eventhistory.h"
#include "eventlog/liveeventreader.h"

Q_LOGGING_CATEGORY(lcEventsCheck, "gpsi.checks.events", QtInfoMsg)

namespace Gpsi {

namespace {

// The timeline fact keeps the most recent entries; the report says when it was cut.
constexpr int kTimelineLimit = 400;

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString packageLine(const EventHistory::Package &p)
{
    const ErrorCodes &codes = ErrorCodes::builtin();
    QString name =
        p.application.isEmpty() ? EventsCheck::tr("(software installation)") : p.application;
    if (!p.policy.isEmpty())
        name = EventsCheck::tr("%1 from policy %2").arg(name, p.policy);
    QString line = p.errorCode >= 0
                       ? EventsCheck::tr("%1: error %2").arg(name, codes.describe(p.errorCode))
                       : name;
    if (!p.computer.isEmpty())
        line += EventsCheck::tr(" on %1").arg(p.computer);
    if (p.count > 1) {
        line += EventsCheck::tr(", %n time(s) from %1 to %2", nullptr, p.count)
                    .arg(timeText(p.firstSeen), timeText(p.lastSeen));
    } else if (p.lastSeen.isValid()) {
        line += EventsCheck::tr(", at %1").arg(timeText(p.lastSeen));
    }
    if (!p.paths.isEmpty())
        line += EventsCheck::tr(" (%1)").arg(p.paths.join(QStringLiteral(", ")));
    return line;
}

// What the history says about the files it read: lines for the evidence (one per readable
// file, then its notes), the files that could not be read and the damaged regions skipped.
struct FileSummary
{
    QStringList lines;
    QStringList unreadable;
    QStringList issues;
    int readable = 0;
};

FileSummary summariseFiles(const EventHistory &history)
{
    FileSummary summary;
    for (const EventHistory::FileInfo &f : history.files()) {
        const QString name = QFileInfo(f.file).fileName();
        if (!f.ok) {
            summary.unreadable << EventsCheck::tr("%1: %2").arg(name, f.error);
            continue;
        }
        ++summary.readable;
        summary.lines << EventsCheck::tr("%1 (%2): %n record(s)", nullptr,
                                         int(qMin<qint64>(f.records, INT_MAX)))
                                 .arg(name, f.format) +
                             EventsCheck::tr(", %n recognised", nullptr,
                                             int(qMin<qint64>(f.matched, INT_MAX)));
        for (const ReadIssue &issue : f.issues) {
            if (issue.note)
                summary.lines << EventsCheck::tr("%1: note: %2").arg(name, issue.reason);
            else
                summary.issues << issue.toString();
        }
    }
    return summary;
}

// How much was read, whether anything was damaged, and the span the logs cover.
void addReadFacts(const EventHistory &history, const FileSummary &files,
                  const QString &filesEvidence, CheckContext &ctx)
{
    ctx.addFact(QStringLiteral("events.records"), history.recordsRead(), filesEvidence);
    ctx.addFact(QStringLiteral("events.matched"), history.eventsMatched(), filesEvidence);
    ctx.addFact(QStringLiteral("events.damaged"), !files.issues.isEmpty(),
                files.issues.isEmpty() ? filesEvidence : files.issues.join(QLatin1Char('\n')));
    if (!files.issues.isEmpty())
        ctx.addFact(
            QStringLiteral("events.issues"), files.issues,
            EventsCheck::tr("Damaged regions were skipped; every readable record was kept."));
    if (!history.computers().isEmpty())
        ctx.addFact(QStringLiteral("events.computers"), history.computers(), filesEvidence);

    const QList<EventHistory::Entry> &timeline = history.timeline();
    if (!timeline.isEmpty()) {
        ctx.addFact(QStringLiteral("events.first"), timeText(timeline.constFirst().time));
        ctx.addFact(QStringLiteral("events.last"), timeText(timeline.constLast().time));
    }
}

// The packages the verdict speaks of: one line per still-failing package, and the counts.
struct PackageSummary
{
    QStringList failedLines;
    qsizetype failed = 0;
    qsizetype pending = 0;
};

// Failed and pending packages.
PackageSummary addPackageFacts(const EventHistory &history, CheckContext &ctx)
{
    // A package that installed after its last failure is no longer failing: listed apart.
    const QList<EventHistory::Package> failed = history.stillFailingPackages();
    QStringList resolvedLines;
    for (const EventHistory::Package &p : history.failedPackages()) {
        if (p.laterSucceeded)
            resolvedLines << packageLine(p);
    }
    const QList<EventHistory::Package> pending = history.pendingPackages();
    PackageSummary summary;
    summary.failed = failed.size();
    summary.pending = pending.size();
    QStringList &failedLines = summary.failedLines;
    QStringList applications;
    bool computerAssigned = false;
    for (const EventHistory::Package &p : failed) {
        failedLines << packageLine(p);
        if (!p.application.isEmpty() && !applications.contains(p.application))
            applications << p.application;
        computerAssigned = computerAssigned || p.computerAssigned;
    }
    const QString failedEvidence = failedLines.join(QLatin1Char('\n'));
    ctx.addFact(QStringLiteral("events.failed"), !failed.isEmpty(), failedEvidence);
    ctx.addFact(QStringLiteral("events.failed.count"), qint64(failed.size()), failedEvidence);
    if (!failed.isEmpty()) {
        ctx.addFact(QStringLiteral("events.failed.packages"), failedLines, failedEvidence);
        ctx.addFact(
            QStringLiteral("events.failed.computer-assigned"), computerAssigned,
            EventsCheck::tr("Computer-assigned packages are logged for S-1-5-18 (SYSTEM)."));
    }
    if (!applications.isEmpty())
        ctx.addFact(QStringLiteral("events.failed.applications"), applications, failedEvidence);
    if (!resolvedLines.isEmpty())
        ctx.addFact(
            QStringLiteral("events.failed.resolved"), resolvedLines,
            EventsCheck::tr("These packages failed but were installed successfully afterwards."));
    QStringList pendingLines;
    for (const EventHistory::Package &p : pending)
        pendingLines << packageLine(p);
    ctx.addFact(QStringLiteral("events.pending"), !pending.isEmpty(),
                pendingLines.join(QLatin1Char('\n')));
    if (!pending.isEmpty())
        ctx.addFact(QStringLiteral("events.pending.packages"), pendingLines,
                    EventsCheck::tr("Delayed to the next startup (1274): not a failure yet."));
    return summary;
}

// The error codes in the logs and what the telling ones mean. Returns the codes: the roles
// below read them too.
QList<qint64> addErrorFacts(const EventHistory &history, CheckContext &ctx)
{
    const ErrorCodes &codes = ErrorCodes::builtin();
    QStringList errorIds;
    QStringList errorTexts;
    const QList<qint64> errorCodes = history.errorCodes();
    for (qint64 code : errorCodes) {
        errorIds << QString::number(code);
        errorTexts << codes.describe(code);
    }
    const QString errorsEvidence = errorTexts.join(QLatin1Char('\n'));
    ctx.addFact(QStringLiteral("events.errors"), errorIds, errorsEvidence);
    if (!errorTexts.isEmpty())
        ctx.addFact(QStringLiteral("events.errors.text"), errorTexts, errorsEvidence);
    ctx.addFact(QStringLiteral("events.install.source.absent"), errorCodes.contains(1612),
                errorsEvidence);
    ctx.addFact(QStringLiteral("events.access.denied"),
                errorCodes.contains(5) || errorCodes.contains(65), errorsEvidence);
    ctx.addFact(QStringLiteral("events.package.invalid"),
                errorCodes.contains(1619) || errorCodes.contains(1620), errorsEvidence);
    return errorCodes;
}

// Roles seen anywhere in the logs.
void addRoleFacts(const EventHistory &history, const QList<qint64> &errorCodes, CheckContext &ctx)
{
    bool msiFailed = false;
    bool guestRejected = false;
    bool blocked = false;
    bool clockSkew = false;
    for (const EventHistory::Entry &e : history.timeline()) {
        msiFailed = msiFailed || e.role == QLatin1String("msi-failed");
        guestRejected = guestRejected || e.role == QLatin1String("guest-rejected");
        blocked = blocked || e.role == QLatin1String("srp-blocked");
        clockSkew = clockSkew || e.role == QLatin1String("clock-skew");
    }
    ctx.addFact(QStringLiteral("events.msi.failed"), msiFailed || errorCodes.contains(1603));
    ctx.addFact(QStringLiteral("events.guest.rejected"), guestRejected);
    ctx.addFact(QStringLiteral("events.installer.blocked"), blocked || errorCodes.contains(1625));
    ctx.addFact(QStringLiteral("events.clock.skew"), clockSkew);
}

// One line per boot: what was notable in it.
QString bootLine(const EventHistory::Boot &b)
{
    QStringList marks;
    if (b.kb323304)
        marks << EventsCheck::tr("KB 323304 signature");
    if (b.networkNotReady)
        marks << EventsCheck::tr("network not ready");
    if (b.slowLink)
        marks << EventsCheck::tr("slow link");
    if (b.smb1Missing)
        marks << EventsCheck::tr("SMB1 missing on the client");
    if (b.failures > 0)
        marks << EventsCheck::tr("%n failure(s)", nullptr, b.failures);
    if (b.pending > 0)
        marks << EventsCheck::tr("%n pending", nullptr, b.pending);
    return EventsCheck::tr("Boot %1 of %2 from %3%4: %5")
        .arg(b.index + 1)
        .arg(b.computer.isEmpty() ? EventsCheck::tr("(unknown computer)") : b.computer,
             timeText(b.start),
             b.fromMarker ? QString() : EventsCheck::tr(" (no boot marker in the log)"),
             marks.isEmpty() ? EventsCheck::tr("nothing notable")
                             : marks.join(QStringLiteral(", ")));
}

// Correlation per boot. Returns the boot lines: the verdict cites them.
QStringList addBootFacts(const EventHistory &history, CheckContext &ctx)
{
    QStringList bootLines;
    int signatureBoots = 0;
    for (const EventHistory::Boot &b : history.boots()) {
        if (b.kb323304)
            ++signatureBoots;
        bootLines << bootLine(b);
    }
    const QString bootEvidence = bootLines.join(QLatin1Char('\n'));
    ctx.addFact(QStringLiteral("events.boots"), bootLines, bootEvidence);
    ctx.addFact(QStringLiteral("events.kb323304.signature"), history.kb323304Signature(),
                bootEvidence);
    ctx.addFact(QStringLiteral("events.kb323304.boots"), qint64(signatureBoots), bootEvidence);
    ctx.addFact(QStringLiteral("events.network.notready"), history.networkNotReady(), bootEvidence);
    ctx.addFact(QStringLiteral("events.network.notready.failure"),
                history.networkNotReadyWithFailure(), bootEvidence);
    ctx.addFact(QStringLiteral("events.slowlink"), history.slowLink(), bootEvidence);
    ctx.addFact(QStringLiteral("events.smb1.client.missing"), history.smb1ClientMissing(),
                bootEvidence);
    return bootLines;
}

// The paths, servers and causes the events name.
void addNamedFacts(const EventHistory &history, CheckContext &ctx)
{
    if (!history.paths().isEmpty())
        ctx.addFact(QStringLiteral("events.paths"), history.paths(),
                    EventsCheck::tr("Package paths named in the events, most recent first."));
    if (!history.servers().isEmpty())
        ctx.addFact(QStringLiteral("events.servers"), history.servers(),
                    EventsCheck::tr("Servers named in the events."));
    if (!history.causes().isEmpty())
        ctx.addFact(QStringLiteral("events.causes"), history.causes());
}

void addTimelineFacts(const EventHistory &history, CheckContext &ctx)
{
    const QList<EventHistory::Entry> &timeline = history.timeline();
    QStringList lines;
    const qsizetype first = qMax<qsizetype>(0, timeline.size() - kTimelineLimit);
    for (qsizetype i = first; i < timeline.size(); ++i) {
        const EventHistory::Entry &e = timeline.at(i);
        lines << EventsCheck::timelineLine(e.time, e.boot, e.computer, e.provider, e.eventId,
                                           e.level, e.errorCode, e.summary);
    }
    ctx.addFact(QStringLiteral("events.timeline"), lines);
    ctx.addFact(QStringLiteral("events.timeline.truncated"), first > 0);
}

// Why a history without failures still earns a warning; empty when nothing does.
QStringList warningReasons(const EventHistory &history, const FileSummary &files,
                           const PackageSummary &packages)
{
    QStringList what;
    if (packages.pending > 0)
        what << EventsCheck::tr("%n install(s) pending until the next startup", nullptr,
                                int(packages.pending));
    if (history.networkNotReady())
        what << EventsCheck::tr("the network was not ready at startup");
    if (history.slowLink())
        what << EventsCheck::tr("a slow link was detected");
    if (history.smb1ClientMissing())
        what << EventsCheck::tr("the client cannot speak SMB1");
    if (!files.unreadable.isEmpty() || !files.issues.isEmpty())
        what << EventsCheck::tr("some logs were damaged or unreadable");
    return what;
}

CheckResult verdict(const EventHistory &history, const FileSummary &files,
                    const PackageSummary &packages, const QStringList &bootLines)
{
    QStringList evidenceLines = files.lines + files.unreadable;
    evidenceLines << packages.failedLines << bootLines;
    if (history.kb323304Signature()) {
        return CheckResult::fail(
            EventsCheck::tr("The KB 323304 signature: %n package(s) failed with 1612 (the "
                            "installation source is not available) in the same startup as the "
                            "policy failure.",
                            nullptr, int(packages.failed)),
            evidenceLines);
    }
    if (packages.failed > 0) {
        return CheckResult::fail(
            EventsCheck::tr("%n package installation(s) failed: %1", nullptr, int(packages.failed))
                .arg(packages.failedLines.constFirst()),
            evidenceLines);
    }
    const QStringList what = warningReasons(history, files, packages);
    if (!what.isEmpty()) {
        return CheckResult::warning(EventsCheck::tr("No failed installation, but: %1.")
                                        .arg(what.join(QStringLiteral("; "))),
                                    evidenceLines + files.issues);
    }
    return CheckResult::pass(EventsCheck::tr("No software-installation failure in %n record(s) "
                                             "read.",
                                             nullptr,
                                             int(qMin<qint64>(history.recordsRead(), INT_MAX))),
                             evidenceLines);
}

} // namespace

QString EventsCheck::timelineLine(const QDateTime &time, int boot, const QString &computer,
                                  const QString &provider, int eventId, const QString &level,
                                  qint64 errorCode, const QString &summary)
{
    auto clean = [](QString s) {
        s.replace(QLatin1Char('\t'), QLatin1Char(' '));
        s.replace(QLatin1Char('\r'), QLatin1Char(' '));
        s.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return s;
    };
    return QStringList{timeText(time),
                       QString::number(boot + 1),
                       clean(computer),
                       clean(provider),
                       QString::number(eventId),
                       clean(level),
                       errorCode >= 0 ? QString::number(errorCode) : QString(),
                       clean(summary)}
        .join(QLatin1Char('\t'));
}

CheckResult EventsCheck::run(CheckContext &ctx)
{
    const CaseOptions caseOptions = CaseOptions::fromJson(ctx.options());
    const QStringList evidence = ctx.evidenceFiles();
    const bool live = caseOptions.liveEvents;
    if (evidence.isEmpty() && !live) {
        return CheckResult::skipped(
            tr("No event logs were added to the case. Export the client's Application and "
               "System logs (and Microsoft-Windows-GroupPolicy/Operational on Vista and later) "
               "and add them to see its installation history."));
    }
    if (evidence.isEmpty() && !LiveEventReader::platformAvailable()) {
        return CheckResult::skipped(tr("Not available on this platform: live event logs can "
                                       "only be read on Windows; add exported logs instead."));
    }
    EventHistory history;
    std::atomic<bool> cancel{false};
    ReadOptions options;
    options.filter = EventCatalogue::builtin().filter();
    options.cancel = &cancel;
    options.progress = [&ctx, &cancel](qint64, qint64) {
        if (ctx.isCancelled())
            cancel.store(true);
    };
    for (const QString &file : evidence) {
        if (ctx.isCancelled())
            return CheckResult::error(tr("Stopped before all event logs were read."));
        const ReadSummary s = history.addFile(file, options);
        qCDebug(lcEventsCheck) << file << s.formatId() << "records" << s.recordsSeen << "matched"
                               << s.recordsMatched << "issues" << s.issues.size();
        if (s.cancelled && ctx.isCancelled())
            return CheckResult::error(tr("Stopped while reading %1.").arg(file));
    }
    if (live && LiveEventReader::platformAvailable()) {
        LiveEventReader reader;
        LiveQueryOptions queryOptions;
        queryOptions.days = caseOptions.liveEventsDays;
        reader.setOptions(queryOptions);
        const QList<ReadSummary> summaries =
            reader.read(options, [&history](const EventRecord &record) {
                history.addRecord(record, QStringLiteral("live:") + record.channel);
                return true;
            });
        for (const ReadSummary &s : summaries)
            history.addSummary(s);
        if (ctx.isCancelled())
            return CheckResult::error(tr("Stopped while reading the live event logs."));
    }
    history.finish();
    return addFacts(history, ctx);
}

CheckResult EventsCheck::addFacts(const EventHistory &history, CheckContext &ctx)
{
    const FileSummary files = summariseFiles(history);
    const QString filesEvidence = (files.lines + files.unreadable).join(QLatin1Char('\n'));
    ctx.addFact(QStringLiteral("events.files"), qint64(files.readable), filesEvidence);
    if (!files.unreadable.isEmpty())
        ctx.addFact(QStringLiteral("events.files.unreadable"), files.unreadable, filesEvidence);
    if (files.readable == 0) {
        return CheckResult::error(tr("None of the event logs could be read."), files.unreadable);
    }
    addReadFacts(history, files, filesEvidence, ctx);
    const PackageSummary packages = addPackageFacts(history, ctx);
    const QList<qint64> errorCodes = addErrorFacts(history, ctx);
    addRoleFacts(history, errorCodes, ctx);
    const QStringList bootLines = addBootFacts(history, ctx);
    addNamedFacts(history, ctx);
    addTimelineFacts(history, ctx);
    return verdict(history, files, packages, bootLines);
}

} // namespace Gpsi

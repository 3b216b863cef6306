#include "eventscommand.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QThreadPool>
#include <QWaitCondition>

#include <atomic>
#include <map>

#include "checks/builtinmodules.h"
#include "checks/events/eventscheck.h"
#include "cli/diagnosecommand.h"
#include "engine/diagnosis.h"
#include "engine/moduleregistry.h"
#include "engine/runcontext.h"
#include "eventlog/errorcodes.h"
#include "eventlog/eventcatalogue.h"
#include "eventlog/eventhistory.h"
#include "eventlog/eventreader.h"
#include "eventlog/eventxml.h"
#include "eventlog/evidencescan.h"
#include "io/outputfile.h"
#include "report/reportrenderer.h"

Q_LOGGING_CATEGORY(lcEventsCommand, "gpsi.cli.events", QtInfoMsg)

namespace Gpsi {

namespace {

QString humanBytes(qint64 bytes)
{
    if (bytes >= 10LL * 1024 * 1024)
        return EventsCommand::tr("%1 MiB").arg(bytes / (1024 * 1024));
    if (bytes >= 10 * 1024)
        return EventsCommand::tr("%1 KiB").arg(bytes / 1024);
    return EventsCommand::tr("%1 bytes").arg(bytes);
}

void printIssues(const ReadSummary &s, QTextStream &err)
{
    for (const ReadIssue &issue : s.issues) {
        ReadIssue shown = issue;
        if (shown.file.isEmpty())
            shown.file = s.file;
        err << (issue.note ? EventsCommand::tr("gpsi-doctor: note: %1").arg(shown.toString())
                           : EventsCommand::tr("gpsi-doctor: damaged: %1").arg(shown.toString()))
            << Qt::endl;
    }
}

// What one log of a fleet contributed: its summary and the catalogue's events in it (the
// rest of the log is never kept).
struct ScannedLog
{
    ReadSummary summary;
    QList<EventRecord> records;
};

// One computer of the fleet, as the summary shows it.
struct ComputerSummary
{
    QString name;
    QStringList files;
    QStringList failed;
    QStringList pending;
    QStringList applications;
    QStringList servers;
    QStringList paths;
    QStringList findings;   // knowledge-base causes the events establish (ids)
    QStringList consistent; // causes the events are consistent with (catalogue)
    int signatureBoots = 0;
    bool networkNotReady = false;
    bool slowLink = false;
    bool smb1Missing = false;
    QList<qint64> errors;
};

ComputerSummary summariseComputer(const QString &name, const QList<const ScannedLog *> &logs,
                                  const QStringList &files, const ModuleMetadata &metadata)
{
    ComputerSummary c;
    c.name = name;
    c.files = files;
    EventHistory history;
    for (const ScannedLog *log : logs) {
        // The file as read (format, size, damage): without it the event-history facts would
        // count no readable log and stop there, and the fleet summary would name no cause.
        history.addSummary(log->summary);
        for (const EventRecord &r : log->records) {
            const QString computer =
                r.computer.isEmpty() ? QFileInfo(log->summary.file).fileName() : r.computer;
            if (computer.compare(name, Qt::CaseInsensitive) == 0)
                history.addRecord(r, log->summary.file);
        }
    }
    history.finish();
    for (const EventHistory::Package &p : history.stillFailingPackages()) {
        c.failed << EventsCommand::tr("%1 (%2): %3, %n time(s)", nullptr, p.count)
                        .arg(p.application.isEmpty() ? EventsCommand::tr("software installation")
                                                     : p.application,
                             p.policy.isEmpty() ? EventsCommand::tr("policy unknown") : p.policy,
                             ErrorCodes::builtin().describe(p.errorCode));
        if (!p.application.isEmpty() && !c.applications.contains(p.application))
            c.applications << p.application;
    }
    for (const EventHistory::Package &p : history.pendingPackages())
        c.pending << (p.application.isEmpty() ? EventsCommand::tr("software installation")
                                              : p.application);
    for (const EventHistory::Boot &b : history.boots())
        c.signatureBoots += b.kb323304 ? 1 : 0;
    c.networkNotReady = history.networkNotReady();
    c.slowLink = history.slowLink();
    c.smb1Missing = history.smb1ClientMissing();
    c.servers = history.servers();
    c.paths = history.paths();
    c.errors = history.errorCodes();
    c.consistent = history.causes();

    // The same facts the event-history check hands the knowledge base, and the causes they
    // establish on their own (case-wide causes; the server causes need the server checks).
    RunContext context(metadata, QString(), Case(), FactSet(), Clock::system(),
                       Clock::system()->monotonicMs() + 60000);
    EventsCheck::addFacts(history, context);
    FactSet facts;
    facts.addAll(context.takeFacts());
    for (const QString &problem : context.takeContractProblems())
        qCWarning(lcEventsCommand).noquote() << name << problem;
    CheckRun run;
    run.moduleId = metadata.id;
    run.providedKeys = metadata.providedFacts;
    run.conclusive = true;
    const Diagnosis diagnosis = KnowledgeBase::builtin().evaluate(facts, {}, {run});
    for (const Finding &f : diagnosis.findings) {
        if (!c.findings.contains(f.causeId))
            c.findings << f.causeId;
    }
    return c;
}

// One dump-events jsonl line: the record, and what the catalogue makes of it.
QJsonObject recordJson(const EventCatalogue &catalogue, const EventRecord &record)
{
    QJsonObject o = EventCatalogue::recordToJson(record);
    if (const std::optional<MatchedEvent> m = catalogue.match(record)) {
        o.insert(QStringLiteral("catalogue"), m->entry->id);
        if (!m->message.isEmpty())
            o.insert(QStringLiteral("message"), m->message);
        QJsonObject fields;
        for (auto it = m->fields.cbegin(); it != m->fields.cend(); ++it)
            fields.insert(it.key(), it.value());
        if (!fields.isEmpty())
            o.insert(QStringLiteral("fields"), fields);
    }
    return o;
}

QString listText(const QStringList &items)
{
    return items.isEmpty() ? EventsCommand::tr("none") : items.join(QStringLiteral(", "));
}

// What a scan found, for the three renderings of the fleet summary.
struct FleetScan
{
    QStringList files;
    QStringList skipped;    // not event logs
    QStringList unreadable; // "file: reason"
    QStringList damaged;    // damaged regions skipped, the rest read
    qint64 totalBytes = 0;
    qint64 recordsRead = 0;
    qint64 elapsedMs = 0;
    QList<ComputerSummary> computers;
    std::map<QString, QStringList> packageComputers; // application -> computers
    std::map<QString, QStringList> serverComputers;
    std::map<QString, QStringList> causeComputers;
    int failing = 0;
    int signature = 0;
};

std::vector<ScannedLog> readLogs(const QStringList &files, qint64 totalBytes, bool showProgress,
                                 QTextStream &err, qint64 *elapsedMs)
{
    // Read the logs in parallel; each keeps only the catalogue's events. One reading thread per
    // log (the EVTX reader's own chunk pool stays at one worker to avoid oversubscription).
    std::vector<ScannedLog> logs(size_t(files.size()));
    std::atomic<qint64> bytesDone{0};
    std::atomic<int> filesDone{0};
    QMutex mutex;
    QWaitCondition changed;
    QThreadPool pool;
    pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
    QElapsedTimer timer;
    timer.start();
    const ReadOptions base = [] {
        ReadOptions o;
        o.filter = EventCatalogue::builtin().filter();
        o.threads = 1;
        return o;
    }();
    for (qsizetype i = 0; i < files.size(); ++i) {
        pool.start([&, i] {
            ScannedLog &log = logs[size_t(i)];
            ReadOptions options = base;
            qint64 lastDone = 0;
            options.progress = [&bytesDone, &lastDone](qint64 done, qint64) {
                bytesDone += done - lastDone;
                lastDone = done;
            };
            log.summary =
                EventReaderFactory::readFile(files.at(i), options, [&log](const EventRecord &r) {
                    EventRecord kept = r;
                    kept.xml.clear();
                    log.records << kept;
                    return true;
                });
            bytesDone += qMax<qint64>(0, log.summary.bytes - lastDone);
            ++filesDone;
            QMutexLocker lock(&mutex);
            changed.wakeAll();
        });
    }
    if (showProgress) {
        QMutexLocker lock(&mutex);
        while (filesDone.load() < files.size()) {
            changed.wait(&mutex, 200);
            const qint64 done = bytesDone.load();
            const int width = 30;
            const int filled =
                totalBytes > 0 ? int(qMin<qint64>(width, done * width / totalBytes)) : width;
            err << QStringLiteral("\r[%1%2] %3/%4 logs, %5 of %6")
                       .arg(QString(filled, QLatin1Char('#')),
                            QString(width - filled, QLatin1Char(' ')))
                       .arg(filesDone.load())
                       .arg(files.size())
                       .arg(humanBytes(done), humanBytes(totalBytes));
            err.flush();
        }
        err << QLatin1Char('\n');
    }
    pool.waitForDone();
    *elapsedMs = timer.elapsed();
    return logs;
}

void summariseFleet(const std::vector<ScannedLog> &logs, const ModuleMetadata &metadata,
                    FleetScan &fleet)
{
    // Group by computer (a computer's Application, System and Operational logs belong together).
    std::map<QString, QList<const ScannedLog *>> byComputer;
    std::map<QString, QString> displayName;
    std::map<QString, QStringList> filesOf;
    QStringList &unreadable = fleet.unreadable;
    QStringList &damaged = fleet.damaged;
    qint64 &recordsRead = fleet.recordsRead;
    for (const ScannedLog &log : logs) {
        if (!log.summary.ok) {
            unreadable << EventsCommand::tr("%1: %2").arg(log.summary.file, log.summary.error);
            continue;
        }
        recordsRead += log.summary.recordsSeen;
        for (const ReadIssue &issue : log.summary.issues) {
            if (issue.note)
                continue;
            ReadIssue shown = issue;
            if (shown.file.isEmpty())
                shown.file = log.summary.file;
            damaged << shown.toString();
        }
        QStringList computers;
        for (const EventRecord &r : log.records) {
            const QString name =
                r.computer.isEmpty() ? QFileInfo(log.summary.file).fileName() : r.computer;
            if (!computers.contains(name, Qt::CaseInsensitive))
                computers << name;
        }
        for (const QString &name : std::as_const(computers)) {
            const QString key = name.toLower();
            byComputer[key] << &log;
            displayName.emplace(key, name);
            filesOf[key] << log.summary.file;
        }
    }
    QList<ComputerSummary> &computers = fleet.computers;
    for (const auto &[key, list] : byComputer)
        computers << summariseComputer(displayName[key], list, filesOf[key], metadata);

    // Fleet-wide views.
    std::map<QString, QStringList> &packageComputers = fleet.packageComputers;
    std::map<QString, QStringList> &serverComputers = fleet.serverComputers;
    std::map<QString, QStringList> &causeComputers = fleet.causeComputers;
    int &failing = fleet.failing;
    int &signature = fleet.signature;
    for (const ComputerSummary &c : std::as_const(computers)) {
        failing += c.failed.isEmpty() ? 0 : 1;
        signature += c.signatureBoots > 0 ? 1 : 0;
        for (const QString &a : c.applications)
            packageComputers[a] << c.name;
        for (const QString &s : c.servers)
            serverComputers[s.toLower()] << c.name;
        for (const QString &f : c.findings)
            causeComputers[f] << c.name;
    }
}

QString fleetJson(const FleetScan &fleet)
{
    const QStringList &files = fleet.files;
    const QStringList &skipped = fleet.skipped;
    const QStringList &unreadable = fleet.unreadable;
    const QStringList &damaged = fleet.damaged;
    const qint64 totalBytes = fleet.totalBytes;
    const qint64 recordsRead = fleet.recordsRead;
    const qint64 elapsedMs = fleet.elapsedMs;
    const QList<ComputerSummary> &computers = fleet.computers;
    const std::map<QString, QStringList> &packageComputers = fleet.packageComputers;
    const std::map<QString, QStringList> &serverComputers = fleet.serverComputers;
    const std::map<QString, QStringList> &causeComputers = fleet.causeComputers;
    const int failing = fleet.failing;
    const int signature = fleet.signature;
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("gpsi-doctor-fleet"));
    root.insert(QStringLiteral("formatVersion"), 1);
    root.insert(QStringLiteral("logs"), int(files.size()));
    root.insert(QStringLiteral("bytes"), totalBytes);
    root.insert(QStringLiteral("records"), recordsRead);
    root.insert(QStringLiteral("elapsedMs"), elapsedMs);
    root.insert(QStringLiteral("computersWithFailures"), failing);
    root.insert(QStringLiteral("computersWithSignature"), signature);
    QJsonArray computersJson;
    for (const ComputerSummary &c : std::as_const(computers)) {
        QJsonObject o;
        o.insert(QStringLiteral("computer"), c.name);
        o.insert(QStringLiteral("files"), QJsonArray::fromStringList(c.files));
        o.insert(QStringLiteral("failedPackages"), QJsonArray::fromStringList(c.failed));
        o.insert(QStringLiteral("pendingPackages"), QJsonArray::fromStringList(c.pending));
        o.insert(QStringLiteral("kb323304Boots"), c.signatureBoots);
        o.insert(QStringLiteral("networkNotReady"), c.networkNotReady);
        o.insert(QStringLiteral("slowLink"), c.slowLink);
        o.insert(QStringLiteral("smb1ClientMissing"), c.smb1Missing);
        o.insert(QStringLiteral("servers"), QJsonArray::fromStringList(c.servers));
        o.insert(QStringLiteral("paths"), QJsonArray::fromStringList(c.paths));
        QJsonArray errors;
        for (qint64 e : c.errors)
            errors.append(e);
        o.insert(QStringLiteral("errorCodes"), errors);
        o.insert(QStringLiteral("causes"), QJsonArray::fromStringList(c.findings));
        o.insert(QStringLiteral("consistentWith"), QJsonArray::fromStringList(c.consistent));
        computersJson.append(o);
    }
    root.insert(QStringLiteral("computers"), computersJson);
    auto mapJson = [](const std::map<QString, QStringList> &m, const QString &keyName) {
        QJsonArray a;
        for (const auto &[key, names] : m) {
            QJsonObject o;
            o.insert(keyName, key);
            o.insert(QStringLiteral("computers"), QJsonArray::fromStringList(names));
            a.append(o);
        }
        return a;
    };
    root.insert(QStringLiteral("packages"),
                mapJson(packageComputers, QStringLiteral("application")));
    root.insert(QStringLiteral("servers"), mapJson(serverComputers, QStringLiteral("server")));
    root.insert(QStringLiteral("causes"), mapJson(causeComputers, QStringLiteral("cause")));
    root.insert(QStringLiteral("damaged"), QJsonArray::fromStringList(damaged));
    root.insert(QStringLiteral("unreadable"), QJsonArray::fromStringList(unreadable));
    root.insert(QStringLiteral("skipped"), QJsonArray::fromStringList(skipped));
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

QString fleetHtml(const FleetScan &fleet)
{
    const QStringList &files = fleet.files;
    const QStringList &unreadable = fleet.unreadable;
    const QStringList &damaged = fleet.damaged;
    const qint64 totalBytes = fleet.totalBytes;
    const qint64 recordsRead = fleet.recordsRead;
    const QList<ComputerSummary> &computers = fleet.computers;
    const std::map<QString, QStringList> &packageComputers = fleet.packageComputers;
    const std::map<QString, QStringList> &serverComputers = fleet.serverComputers;
    const std::map<QString, QStringList> &causeComputers = fleet.causeComputers;
    const int failing = fleet.failing;
    const int signature = fleet.signature;
    auto e = [](const QString &s) { return ReportRenderer::escapeHtml(s); };
    QString h =
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            "style-src 'unsafe-inline'\">\n<title>%1</title>\n<style>\n"
            "body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 14px; }\n"
            "table { border-collapse: collapse; } td, th { border: 1px solid #bbb; "
            "padding: 3px 6px; vertical-align: top; text-align: left; } th { background: #eee; "
            "}\n"
            ".bad { color: #b00020; }\n</style>\n</head>\n<body>\n<h1>%1</h1>\n")
            .arg(e(EventsCommand::tr("GPSI Doctor fleet event summary")));
    h += QStringLiteral("<p>%1</p>\n")
             .arg(e(EventsCommand::tr("%1 logs (%2, %3 records) from %4 computers; %5 with failed "
                                      "installations, %6 with the KB 323304 signature.")
                        .arg(files.size())
                        .arg(humanBytes(totalBytes))
                        .arg(recordsRead)
                        .arg(computers.size())
                        .arg(failing)
                        .arg(signature)));
    h += QStringLiteral("<h2>%1</h2>\n<table>\n<tr><th>%2</th><th>%3</th><th>%4</th>"
                        "<th>%5</th><th>%6</th></tr>\n")
             .arg(e(EventsCommand::tr("Computers")), e(EventsCommand::tr("Computer")),
                  e(EventsCommand::tr("Failed packages")), e(EventsCommand::tr("Signals")),
                  e(EventsCommand::tr("Servers")), e(EventsCommand::tr("Causes")));
    for (const ComputerSummary &c : std::as_const(computers)) {
        QStringList marks;
        if (c.signatureBoots > 0)
            marks << EventsCommand::tr("KB 323304 signature in %n startup(s)", nullptr,
                                       c.signatureBoots);
        if (!c.pending.isEmpty())
            marks << EventsCommand::tr("pending: %1").arg(c.pending.join(QStringLiteral(", ")));
        if (c.networkNotReady)
            marks << EventsCommand::tr("network not ready");
        if (c.slowLink)
            marks << EventsCommand::tr("slow link");
        if (c.smb1Missing)
            marks << EventsCommand::tr("SMB1 missing");
        h += QStringLiteral("<tr><td>%1</td><td class=\"%2\">%3</td><td>%4</td><td>%5</td>"
                            "<td>%6</td></tr>\n")
                 .arg(e(c.name), c.failed.isEmpty() ? QString() : QStringLiteral("bad"),
                      e(c.failed.join(QLatin1Char('\n')))
                          .replace(QLatin1Char('\n'), QStringLiteral("<br>")),
                      e(marks.join(QStringLiteral("; "))), e(listText(c.servers)),
                      e(listText(c.findings)));
    }
    h += QStringLiteral("</table>\n");
    auto section = [&](const QString &title, const QString &keyTitle,
                       const std::map<QString, QStringList> &m) {
        if (m.empty())
            return;
        h += QStringLiteral("<h2>%1</h2>\n<table>\n<tr><th>%2</th><th>%3</th></tr>\n")
                 .arg(e(title), e(keyTitle), e(EventsCommand::tr("Computers")));
        for (const auto &[key, names] : m)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n")
                     .arg(e(key), e(EventsCommand::tr("%1: %2")
                                        .arg(names.size())
                                        .arg(names.join(QStringLiteral(", ")))));
        h += QStringLiteral("</table>\n");
    };
    section(EventsCommand::tr("Packages that failed"), EventsCommand::tr("Application"),
            packageComputers);
    section(EventsCommand::tr("Servers named in the events"), EventsCommand::tr("Server"),
            serverComputers);
    section(EventsCommand::tr("Causes"), EventsCommand::tr("Cause"), causeComputers);
    if (!damaged.isEmpty() || !unreadable.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>\n<ul>\n")
                 .arg(e(EventsCommand::tr("Damaged or unreadable logs")));
        for (const QString &d : damaged + unreadable)
            h += QStringLiteral("<li>%1</li>\n").arg(e(d));
        h += QStringLiteral("</ul>\n");
    }
    h += QStringLiteral("</body>\n</html>\n");
    return h;
}

QString fleetText(const FleetScan &fleet)
{
    const QStringList &files = fleet.files;
    const QStringList &skipped = fleet.skipped;
    const QStringList &unreadable = fleet.unreadable;
    const QStringList &damaged = fleet.damaged;
    const qint64 totalBytes = fleet.totalBytes;
    const qint64 recordsRead = fleet.recordsRead;
    const qint64 elapsedMs = fleet.elapsedMs;
    const QList<ComputerSummary> &computers = fleet.computers;
    const std::map<QString, QStringList> &packageComputers = fleet.packageComputers;
    const std::map<QString, QStringList> &serverComputers = fleet.serverComputers;
    const std::map<QString, QStringList> &causeComputers = fleet.causeComputers;
    const int failing = fleet.failing;
    const int signature = fleet.signature;
    QStringList o;
    o << EventsCommand::tr(
             "Fleet summary: %1 logs (%2, %3 records) from %4 computers, read in %5 s")
             .arg(files.size())
             .arg(humanBytes(totalBytes))
             .arg(recordsRead)
             .arg(computers.size())
             .arg(QString::number(elapsedMs / 1000.0, 'f', 1));
    o << EventsCommand::tr(
             "Computers with failed installations: %1; with the KB 323304 signature: %2")
             .arg(failing)
             .arg(signature);
    o << QString() << EventsCommand::tr("COMPUTERS");
    for (const ComputerSummary &c : std::as_const(computers)) {
        o << QStringLiteral("  %1").arg(ReportRenderer::neutralize(c.name));
        for (const QString &f : c.failed)
            o << EventsCommand::tr("    failed: %1").arg(ReportRenderer::neutralize(f));
        for (const QString &p : c.pending)
            o << EventsCommand::tr("    pending until the next startup: %1")
                     .arg(ReportRenderer::neutralize(p));
        if (c.signatureBoots > 0)
            o << EventsCommand::tr("    KB 323304 signature in %n startup(s)", nullptr,
                                   c.signatureBoots);
        if (c.networkNotReady)
            o << EventsCommand::tr("    the network was not ready at startup");
        if (c.slowLink)
            o << EventsCommand::tr("    slow link detected");
        if (c.smb1Missing)
            o << EventsCommand::tr("    SMB1 is missing on the client");
        if (!c.servers.isEmpty())
            o << EventsCommand::tr("    servers: %1")
                     .arg(ReportRenderer::neutralize(listText(c.servers)));
        if (!c.findings.isEmpty())
            o << EventsCommand::tr("    causes: %1").arg(listText(c.findings));
        if (c.failed.isEmpty() && c.pending.isEmpty() && c.findings.isEmpty())
            o << EventsCommand::tr("    no software-installation problem in its events");
    }
    auto section = [&](const QString &title, const std::map<QString, QStringList> &m) {
        if (m.empty())
            return;
        o << QString() << title;
        for (const auto &[key, names] : m)
            o << EventsCommand::tr("  %1: %n computer(s) (%2)", nullptr, int(names.size()))
                     .arg(ReportRenderer::neutralize(key),
                          ReportRenderer::neutralize(names.join(QStringLiteral(", "))));
    };
    section(EventsCommand::tr("PACKAGES THAT FAILED"), packageComputers);
    section(EventsCommand::tr("SERVERS NAMED IN THE EVENTS"), serverComputers);
    section(EventsCommand::tr("CAUSES"), causeComputers);
    if (!damaged.isEmpty() || !unreadable.isEmpty() || !skipped.isEmpty()) {
        o << QString() << EventsCommand::tr("INPUT PROBLEMS");
        for (const QString &d : std::as_const(damaged))
            o << EventsCommand::tr("  damaged (skipped, the rest was read): %1")
                     .arg(ReportRenderer::neutralize(d));
        for (const QString &u : std::as_const(unreadable))
            o << EventsCommand::tr("  unreadable: %1").arg(ReportRenderer::neutralize(u));
        for (const QString &s : std::as_const(skipped))
            o << EventsCommand::tr("  not an event log: %1").arg(ReportRenderer::neutralize(s));
    }
    return o.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

int EventsCommand::dumpEvents(const CommandLine &cl, QTextStream &out, QTextStream &err)
{
    const QString file = cl.inputs.value(0);
    const LogFormat::Detection detection = LogFormat::detect(file);
    std::unique_ptr<EventReader> reader = EventReaderFactory::create(detection.format);
    if (!reader) {
        err << tr("gpsi-doctor: %1: %2").arg(file, detection.detail) << Qt::endl;
        return ExitUsage;
    }
    ReadOptions options;
    for (quint16 id : cl.eventIds)
        options.filter.addEventId(id);
    options.renderXml = cl.dumpFormat == CommandLine::DumpFormat::Xml;
    // --output FILE: the same lines through OutputFile (a regular file is replaced only once
    // everything was written; a device or pipe is written to as it comes).
    std::unique_ptr<OutputFile> outputFile;
    std::unique_ptr<QTextStream> fileStream;
    if (!cl.output.isEmpty()) {
        outputFile = std::make_unique<OutputFile>(cl.output);
        if (!outputFile->open()) {
            err << tr("gpsi-doctor: %1").arg(outputFile->errorString()) << Qt::endl;
            return ExitUsage;
        }
        fileStream = std::make_unique<QTextStream>(outputFile.get());
        fileStream->setEncoding(QStringConverter::Utf8);
    }
    QTextStream &lines = fileStream ? *fileStream : out;
    const EventCatalogue &catalogue = EventCatalogue::builtin();
    const ReadSummary s = reader->read(file, options, [&](const EventRecord &record) {
        if (cl.dumpFormat == CommandLine::DumpFormat::Xml) {
            // One event per line: line breaks inside values become character references.
            QString xml = record.xml.isEmpty() ? EventXml::render(record) : record.xml;
            xml.replace(QLatin1Char('\r'), QLatin1String("&#13;"));
            xml.replace(QLatin1Char('\n'), QLatin1String("&#10;"));
            lines << xml << '\n';
        } else {
            lines << QString::fromUtf8(QJsonDocument(recordJson(catalogue, record))
                                           .toJson(QJsonDocument::Compact))
                  << '\n';
        }
        return lines.status() == QTextStream::Ok; // a full disk stops the reading
    });
    lines.flush();
    if (outputFile && (lines.status() != QTextStream::Ok || !outputFile->commit())) {
        err << tr("gpsi-doctor: %1").arg(outputFile->errorString()) << Qt::endl;
        return ExitUsage;
    }
    if (!s.ok) {
        err << tr("gpsi-doctor: %1: %2").arg(file, s.error) << Qt::endl;
        return ExitUsage;
    }
    printIssues(s, err);
    if (!cl.noProgress && DiagnoseCommand::stderrIsTerminal()) {
        err << tr("%1: %2, %3, %n record(s)", nullptr, int(qMin<qint64>(s.recordsSeen, INT_MAX)))
                   .arg(file, LogFormat::formatTitle(s.format), humanBytes(s.bytes))
            << tr(", %n printed", nullptr, int(qMin<qint64>(s.recordsMatched, INT_MAX)))
            << Qt::endl;
    }
    return ExitClean;
}

QStringList EventsCommand::collectLogs(const QStringList &paths, bool recursive,
                                       QStringList *skipped)
{
    QStringList files;
    auto consider = [&](const QString &file) {
        const LogFormat::Detection d = LogFormat::detect(file);
        if (LogFormat::isEventLog(d.format)) {
            if (!files.contains(file))
                files << file;
        } else if (skipped) {
            *skipped << tr("%1: %2").arg(file, d.detail);
        }
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot,
                            recursive ? QDirIterator::Subdirectories
                                      : QDirIterator::NoIteratorFlags);
            QStringList inDir;
            while (it.hasNext())
                inDir << it.next();
            inDir.sort();
            for (const QString &f : std::as_const(inDir))
                consider(f);
        } else {
            consider(path);
        }
    }
    return files;
}

QStringList EventsCommand::packagePathsFromLogs(const QStringList &files)
{
    return EvidenceScan::scan(files).paths;
}

int EventsCommand::scanEvents(const CommandLine &cl, QTextStream &out, QTextStream &err)
{
    // The event-history module's metadata declares the facts a computer's summary is built
    // from: without it every fact would be dropped, so a failed load ends the command.
    ModuleRegistry registry;
    setUpModuleRegistry(registry, cl.pluginDirs);
    const ModuleDescriptor *events = registry.find(QStringLiteral("event-history"));
    if (!events) {
        err << tr("gpsi-doctor: internal error: the event-history check module did not load: %1")
                   .arg(registry.errorLines().join(QStringLiteral("; ")))
            << Qt::endl;
        return ExitInternal;
    }
    FleetScan scan;
    QStringList &skipped = scan.skipped;
    for (const QString &path : cl.inputs) {
        if (!QFileInfo::exists(path)) {
            err << tr("gpsi-doctor: %1: no such file or folder").arg(path) << Qt::endl;
            return ExitUsage;
        }
    }
    if (QString error; !cl.output.isEmpty() && !OutputFile::check(cl.output, &error)) {
        err << tr("gpsi-doctor: %1").arg(error) << Qt::endl; // now, not after the scan
        return ExitUsage;
    }
    scan.files = collectLogs(cl.inputs, cl.recursive, &skipped);
    const QStringList &files = scan.files;
    if (files.isEmpty()) {
        err << tr("gpsi-doctor: no event logs found in %1")
                   .arg(cl.inputs.join(QStringLiteral(", ")))
            << Qt::endl;
        for (const QString &s : std::as_const(skipped))
            err << QStringLiteral("  %1").arg(s) << Qt::endl;
        return ExitUsage;
    }
    for (const QString &f : files)
        scan.totalBytes += QFileInfo(f).size();
    const bool showProgress = !cl.noProgress && DiagnoseCommand::stderrIsTerminal();
    const std::vector<ScannedLog> logs =
        readLogs(files, scan.totalBytes, showProgress, err, &scan.elapsedMs);
    summariseFleet(logs, events->metadata, scan);

    const QString text = cl.format == ReportRenderer::Format::Json   ? fleetJson(scan)
                         : cl.format == ReportRenderer::Format::Html ? fleetHtml(scan)
                                                                     : fleetText(scan);

    if (cl.output.isEmpty()) {
        out << text;
        out.flush();
    } else {
        QString error;
        if (!OutputFile::write(cl.output, text.toUtf8(), &error)) {
            err << tr("gpsi-doctor: %1").arg(error) << Qt::endl;
            return ExitUsage;
        }
    }
    qCDebug(lcEventsCommand) << files.size() << "logs," << scan.computers.size() << "computers in"
                             << scan.elapsedMs << "ms";
    return scan.failing > 0 ? ExitProblem : ExitClean;
}

} // namespace Gpsi

#include "diagnosecommand.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <cstdio>

#include "checks/builtinmodules.h"
#include "cli/eventscommand.h"
#include "engine/packagepath.h"
#include "engine/runner.h"
#include "eventlog/logformat.h"
#include "io/outputfile.h"
#include "report/reportrenderer.h"

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcCli, "gpsi.cli", QtInfoMsg)

namespace Gpsi {

bool DiagnoseCommand::stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

ReportModel DiagnoseCommand::diagnose(const Case &caseData, const ModuleRegistry &registry,
                                      std::shared_ptr<const Clock> clock, QTextStream *progress,
                                      const KnowledgeBase *knowledge)
{
    Runner runner;
    runner.setClock(clock);
    runner.setModules(registry.modules());
    if (progress) {
        QObject::connect(&runner, &Runner::checkFinished, &runner, [&runner, progress](int index) {
            const CheckRun &r = runner.runs().at(index);
            *progress << QStringLiteral("[%1/%2] %3 %4: %5")
                             .arg(runner.finishedCount())
                             .arg(runner.runs().size())
                             .arg(r.moduleTitle, r.subject.isEmpty() ? QString() : r.subject,
                                  checkStatusTitle(r.result.status))
                      << Qt::endl;
        });
    }
    runner.runToCompletion(caseData);
    return ReportModel::fromRun(caseData, runner, knowledge ? *knowledge : KnowledgeBase::builtin(),
                                registry.errorLines(), clock->now());
}

// The case the command line describes: a --case file, packages, events and options.
int DiagnoseCommand::buildCase(const CommandLine &cl, Case &c, QTextStream &err)
{
    if (!cl.caseFile.isEmpty()) {
        QString error;
        if (!Case::load(cl.caseFile, &c, &error)) {
            err << tr("gpsi-doctor: %1").arg(error) << Qt::endl;
            return ExitUsage;
        }
        // A case file may come from someone else: say which files of this computer it reads.
        for (const EvidenceFile &e : std::as_const(c.evidence))
            err << tr("gpsi-doctor: the case names evidence file %1: reading it")
                       .arg(ReportRenderer::neutralize(QDir::toNativeSeparators(e.path)))
                << Qt::endl;
    }
    for (const QString &p : cl.packages) {
        if (PackagePath::parse(p).kind == PackagePath::Kind::Empty) {
            err << tr("gpsi-doctor: --package needs a path such as \\\\server\\share\\app.msi "
                      "(an empty path was given)")
                << Qt::endl;
            return ExitUsage;
        }
        c.packagePaths << p;
    }
    for (const QString &file : cl.events) {
        const LogFormat::Detection d = LogFormat::detect(file);
        if (!LogFormat::isEventLog(d.format)) {
            err << tr("gpsi-doctor: %1: %2").arg(file, d.detail) << Qt::endl;
            return ExitUsage;
        }
        c.evidence << EvidenceFile{QFileInfo(file).absoluteFilePath(),
                                   QDateTime::currentDateTimeUtc()};
    }
    if (c.packagePaths.isEmpty() && !cl.events.isEmpty()) {
        // No path given: check the ones the client's events name (what the wizard suggests).
        c.packagePaths = EventsCommand::packagePathsFromLogs(cl.events);
        for (const QString &p : std::as_const(c.packagePaths))
            err << tr("gpsi-doctor: the events name %1: checking it").arg(p) << Qt::endl;
        if (c.packagePaths.isEmpty()) {
            err << tr("gpsi-doctor: the events name no package path; give it with --package PATH")
                << Qt::endl;
            return ExitUsage;
        }
    }
    if (c.packagePaths.isEmpty()) {
        err << tr("gpsi-doctor: the case names no package path") << Qt::endl;
        return ExitUsage;
    }
    for (const QString &file : cl.knowledgeFiles)
        c.options.knowledgeFiles << QFileInfo(file).absoluteFilePath();
    if (cl.liveEvents)
        c.options.liveEvents = true;
    if (cl.timeoutSeconds > 0)
        c.options.checkTimeoutSeconds = cl.timeoutSeconds;
    if (cl.smbPort > 0)
        c.options.smbPort = quint16(cl.smbPort);
    if (cl.nbssPort > 0)
        c.options.nbssPort = quint16(cl.nbssPort);
    for (auto it = cl.hostOverrides.cbegin(); it != cl.hostOverrides.cend(); ++it)
        c.options.hostOverrides.insert(it.key(), it.value());
    if (!cl.keytab.isEmpty()) {
        // Read-only use, but say so now rather than in the report when it cannot be read.
        QFile keytab(cl.keytab);
        if (!keytab.open(QIODevice::ReadOnly)) {
            err << tr("gpsi-doctor: --keytab %1: %2").arg(cl.keytab, keytab.errorString())
                << Qt::endl;
            return ExitUsage;
        }
        c.options.keytab = QFileInfo(cl.keytab).absoluteFilePath();
        c.options.keytabPrincipal = cl.keytabPrincipal;
    }
    return ExitClean;
}

int DiagnoseCommand::run(const CommandLine &cl, QTextStream &out, QTextStream &err)
{
    Case c;
    if (const int code = buildCase(cl, c, err); code != ExitClean)
        return code;
    if (cl.format == ReportRenderer::Format::Pdf && cl.output.isEmpty()) {
        err << tr("gpsi-doctor: --format pdf needs --output FILE") << Qt::endl;
        return ExitUsage;
    }
    if (!cl.output.isEmpty()) {
        // A folder, a missing folder or a read-only file: say so now, not after the checks.
        QString error;
        if (!OutputFile::check(cl.output, &error)) {
            err << tr("gpsi-doctor: %1").arg(error) << Qt::endl;
            return ExitUsage;
        }
    }
    if (!cl.saveCase.isEmpty()) {
        QString error;
        if (!c.save(cl.saveCase, &error)) {
            err << tr("gpsi-doctor: %1").arg(error) << Qt::endl;
            return ExitUsage;
        }
    }
    if (KnowledgeBase::builtin().causes().isEmpty()) {
        err << tr("gpsi-doctor: internal error: the built-in knowledge base did not load")
            << Qt::endl;
        return ExitInternal;
    }

    ModuleRegistry registry;
    setUpModuleRegistry(registry, cl.pluginDirs);
    for (const ModuleLoadError &e : registry.errors())
        err << tr("gpsi-doctor: warning: check module skipped: %1: %2").arg(e.source, e.message)
            << Qt::endl;

    // The admin's knowledge files, each checked against the facts the modules declare: a rule
    // over a fact nobody produces would silently never fire.
    KnowledgeBase knowledge;
    QStringList knowledgeProblems;
    if (!KnowledgeBase::withFiles(c.options.knowledgeFiles, registry.contract(), &knowledge,
                                  &knowledgeProblems)) {
        for (const QString &line : std::as_const(knowledgeProblems))
            err << tr("gpsi-doctor: --knowledge %1").arg(line) << Qt::endl;
        return ExitUsage;
    }

    const bool showProgress = !cl.noProgress && stderrIsTerminal();
    const ReportModel model =
        diagnose(c, registry, Clock::system(), showProgress ? &err : nullptr, &knowledge);

    if (cl.output.isEmpty()) { // "--output -" goes through writeFile: PDF to a pipe works too
        if (cl.format == ReportRenderer::Format::Json)
            out << QString::fromUtf8(ReportRenderer::toJson(model));
        else if (cl.format == ReportRenderer::Format::Html)
            out << ReportRenderer::toHtml(model);
        else
            out << ReportRenderer::toText(model);
        out.flush();
    } else {
        QString error;
        const QPageSize::PageSizeId size =
            cl.pageSize == QLatin1String("Letter") ? QPageSize::Letter : QPageSize::A4;
        if (!ReportRenderer::writeFile(model, cl.format, cl.output, &error, size)) {
            err << tr("gpsi-doctor: %1").arg(error) << Qt::endl;
            return ExitUsage;
        }
        if (showProgress && cl.output != QLatin1String("-"))
            err << tr("Report written to %1").arg(cl.output) << Qt::endl;
    }
    qCDebug(lcCli) << "verdict" << model.verdictId();
    return model.problemCount() > 0 ? ExitProblem : ExitClean;
}

int DiagnoseCommand::validateKnowledge(const CommandLine &cl, QTextStream &out, QTextStream &err)
{
    ModuleRegistry registry;
    setUpModuleRegistry(registry, cl.pluginDirs);
    const FactContract contract = registry.contract();
    int invalid = 0;
    for (const QString &file : cl.inputs) {
        KnowledgeBase kb;
        const QStringList problems = KnowledgeBase::validateFile(file, contract, &kb);
        for (const QString &line : problems)
            err << QStringLiteral("%1: %2").arg(file, line) << Qt::endl;
        if (problems.isEmpty())
            out << tr("%1: valid, %n cause(s)", nullptr, int(kb.causes().size())).arg(file)
                << Qt::endl;
        invalid += problems.isEmpty() ? 0 : 1;
    }
    return invalid == 0 ? ExitClean : ExitUsage;
}

int DiagnoseCommand::listChecks(const CommandLine &cl, QTextStream &out)
{
    ModuleRegistry registry;
    setUpModuleRegistry(registry, cl.pluginDirs);
    out << tr("Check modules:") << Qt::endl;
    for (const ModuleDescriptor &d : registry.modules()) {
        const ModuleMetadata &m = d.metadata;
        out << QStringLiteral("  %1  %2 [%3]%4")
                   .arg(m.id.leftJustified(18), m.title, m.category,
                        m.supportsCurrentPlatform() ? QString() : tr(" (not on this platform)"))
            << Qt::endl;
        out << QStringLiteral("      %1").arg(m.description) << Qt::endl;
        out << tr("      requires: %1")
                   .arg(m.requiredFacts.isEmpty() ? tr("nothing")
                                                  : m.requiredFacts.join(QStringLiteral(", ")))
            << Qt::endl;
        if (!m.usedFacts.isEmpty())
            out << tr("      uses when known: %1").arg(m.usedFacts.join(QStringLiteral(", ")))
                << Qt::endl;
        out << tr("      provides: %1").arg(m.providedFacts.join(QStringLiteral(", "))) << Qt::endl;
        out << tr("      from: %1").arg(m.source) << Qt::endl;
    }
    if (!registry.errors().isEmpty()) {
        out << tr("Modules that could not be loaded:") << Qt::endl;
        for (const ModuleLoadError &e : registry.errors())
            out << QStringLiteral("  %1: %2").arg(e.source, e.message) << Qt::endl;
    }
    return ExitClean;
}

} // namespace Gpsi

// GPSI Doctor: wires the core, the check modules, the CLI and the wizard together.
#include <QApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <memory>

#include "checks/builtinmodules.h"
#include "cli/commandline.h"
#include "cli/demo.h"
#include "cli/diagnosecommand.h"
#include "cli/eventscommand.h"
#include "engine/diagnosis.h"
#include "engine/moduleregistry.h"
#include "io/nativeio.h"
#include "mainwizard.h"

namespace {

bool hasDisplay()
{
#if defined(Q_OS_WIN)
    return Gpsi::NativeIo::interactiveDesktop();
#elif defined(Q_OS_MACOS)
    return true;
#else
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#endif
}

void installTranslators(QCoreApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("gpsi-doctor"), QStringLiteral("_"),
                  QStringLiteral(":/gpsi/translations")))
        QCoreApplication::installTranslator(own);
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("GPSI Doctor"));
    QCoreApplication::setApplicationName(QStringLiteral("gpsi-doctor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GPSI_VERSION));
}

int runGui(int argc, char **argv, const Gpsi::CommandLine &cl)
{
    // Under Wine, Qt 6.4's default (GDI) font engine leaves the text of line edits undrawn
    // (the values are there: typing replaces them); DirectWrite draws it. Windows itself keeps
    // Qt's default, and an explicit QT_QPA_PLATFORM wins.
    if (!Gpsi::NativeIo::wineVersion().empty() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "windows:fontengine=directwrite");
    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("GPSI Doctor"));
    QGuiApplication::setDesktopFileName(QStringLiteral("gpsi-doctor"));
    installTranslators(app);

    Gpsi::ModuleRegistry registry;
    Gpsi::setUpModuleRegistry(registry, cl.pluginDirs);
    Gpsi::Demo::Servers demoServers;
    Gpsi::MainWizard wizard(registry.modules(), Gpsi::KnowledgeBase::builtin());
    wizard.setModuleErrors(registry.errorLines());
    if (cl.command == Gpsi::CommandLine::Command::Demo) {
        Gpsi::Case demo;
        QString error;
        if (!Gpsi::Demo::scenario(&demo, &error) || !demoServers.start(&error)) {
            QTextStream(stderr) << "gpsi-doctor: internal error: " << error << Qt::endl;
            return Gpsi::ExitInternal;
        }
        demoServers.apply(&demo);
        wizard.setDemoMode(true);
        wizard.setCase(demo);
    }
    wizard.show();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    Gpsi::NativeIo::protectStandardDescriptors();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const Gpsi::CommandLine cl = Gpsi::CommandLine::parse(arguments);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!cl.error.isEmpty()) {
        err << "gpsi-doctor: " << cl.error << Qt::endl << "Try 'gpsi-doctor --help'." << Qt::endl;
        return Gpsi::ExitUsage;
    }

    using Command = Gpsi::CommandLine::Command;
    switch (cl.command) {
    case Command::Help:
        out << Gpsi::CommandLine::helpText();
        return Gpsi::ExitClean;
    case Command::Version:
        out << Gpsi::CommandLine::versionText() << Qt::endl;
        return Gpsi::ExitClean;
    case Command::Gui:
        if (!hasDisplay()) {
            err << "gpsi-doctor: no display to open the wizard on; run "
                   "'gpsi-doctor diagnose --package PATH' or see --help"
                << Qt::endl;
            return Gpsi::ExitUsage;
        }
        return runGui(argc, argv, cl);
    case Command::Demo:
        if (hasDisplay())
            return runGui(argc, argv, cl);
        break;
    case Command::Diagnose:
    case Command::ListChecks:
    case Command::DumpEvents:
    case Command::ScanEvents:
    case Command::ValidateKnowledge:
        break;
    }

    // Headless. PDF rendering needs a QGuiApplication; without a display, use offscreen.
    const bool needsGui =
        cl.command == Command::Demo || cl.format == Gpsi::ReportRenderer::Format::Pdf;
    std::unique_ptr<QCoreApplication> app;
    if (needsGui) {
        // Not on Windows: there the offscreen platform finds no fonts (the PDF would hold no
        // text), while the windows platform renders without a visible desktop too.
#ifndef Q_OS_WIN
        if (!hasDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    setIdentity();
    installTranslators(*app);
    try {
        if (cl.command == Command::ListChecks)
            return Gpsi::DiagnoseCommand::listChecks(cl, out);
        if (cl.command == Command::DumpEvents)
            return Gpsi::EventsCommand::dumpEvents(cl, out, err);
        if (cl.command == Command::ScanEvents)
            return Gpsi::EventsCommand::scanEvents(cl, out, err);
        if (cl.command == Command::ValidateKnowledge)
            return Gpsi::DiagnoseCommand::validateKnowledge(cl, out, err);
        if (cl.command == Command::Demo)
            return Gpsi::Demo::runHeadless(QStringLiteral("."), out, err);
        return Gpsi::DiagnoseCommand::run(cl, out, err);
    } catch (const std::exception &e) {
        err << "gpsi-doctor: internal error: " << e.what() << Qt::endl;
        return Gpsi::ExitInternal;
    } catch (...) {
        err << "gpsi-doctor: internal error" << Qt::endl;
        return Gpsi::ExitInternal;
    }
}

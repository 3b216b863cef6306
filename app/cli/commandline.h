#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include "report/reportrenderer.h"

namespace Gpsi {

// Exit codes of the headless commands.
enum ExitCode : int {
    ExitClean = 0,    // no problem found
    ExitProblem = 1,  // a problem was diagnosed
    ExitUsage = 2,    // bad usage or unreadable input
    ExitInternal = 3, // an internal error
};

// The parsed command line. Parsing never exits the process; `error` says what is wrong.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::CommandLine)

public:
    enum class Command {
        Gui,
        Diagnose,
        ListChecks,
        Demo,
        DumpEvents,
        ScanEvents,
        ValidateKnowledge,
        Version,
        Help
    };
    enum class DumpFormat { Jsonl, Xml };

    Command command = Command::Gui;
    QStringList packages;
    bool packageOptionGiven = false;
    QStringList events;
    QString caseFile;
    QString saveCase;
    int timeoutSeconds = 0; // 0: the case's (default 30 s)
    ReportRenderer::Format format = ReportRenderer::Format::Text;
    QString output;
    QString pageSize = QStringLiteral("A4");
    QStringList pluginDirs;
    QMap<QString, QString> hostOverrides; // --resolve HOST=ADDRESS
    int smbPort = 0;                      // --smb-port N (0: the case's, default 445)
    int nbssPort = 0;                     // --nbss-port N (0: the case's, default 139)
    QString keytab;                       // --keytab FILE: Kerberos check as the keytab's principal
    QString keytabPrincipal;              // --keytab-principal NAME
    bool noProgress = false;
    bool liveEvents = false;    // --live-events: the event check reads this computer's logs too
    QStringList knowledgeFiles; // --knowledge FILE (repeatable): causes added for the run
    // dump-events FILE / scan-events PATH... / validate-knowledge FILE...
    QStringList inputs;
    QList<quint16> eventIds; // --ids 102,108,1000 (dump-events)
    DumpFormat dumpFormat = DumpFormat::Jsonl;
    bool recursive = false; // --recursive (scan-events)
    QString error;          // non-empty on bad usage

    static CommandLine parse(const QStringList &arguments);
    static QString helpText();
    static QString versionText();
};

} // namespace Gpsi

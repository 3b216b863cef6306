#include "commandline.h"

#include <QCommandLineParser>
#include <QHostAddress>

namespace Gpsi {

namespace {
struct Options
{
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, QString()};
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")}, QString()};
    QCommandLineOption listChecks{QStringLiteral("list-checks"), QString()};
    QCommandLineOption demo{QStringLiteral("demo"), QString()};
    QCommandLineOption package{
        {QStringLiteral("p"), QStringLiteral("package")}, QString(), QStringLiteral("path")};
    QCommandLineOption events{
        {QStringLiteral("e"), QStringLiteral("events")}, QString(), QStringLiteral("file")};
    QCommandLineOption caseFile{QStringLiteral("case"), QString(), QStringLiteral("file")};
    QCommandLineOption saveCase{QStringLiteral("save-case"), QString(), QStringLiteral("file")};
    QCommandLineOption timeout{
        {QStringLiteral("t"), QStringLiteral("timeout")}, QString(), QStringLiteral("seconds")};
    QCommandLineOption format{
        {QStringLiteral("f"), QStringLiteral("format")}, QString(), QStringLiteral("format")};
    QCommandLineOption output{
        {QStringLiteral("o"), QStringLiteral("output")}, QString(), QStringLiteral("file")};
    QCommandLineOption pageSize{QStringLiteral("page-size"), QString(), QStringLiteral("size")};
    QCommandLineOption pluginDir{QStringLiteral("plugin-dir"), QString(), QStringLiteral("dir")};
    QCommandLineOption resolve{QStringLiteral("resolve"), QString(),
                               QStringLiteral("host=address")};
    QCommandLineOption noProgress{QStringLiteral("no-progress"), QString()};
    QCommandLineOption smbPort{QStringLiteral("smb-port"), QString(), QStringLiteral("port")};
    QCommandLineOption nbssPort{QStringLiteral("nbss-port"), QString(), QStringLiteral("port")};
    QCommandLineOption keytab{QStringLiteral("keytab"), QString(), QStringLiteral("file")};
    QCommandLineOption keytabPrincipal{QStringLiteral("keytab-principal"), QString(),
                                       QStringLiteral("principal")};
    QCommandLineOption ids{QStringLiteral("ids"), QString(), QStringLiteral("list")};
    QCommandLineOption liveEvents{QStringLiteral("live-events"), QString()};
    QCommandLineOption recursive{{QStringLiteral("r"), QStringLiteral("recursive")}, QString()};
    QCommandLineOption knowledge{QStringLiteral("knowledge"), QString(), QStringLiteral("file")};
};

// The steps of CommandLine::parse over one parsed argument list, in the order their errors are
// reported. Each returns false to stop parsing: with cl.error set, or (selectCommand) for a
// command that needs nothing more.
struct Steps
{
    const QCommandLineParser &parser;
    const Options &o;
    CommandLine &cl;

    bool fail(const QString &error)
    {
        cl.error = error;
        return false;
    }

    bool selectCommand();
    void readValues();
    bool checkOptionsBelong();
    bool readEventIds();
    bool readKeytab();
    bool readTimeout();
    bool readFormat();
    bool readPageSize();
    bool readPorts();
    bool readHostOverrides();
    bool checkCommandNeeds();
};

bool Steps::selectCommand()
{
    using Command = CommandLine::Command;
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    const bool takesInputs = command == QLatin1String("dump-events") ||
                             command == QLatin1String("scan-events") ||
                             command == QLatin1String("validate-knowledge");
    if (positional.size() > 1 && !takesInputs)
        return fail(CommandLine::tr("unexpected argument \"%1\"").arg(positional.at(1)));
    cl.inputs = positional.mid(1);
    if (command == QLatin1String("diagnose")) {
        cl.command = Command::Diagnose;
    } else if (command == QLatin1String("dump-events")) {
        cl.command = Command::DumpEvents;
        if (cl.inputs.size() != 1)
            return fail(
                CommandLine::tr("dump-events needs exactly one event log: gpsi-doctor "
                                "dump-events FILE [--format jsonl|xml] [--ids 102,108,1000]"));
    } else if (command == QLatin1String("scan-events")) {
        cl.command = Command::ScanEvents;
        if (cl.inputs.isEmpty())
            return fail(CommandLine::tr("scan-events needs at least one file or folder: "
                                        "gpsi-doctor scan-events [--recursive] PATH..."));
    } else if (command == QLatin1String("validate-knowledge")) {
        cl.command = Command::ValidateKnowledge;
        if (cl.inputs.isEmpty())
            return fail(CommandLine::tr("validate-knowledge needs at least one knowledge file: "
                                        "gpsi-doctor validate-knowledge FILE..."));
    } else if (command == QLatin1String("help")) {
        cl.command = Command::Help;
        return false;
    } else if (command == QLatin1String("list-checks") || parser.isSet(o.listChecks)) {
        cl.command = Command::ListChecks;
    } else if (command == QLatin1String("demo") || parser.isSet(o.demo)) {
        cl.command = Command::Demo;
    } else if (!command.isEmpty()) {
        return fail(CommandLine::tr("unknown command \"%1\" (commands: diagnose, dump-events, "
                                    "scan-events, validate-knowledge, list-checks, demo, help)")
                        .arg(command));
    }
    return true;
}

void Steps::readValues()
{
    cl.packages = parser.values(o.package);
    cl.packageOptionGiven = parser.isSet(o.package);
    cl.events = parser.values(o.events);
    cl.caseFile = parser.value(o.caseFile);
    cl.saveCase = parser.value(o.saveCase);
    cl.output = parser.value(o.output);
    cl.pluginDirs = parser.values(o.pluginDir);
    cl.noProgress = parser.isSet(o.noProgress);
    cl.keytab = parser.value(o.keytab);
    cl.keytabPrincipal = parser.value(o.keytabPrincipal);
    cl.liveEvents = parser.isSet(o.liveEvents);
    cl.knowledgeFiles = parser.values(o.knowledge);
    cl.recursive = parser.isSet(o.recursive);
}

bool Steps::checkOptionsBelong()
{
    using Command = CommandLine::Command;
    const bool diagnoseOnly =
        cl.packageOptionGiven || !cl.events.isEmpty() || !cl.caseFile.isEmpty() ||
        !cl.saveCase.isEmpty() || parser.isSet(o.timeout) || parser.isSet(o.resolve) ||
        parser.isSet(o.smbPort) || parser.isSet(o.nbssPort) || parser.isSet(o.keytab) ||
        parser.isSet(o.keytabPrincipal) || parser.isSet(o.liveEvents) || parser.isSet(o.knowledge);
    if (diagnoseOnly && cl.command != Command::Diagnose)
        return fail(CommandLine::tr(
            "--package, --events, --live-events, --case, --save-case, --timeout, --resolve, "
            "--smb-port, --nbss-port, --keytab, --keytab-principal and --knowledge belong to the "
            "diagnose command: gpsi-doctor diagnose --package PATH"));
    if (parser.isSet(o.ids) && cl.command != Command::DumpEvents)
        return fail(CommandLine::tr("--ids belongs to the dump-events command"));
    if (parser.isSet(o.recursive) && cl.command != Command::ScanEvents)
        return fail(CommandLine::tr("--recursive belongs to the scan-events command"));
    return true;
}

// --ids may be given more than once; each value is a comma-separated list.
bool Steps::readEventIds()
{
    const QStringList idTexts =
        parser.values(o.ids).join(QLatin1Char(',')).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &text : idTexts) {
        bool ok = false;
        const uint id = text.trimmed().toUInt(&ok);
        if (!ok || id > 65535)
            return fail(
                CommandLine::tr("--ids needs event IDs from 0 to 65535 separated by commas, not "
                                "\"%1\"")
                    .arg(text));
        cl.eventIds << quint16(id);
    }
    if (parser.isSet(o.ids) && cl.eventIds.isEmpty())
        return fail(
            CommandLine::tr("--ids needs event IDs separated by commas, for example 102,108,1000"));
    return true;
}

bool Steps::readKeytab()
{
    if (parser.isSet(o.keytab) && cl.keytab.isEmpty())
        return fail(CommandLine::tr("--keytab needs a file name (for example /etc/krb5.keytab)"));
    if (parser.isSet(o.keytabPrincipal) && cl.keytab.isEmpty())
        return fail(CommandLine::tr("--keytab-principal needs --keytab FILE"));
    return true;
}

bool Steps::readTimeout()
{
    if (!parser.isSet(o.timeout))
        return true;
    bool ok = false;
    cl.timeoutSeconds = parser.value(o.timeout).toInt(&ok);
    if (!ok || cl.timeoutSeconds < 1 || cl.timeoutSeconds > 3600)
        return fail(CommandLine::tr("--timeout needs a whole number of seconds from 1 to 3600, "
                                    "not \"%1\"")
                        .arg(parser.value(o.timeout)));
    return true;
}

// dump-events writes event records (jsonl or xml); every other command writes a report.
bool Steps::readFormat()
{
    if (cl.command == CommandLine::Command::DumpEvents) {
        const QString f = parser.value(o.format).toLower();
        if (f == QLatin1String("xml"))
            cl.dumpFormat = CommandLine::DumpFormat::Xml;
        else if (!f.isEmpty() && f != QLatin1String("jsonl"))
            return fail(CommandLine::tr("dump-events --format must be jsonl or xml, not \"%1\"")
                            .arg(parser.value(o.format)));
    } else if (parser.isSet(o.format) &&
               !ReportRenderer::formatFromName(parser.value(o.format), &cl.format)) {
        return fail(CommandLine::tr("--format must be text, json, html or pdf, not \"%1\"")
                        .arg(parser.value(o.format)));
    }
    return true;
}

bool Steps::readPageSize()
{
    if (!parser.isSet(o.pageSize))
        return true;
    const QString size = parser.value(o.pageSize);
    if (size.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        cl.pageSize = QStringLiteral("A4");
    else if (size.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        cl.pageSize = QStringLiteral("Letter");
    else
        return fail(CommandLine::tr("--page-size must be A4 or Letter, not \"%1\"").arg(size));
    return true;
}

bool Steps::readPorts()
{
    for (auto [option, target] :
         {std::pair{&o.smbPort, &cl.smbPort}, std::pair{&o.nbssPort, &cl.nbssPort}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        *target = parser.value(*option).toInt(&ok);
        if (!ok || *target < 1 || *target > 65535)
            return fail(CommandLine::tr("--%1 needs a port number from 1 to 65535, not \"%2\"")
                            .arg(option->names().constFirst(), parser.value(*option)));
    }
    return true;
}

bool Steps::readHostOverrides()
{
    for (const QString &entry : parser.values(o.resolve)) {
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        const QString host = entry.left(eq).trimmed().toLower();
        const QString address = entry.mid(eq + 1).trimmed();
        if (eq <= 0 || host.isEmpty() || QHostAddress(address).isNull())
            return fail(
                CommandLine::tr("--resolve needs HOST=ADDRESS with an IP address, not \"%1\"")
                    .arg(entry));
        cl.hostOverrides.insert(host, address);
    }
    return true;
}

bool Steps::checkCommandNeeds()
{
    using Command = CommandLine::Command;
    if (cl.command == Command::ScanEvents && cl.format == ReportRenderer::Format::Pdf)
        return fail(CommandLine::tr("scan-events --format must be text, json or html"));
    if (cl.command == Command::Diagnose && !cl.packageOptionGiven && cl.caseFile.isEmpty() &&
        cl.events.isEmpty())
        return fail(CommandLine::tr("diagnose needs --package PATH, --events FILE (the package "
                                    "paths its events name are checked) or --case FILE"));
    return true;
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine cl;
    Options o;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({o.help,      o.version,    o.listChecks,      o.demo,
                       o.package,   o.events,     o.caseFile,        o.saveCase,
                       o.timeout,   o.format,     o.output,          o.pageSize,
                       o.pluginDir, o.resolve,    o.noProgress,      o.smbPort,
                       o.nbssPort,  o.keytab,     o.keytabPrincipal, o.ids,
                       o.recursive, o.liveEvents, o.knowledge});
    parser.addPositionalArgument(QStringLiteral("command"), QString());
    if (!parser.parse(arguments)) {
        cl.error = parser.errorText();
        return cl;
    }
    if (parser.isSet(o.help)) {
        cl.command = Command::Help;
        return cl;
    }
    if (parser.isSet(o.version)) {
        cl.command = Command::Version;
        return cl;
    }
    Steps steps{parser, o, cl};
    if (!steps.selectCommand())
        return cl;
    steps.readValues();
    // The first step that fails leaves its error in cl.error and ends the parse.
    for (auto step : {&Steps::checkOptionsBelong, &Steps::readEventIds, &Steps::readKeytab,
                      &Steps::readTimeout, &Steps::readFormat, &Steps::readPageSize,
                      &Steps::readPorts, &Steps::readHostOverrides, &Steps::checkCommandNeeds}) {
        if (!(steps.*step)())
            break;
    }
    return cl;
}

QString CommandLine::versionText()
{
    return tr("GPSI Doctor %1 (Qt %2)")
        .arg(QStringLiteral(GPSI_VERSION), QString::fromLatin1(qVersion()));
}

QString CommandLine::helpText()
{
    return tr("GPSI Doctor %1 - finds why Group Policy software installation fails (KB 323304 and "
              "related causes).\n"
              "\n"
              "Usage:\n"
              "  gpsi-doctor                      open the wizard\n"
              "  gpsi-doctor --demo               open the wizard on the built-in demo scenario\n"
              "                                   (without a display: run it and write the "
              "report)\n"
              "  gpsi-doctor diagnose --package PATH [options]\n"
              "                                   run every check without a GUI and print the "
              "report\n"
              "  gpsi-doctor dump-events FILE [--format jsonl|xml] [--ids 102,108,1000]\n"
              "                                   print every record of an event log (or the\n"
              "                                   matching ones), one per line in jsonl\n"
              "  gpsi-doctor scan-events [--recursive] PATH... [--format text|json|html]\n"
              "                                   read many event logs (a folder of exports from\n"
              "                                   many clients) and summarise the fleet\n"
              "  gpsi-doctor validate-knowledge FILE...\n"
              "                                   check knowledge files (causes as data) against\n"
              "                                   the facts the check modules declare\n"
              "  gpsi-doctor --list-checks        list the check modules and any that failed to "
              "load\n"
              "  gpsi-doctor --version | --help\n"
              "\n"
              "Options of diagnose:\n"
              "  -p, --package PATH     package path as in the policy, e.g. "
              "\\\\server\\share\\app.msi\n"
              "                         (repeat for several packages)\n"
              "  -e, --events FILE      exported event log (.evtx, .evt, .xml, .csv, .txt);\n"
              "                         repeatable; without --package the package paths the\n"
              "                         events name are checked\n"
              "      --live-events      also read this computer's Application, System and Group\n"
              "                         Policy logs (Windows; the last 30 days)\n"
              "      --case FILE        read the case (paths, evidence, options) from a case file\n"
              "      --save-case FILE   write the case to a case file as well\n"
              "  -t, --timeout SECONDS  time limit of each check (default 30)\n"
              "      --resolve HOST=ADDRESS\n"
              "                         answer lookups of HOST with ADDRESS instead of asking DNS\n"
              "      --smb-port N       direct-hosted SMB port of the servers (default 445)\n"
              "      --nbss-port N      NetBIOS session service port (default 139)\n"
              "      --keytab FILE      Kerberos check with credentials from FILE instead of the\n"
              "                         current ticket cache: on a Linux machine joined to the\n"
              "                         domain, /etc/krb5.keytab tests as the computer account\n"
              "      --keytab-principal NAME\n"
              "                         principal to use from the keytab (default: the computer\n"
              "                         account NAME$, else a host/ principal)\n"
              "      --knowledge FILE   add the causes of a knowledge file to the built-in ones\n"
              "                         (repeatable; check it first with validate-knowledge)\n"
              "  -f, --format FORMAT    text (default), json, html or pdf\n"
              "  -o, --output FILE      write the report to FILE instead of standard output (-:\n"
              "                         standard output; required for pdf). A regular file is\n"
              "                         replaced only once the whole report is written; a device\n"
              "                         or pipe (/dev/null, a FIFO) is written to as it is\n"
              "      --page-size SIZE   A4 (default) or Letter, for pdf\n"
              "      --plugin-dir DIR   load third-party check modules from DIR as well\n"
              "      --no-progress      no progress lines on stderr\n"
              "\n"
              "dump-events writes damaged regions (with file offsets) to stderr; it exits 0 when\n"
              "the file was read, even with damage skipped, and 2 when it is not an event log.\n"
              "scan-events exits 0 when no failed installation was found, 1 when one was.\n"
              "validate-knowledge exits 0 when every file is valid, 2 with one line per problem.\n"
              "\n"
              "Exit status: 0 no problem found, 1 a problem was diagnosed, 2 bad usage or "
              "unreadable\n"
              "input, 3 internal error.\n")
        .arg(QStringLiteral(GPSI_VERSION));
}

} // namespace Gpsi

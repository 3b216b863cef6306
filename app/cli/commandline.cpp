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
};
} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine cl;
    Options o;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({o.help, o.version, o.listChecks, o.demo, o.package, o.events, o.caseFile,
                       o.saveCase, o.timeout, o.format, o.output, o.pageSize, o.pluginDir,
                       o.resolve, o.noProgress, o.smbPort, o.nbssPort, o.keytab,
                       o.keytabPrincipal});
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

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        cl.error = tr("unexpected argument \"%1\"").arg(positional.at(1));
        return cl;
    }
    const QString command = positional.value(0);
    if (command == QLatin1String("diagnose")) {
        cl.command = Command::Diagnose;
    } else if (command == QLatin1String("help")) {
        cl.command = Command::Help;
        return cl;
    } else if (command == QLatin1String("list-checks") || parser.isSet(o.listChecks)) {
        cl.command = Command::ListChecks;
    } else if (command == QLatin1String("demo") || parser.isSet(o.demo)) {
        cl.command = Command::Demo;
    } else if (!command.isEmpty()) {
        cl.error =
            tr("unknown command \"%1\" (commands: diagnose, list-checks, demo, help)").arg(command);
        return cl;
    }

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

    const bool diagnoseOnly = cl.packageOptionGiven || !cl.events.isEmpty() ||
                              !cl.caseFile.isEmpty() || !cl.saveCase.isEmpty() ||
                              parser.isSet(o.timeout) || parser.isSet(o.resolve) ||
                              parser.isSet(o.smbPort) || parser.isSet(o.nbssPort) ||
                              parser.isSet(o.keytab) || parser.isSet(o.keytabPrincipal);
    if (diagnoseOnly && cl.command != Command::Diagnose) {
        cl.error = tr("--package, --events, --case, --save-case, --timeout, --resolve, --smb-port, "
                      "--nbss-port, --keytab and --keytab-principal belong to the diagnose "
                      "command: gpsi-doctor diagnose --package PATH");
        return cl;
    }
    if (parser.isSet(o.keytab) && cl.keytab.isEmpty()) {
        cl.error = tr("--keytab needs a file name (for example /etc/krb5.keytab)");
        return cl;
    }
    if (parser.isSet(o.keytabPrincipal) && cl.keytab.isEmpty()) {
        cl.error = tr("--keytab-principal needs --keytab FILE");
        return cl;
    }
    if (parser.isSet(o.timeout)) {
        bool ok = false;
        cl.timeoutSeconds = parser.value(o.timeout).toInt(&ok);
        if (!ok || cl.timeoutSeconds < 1 || cl.timeoutSeconds > 3600) {
            cl.error = tr("--timeout needs a whole number of seconds from 1 to 3600, not \"%1\"")
                           .arg(parser.value(o.timeout));
            return cl;
        }
    }
    if (parser.isSet(o.format) &&
        !ReportRenderer::formatFromName(parser.value(o.format), &cl.format)) {
        cl.error =
            tr("--format must be text, json, html or pdf, not \"%1\"").arg(parser.value(o.format));
        return cl;
    }
    if (parser.isSet(o.pageSize)) {
        const QString size = parser.value(o.pageSize);
        if (size.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
            cl.pageSize = QStringLiteral("A4");
        else if (size.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
            cl.pageSize = QStringLiteral("Letter");
        else {
            cl.error = tr("--page-size must be A4 or Letter, not \"%1\"").arg(size);
            return cl;
        }
    }
    for (auto [option, target] :
         {std::pair{&o.smbPort, &cl.smbPort}, std::pair{&o.nbssPort, &cl.nbssPort}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        *target = parser.value(*option).toInt(&ok);
        if (!ok || *target < 1 || *target > 65535) {
            cl.error = tr("--%1 needs a port number from 1 to 65535, not \"%2\"")
                           .arg(option->names().constFirst(), parser.value(*option));
            return cl;
        }
    }
    for (const QString &entry : parser.values(o.resolve)) {
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        const QString host = entry.left(eq).trimmed().toLower();
        const QString address = entry.mid(eq + 1).trimmed();
        if (eq <= 0 || host.isEmpty() || QHostAddress(address).isNull()) {
            cl.error = tr("--resolve needs HOST=ADDRESS with an IP address, not \"%1\"").arg(entry);
            return cl;
        }
        cl.hostOverrides.insert(host, address);
    }
    if (cl.command == Command::Diagnose && !cl.packageOptionGiven && cl.caseFile.isEmpty()) {
        cl.error = tr("diagnose needs --package PATH (or --case FILE)");
        return cl;
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
              "  gpsi-doctor --list-checks        list the check modules and any that failed to "
              "load\n"
              "  gpsi-doctor --version | --help\n"
              "\n"
              "Options of diagnose:\n"
              "  -p, --package PATH     package path as in the policy, e.g. "
              "\\\\server\\share\\app.msi\n"
              "                         (repeat for several packages)\n"
              "  -e, --events FILE      exported event log (.evtx, .evt, .xml, .csv); repeatable\n"
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
              "  -f, --format FORMAT    text (default), json, html or pdf\n"
              "  -o, --output FILE      write the report to FILE (required for pdf)\n"
              "      --page-size SIZE   A4 (default) or Letter, for pdf\n"
              "      --plugin-dir DIR   load third-party check modules from DIR as well\n"
              "      --no-progress      no progress lines on stderr\n"
              "\n"
              "Exit status: 0 no problem found, 1 a problem was diagnosed, 2 bad usage or "
              "unreadable\n"
              "input, 3 internal error.\n")
        .arg(QStringLiteral(GPSI_VERSION));
}

} // namespace Gpsi

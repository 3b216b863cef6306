#include "demo.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <QTcpServer>

#include "checks/builtinmodules.h"
#include "cli/commandline.h"
#include "cli/diagnosecommand.h"
#include "io/outputfile.h"
#include "probes/nt4simulator.h"
#include "report/reportrenderer.h"

namespace Gpsi {

Demo::Servers::Servers() = default;
Demo::Servers::~Servers() = default;

bool Demo::Servers::start(QString *error)
{
    m_nt4 = std::make_unique<Nt4Simulator>();
    if (!m_nt4->start(error))
        return false;
    // A port that was free a moment ago: connecting to it is refused, as NT 4.0 refuses 445.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        *error = tr("no free loopback port: %1").arg(probe.errorString());
        return false;
    }
    m_closedPort = probe.serverPort();
    probe.close();

    if (!m_kerberosDir.isValid()) {
        *error = tr("cannot create a temporary directory: %1").arg(m_kerberosDir.errorString());
        return false;
    }
    const QString confFile = m_kerberosDir.filePath(QStringLiteral("krb5.conf"));
    const QByteArray conf = QStringLiteral("[libdefaults]\n"
                                           "    default_realm = EXAMPLE.TEST\n"
                                           "    dns_lookup_kdc = false\n"
                                           "    dns_lookup_realm = false\n"
                                           "    dns_canonicalize_hostname = false\n"
                                           "    rdns = false\n"
                                           "    udp_preference_limit = 1\n"
                                           "[realms]\n"
                                           "    EXAMPLE.TEST = {\n"
                                           "        kdc = 127.0.0.1:%1\n"
                                           "    }\n"
                                           "[domain_realm]\n"
                                           "    .example.test = EXAMPLE.TEST\n")
                                .arg(m_closedPort)
                                .toUtf8();
    if (!OutputFile::write(confFile, conf, error))
        return false;
    qputenv("KRB5_CONFIG", QFile::encodeName(confFile));
    qputenv("KRB5CCNAME", "MEMORY:gpsi-doctor-demo");

    // The client's Application log (exported from a Windows XP computer of the Accounting
    // department) as evidence: a file on disk, as an admin would add it.
    m_clientLog = m_kerberosDir.filePath(QStringLiteral("accounting-pc01-application.evt"));
    QFile log(QStringLiteral(":/gpsi/demo/accounting-pc01-application.evt"));
    if (!log.open(QIODevice::ReadOnly) || !OutputFile::write(m_clientLog, log.readAll(), error))
        return false;
    return true;
}

void Demo::Servers::apply(Case *caseData) const
{
    caseData->options.nbssPort = m_nt4 ? m_nt4->port() : caseData->options.nbssPort;
    caseData->options.smbPort = m_closedPort ? m_closedPort : caseData->options.smbPort;
    if (!m_clientLog.isEmpty()) {
        caseData->evidence << EvidenceFile{m_clientLog,
                                           QDateTime(QDate(2024, 3, 9), QTime(9, 0), Qt::UTC)};
    }
}

bool Demo::scenario(Case *out, QString *error)
{
    QFile file(QStringLiteral(":/gpsi/demo/scenario.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("the demo scenario is missing from this build");
        return false;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    return Case::fromJson(doc.object(), out, error);
}

int Demo::runHeadless(const QString &directory, QTextStream &out, QTextStream &err)
{
    Case c;
    QString error;
    if (!scenario(&c, &error)) {
        err << tr("gpsi-doctor: internal error: %1").arg(error) << Qt::endl;
        return ExitInternal;
    }
    Servers servers;
    if (!servers.start(&error)) {
        err << tr("gpsi-doctor: cannot start the demo's NT 4.0 simulator: %1").arg(error)
            << Qt::endl;
        return ExitInternal;
    }
    servers.apply(&c);
    ModuleRegistry registry;
    setUpModuleRegistry(registry);
    const ReportModel model = DiagnoseCommand::diagnose(
        c, registry, Clock::system(), DiagnoseCommand::stderrIsTerminal() ? &err : nullptr);
    out << ReportRenderer::toText(model);
    out.flush();
    // Never over a file the user had: the first free gpsi-doctor-demo[-N] name for both files.
    const QDir dir(directory);
    QString base;
    for (int n = 1; base.isEmpty(); ++n) {
        const QString name = n == 1 ? QStringLiteral("gpsi-doctor-demo")
                                    : QStringLiteral("gpsi-doctor-demo-%1").arg(n);
        if (!dir.exists(name + QStringLiteral(".html")) &&
            !dir.exists(name + QStringLiteral(".pdf")))
            base = dir.absoluteFilePath(name);
    }
    for (const auto format : {ReportRenderer::Format::Html, ReportRenderer::Format::Pdf}) {
        const QString file = QStringLiteral("%1.%2").arg(base, ReportRenderer::formatName(format));
        if (!ReportRenderer::writeFile(model, format, file, &error)) {
            err << tr("gpsi-doctor: %1").arg(error) << Qt::endl;
            return ExitUsage;
        }
        err << tr("Demo report written to %1").arg(QDir::toNativeSeparators(file)) << Qt::endl;
    }
    return ExitClean;
}

} // namespace Gpsi

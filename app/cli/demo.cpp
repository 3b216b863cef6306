#include "demo.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include "cli/commandline.h"
#include "cli/diagnosecommand.h"
#include "report/reportrenderer.h"

namespace Gpsi {

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
    ModuleRegistry registry;
    DiagnoseCommand::setUpRegistry(registry, {});
    const ReportModel model = DiagnoseCommand::diagnose(
        c, registry, Clock::system(), DiagnoseCommand::stderrIsTerminal() ? &err : nullptr);
    out << ReportRenderer::toText(model);
    out.flush();
    const QDir dir(directory);
    for (const auto format : {ReportRenderer::Format::Html, ReportRenderer::Format::Pdf}) {
        const QString file = dir.absoluteFilePath(
            QStringLiteral("gpsi-doctor-demo.%1").arg(ReportRenderer::formatName(format)));
        if (!ReportRenderer::writeFile(model, format, file, &error)) {
            err << tr("gpsi-doctor: %1").arg(error) << Qt::endl;
            return ExitUsage;
        }
        err << tr("Demo report written to %1").arg(file) << Qt::endl;
    }
    return ExitClean;
}

} // namespace Gpsi

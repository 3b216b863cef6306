#include "safetext.h"

#include "report/reportrenderer.h"

namespace Gpsi {

namespace SafeText {

QString display(const QString &text)
{
    return ReportRenderer::neutralize(text);
}

QString toolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    QString escaped = ReportRenderer::escapeHtml(display(text));
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return QStringLiteral("<qt>") + escaped + QStringLiteral("</qt>");
}

QString menuText(const QString &text)
{
    QString out = display(text);
    out.replace(QLatin1Char('&'), QStringLiteral("&&"));
    return out;
}

} // namespace SafeText

} // namespace Gpsi

#include "eventxml.h"

namespace Gpsi {

QString EventXml::escape(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'"':
            out += QLatin1String("&quot;");
            break;
        case u'\'':
            out += QLatin1String("&apos;");
            break;
        case u'\t':
        case u'\n':
        case u'\r':
            out += c;
            break;
        default:
            // Characters XML 1.0 cannot carry are written as their code.
            if (c.unicode() < 0x20 || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out;
}

QString EventXml::render(const EventRecord &r)
{
    QString x;
    x += QLatin1String(
        "<Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\"><System>");
    x += QLatin1String("<Provider Name=\"") + escape(r.provider) + QLatin1Char('"');
    if (!r.providerGuid.isEmpty())
        x += QLatin1String(" Guid=\"") + escape(r.providerGuid) + QLatin1Char('"');
    x += QLatin1String("/>");
    if (r.hasQualifiers)
        x += QStringLiteral("<EventID Qualifiers=\"%1\">%2</EventID>")
                 .arg(r.qualifiers)
                 .arg(r.eventId);
    else
        x += QStringLiteral("<EventID>%1</EventID>").arg(r.eventId);
    x += QStringLiteral("<Version>%1</Version><Level>%2</Level><Task>%3</Task><Opcode>%4</Opcode>")
             .arg(r.version)
             .arg(r.level)
             .arg(r.task)
             .arg(r.opcode);
    x += QStringLiteral("<Keywords>0x%1</Keywords>").arg(r.keywords, 0, 16);
    if (r.fileTime > 0)
        x += QLatin1String("<TimeCreated SystemTime=\"") + r.timeText() + QLatin1String("\"/>");
    if (r.recordId > 0)
        x += QStringLiteral("<EventRecordID>%1</EventRecordID>").arg(r.recordId);
    if (!r.activityId.isEmpty())
        x += QLatin1String("<Correlation ActivityID=\"") + escape(r.activityId) +
             QLatin1String("\"/>");
    x += QLatin1String("<Channel>") + escape(r.channel) + QLatin1String("</Channel>");
    x += QLatin1String("<Computer>") + escape(r.computer) + QLatin1String("</Computer>");
    if (r.userSid.isEmpty())
        x += QLatin1String("<Security/>");
    else
        x += QLatin1String("<Security UserID=\"") + escape(r.userSid) + QLatin1String("\"/>");
    x += QLatin1String("</System>");
    if (!r.data.isEmpty()) {
        x += QLatin1String("<EventData>");
        for (const EventDataField &f : r.data) {
            x += f.name.isEmpty()
                     ? QStringLiteral("<Data>")
                     : QLatin1String("<Data Name=\"") + escape(f.name) + QLatin1String("\">");
            x += escape(f.value) + QLatin1String("</Data>");
        }
        x += QLatin1String("</EventData>");
    }
    if (!r.message.isEmpty()) {
        x += QLatin1String("<RenderingInfo><Message>") + escape(r.message) +
             QLatin1String("</Message></RenderingInfo>");
    }
    x += QLatin1String("</Event>");
    return x;
}

} // namespace Gpsi

#include "eventxml.h"

#include "xmlescape.h"

namespace Gpsi {

QString EventXml::escape(QStringView text)
{
    // Single-quoted attributes and text alike: both quotes escaped.
    static constexpr XmlEscape rules{true, true, false, XmlEscape::Invalid::Replace};
    return escapeXml(text, rules);
}

QString EventXml::render(const EventRecord &r, QStringView binaryHex)
{
    QString x;
    x.reserve(512 + r.message.size());
    x += QLatin1String("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'>"
                       "<System><Provider Name='");
    x += escape(r.provider);
    x += QLatin1Char('\'');
    if (!r.providerGuid.isEmpty())
        x += QLatin1String(" Guid='") + escape(r.providerGuid) + QLatin1Char('\'');
    x += QLatin1String("/><EventID");
    if (r.hasQualifiers)
        x += QLatin1String(" Qualifiers='") + QString::number(r.qualifiers) + QLatin1Char('\'');
    x += QLatin1Char('>') + QString::number(r.eventId) + QLatin1String("</EventID>");
    if (r.version != 0)
        x += QLatin1String("<Version>") + QString::number(r.version) + QLatin1String("</Version>");
    x += QLatin1String("<Level>") + QString::number(r.level) + QLatin1String("</Level>");
    x += QLatin1String("<Task>") + QString::number(r.task) + QLatin1String("</Task>");
    if (r.opcode != 0)
        x += QLatin1String("<Opcode>") + QString::number(r.opcode) + QLatin1String("</Opcode>");
    x += QLatin1String("<Keywords>0x") + QString::number(r.keywords, 16) +
         QLatin1String("</Keywords>");
    if (r.fileTime > 0)
        x += QLatin1String("<TimeCreated SystemTime='") + r.timeText() + QLatin1String("'/>");
    else
        x += QLatin1String("<TimeCreated/>");
    if (r.recordId > 0)
        x += QLatin1String("<EventRecordID>") + QString::number(r.recordId) +
             QLatin1String("</EventRecordID>");
    if (!r.activityId.isEmpty())
        x += QLatin1String("<Correlation ActivityID='") + escape(r.activityId) +
             QLatin1String("'/>");
    x += QLatin1String("<Channel>") + escape(r.channel) + QLatin1String("</Channel>");
    x += QLatin1String("<Computer>") + escape(r.computer) + QLatin1String("</Computer>");
    if (!r.userSid.isEmpty())
        x += QLatin1String("<Security UserID='") + escape(r.userSid) + QLatin1String("'/>");
    else
        x += QLatin1String("<Security/>");
    x += QLatin1String("</System>");
    if (!r.data.isEmpty() || !binaryHex.isEmpty()) {
        x += QLatin1String("<EventData>");
        for (const EventDataField &f : r.data) {
            if (f.name.isEmpty())
                x += QLatin1String("<Data>");
            else
                x += QLatin1String("<Data Name='") + escape(f.name) + QLatin1String("'>");
            x += escape(f.value) + QLatin1String("</Data>");
        }
        if (!binaryHex.isEmpty())
            x += QLatin1String("<Binary>") + binaryHex + QLatin1String("</Binary>");
        x += QLatin1String("</EventData>");
    }
    if (!r.message.isEmpty())
        x += QLatin1String("<RenderingInfo><Message>") + escape(r.message) +
             QLatin1String("</Message></RenderingInfo>");
    x += QLatin1String("</Event>");
    return x;
}

} // namespace Gpsi

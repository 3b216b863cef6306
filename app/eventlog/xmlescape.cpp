#include "xmlescape.h"

namespace Gpsi {

namespace {

// escapeXmlInto()'s output, appended to a QString.
struct StringOut
{
    QString *str;
    void put(char16_t c) { str->append(QChar(c)); }
    void put(const char16_t *s, qsizetype k) { str->append(reinterpret_cast<const QChar *>(s), k); }
    void latin1(const char *s, qsizetype k) { str->append(QLatin1String(s, k)); }
};

} // namespace

QString escapeXml(QStringView text, const XmlEscape &rules)
{
    QString out;
    out.reserve(text.size() + 8);
    StringOut sink{&out};
    escapeXmlInto(sink, reinterpret_cast<const char16_t *>(text.utf16()), text.size(), rules);
    return out;
}

} // namespace Gpsi

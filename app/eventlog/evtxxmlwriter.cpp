#include "evtxxmlwriter.h"

#include <cstring>

#include "evtxvalue.h"
#include "xmlescape.h"

namespace Gpsi::EvtxDetail {

namespace {

// Text keeps '"' and white space; attribute values (double-quoted) escape both. Characters XML
// cannot carry are left out.
constexpr XmlEscape kText{false, false, false, XmlEscape::Invalid::Drop};
constexpr XmlEscape kAttribute{true, false, true, XmlEscape::Invalid::Drop};

// Copies k characters; short runs (names, numbers) with two overlapping fixed-size moves
// instead of a call or a loop. Reads and writes only [s, s + k) and [d, d + k).
inline void copyShort(char16_t *d, const char16_t *s, qsizetype k)
{
    if (k > 16) {
        std::memcpy(d, s, size_t(k) * sizeof(char16_t));
    } else if (k >= 8) {
        char a[16], b[16];
        std::memcpy(a, s, 16);
        std::memcpy(b, s + k - 8, 16);
        std::memcpy(d, a, 16);
        std::memcpy(d + k - 8, b, 16);
    } else if (k >= 4) {
        char a[8], b[8];
        std::memcpy(a, s, 8);
        std::memcpy(b, s + k - 4, 8);
        std::memcpy(d, a, 8);
        std::memcpy(d + k - 4, b, 8);
    } else if (k >= 2) {
        char a[4], b[4];
        std::memcpy(a, s, 4);
        std::memcpy(b, s + k - 2, 4);
        std::memcpy(d, a, 4);
        std::memcpy(d + k - 2, b, 4);
    } else if (k == 1) {
        *d = *s;
    }
}

// Value types whose text is only ASCII letters, digits and "-+.:{}, " (numbers, hex, GUIDs,
// SIDs, times, booleans; arrays of them): XML takes it as it is.
inline bool plainText(quint8 type)
{
    const quint8 base = type & quint8(~VtArray);
    return base >= VtInt8 && base <= VtHexInt64;
}

// Writes the XML straight into the record's string (no intermediate buffer, no second copy),
// sized beforehand as it would be without escaping; grows it when escaping makes it longer.
struct StringWriter
{
    QString *str;
    char16_t *p;
    char16_t *end;
    bool grew = false;
    Q_NEVER_INLINE void grow(qsizetype k)
    {
        const qsizetype used = p - reinterpret_cast<char16_t *>(str->data());
        const qsizetype size = qMax(used + k, str->size() + str->size() / 2 + 64);
        str->resize(size);
        char16_t *base = reinterpret_cast<char16_t *>(str->data());
        p = base + used;
        end = base + size;
        grew = true;
    }
    void put(char16_t c)
    {
        if (p == end)
            grow(1);
        *p++ = c;
    }
    void put(const char16_t *s, qsizetype k)
    {
        if (k > end - p)
            grow(k);
        copyShort(p, s, k);
        p += k;
    }
    void latin1(const char *s, qsizetype k)
    {
        if (k > end - p)
            grow(k);
        for (qsizetype i = 0; i < k; ++i)
            p[i] = char16_t(uchar(s[i]));
        p += k;
    }
    template<qsizetype N> void literal(const char (&s)[N]) { latin1(s, N - 1); }
};

} // namespace

EvtxXmlWriter::EvtxXmlWriter(std::span<const Ev> events, const U16Buffer &text,
                             const std::vector<NameEntry> &names, const U16Buffer &namePool)
    : m_events(events)
    , m_text(text)
    , m_names(names)
    , m_namePool(namePool)
{}

template<class Out> void EvtxXmlWriter::render(Out &out) const
{
    bool open = false; // a start tag waits for '>' or '/>'
    for (const Ev &ev : m_events) {
        const char16_t *text = m_text.at(ev.begin);
        switch (ev.kind) {
        case EvStart: {
            if (open)
                out.put(u'>');
            const NameEntry &n = m_names[ev.name];
            out.put(u'<');
            out.put(m_namePool.at(n.begin), n.len);
            open = true;
            break;
        }
        case EvAttr: {
            const NameEntry &n = m_names[ev.name];
            out.put(u' ');
            out.put(m_namePool.at(n.begin), n.len);
            out.literal("=\"");
            if (plainText(ev.srcType))
                out.put(text, ev.len);
            else
                escapeXmlInto(out, text, ev.len, kAttribute);
            out.put(u'"');
            break;
        }
        case EvText:
            if (!ev.len)
                break;
            if (open) {
                out.put(u'>');
                open = false;
            }
            if (plainText(ev.srcType))
                out.put(text, ev.len);
            else
                escapeXmlInto(out, text, ev.len, kText);
            break;
        case EvCData: {
            if (open) {
                out.put(u'>');
                open = false;
            }
            // Not escaped; "]]>" is split over two sections, characters XML cannot carry go.
            out.literal("<![CDATA[");
            for (qsizetype k = 0; k < ev.len; ++k) {
                if (text[k] == u'>' && k >= 2 && text[k - 1] == u']' && text[k - 2] == u']')
                    out.literal("]]><![CDATA[");
                if (isXmlChar(text[k]))
                    out.put(text[k]);
            }
            out.literal("]]>");
            break;
        }
        case EvRaw:
            if (open) {
                out.put(u'>');
                open = false;
            }
            out.put(text, ev.len);
            break;
        case EvEnd: {
            if (open) {
                out.literal("/>");
                open = false;
                break;
            }
            const NameEntry &n = m_names[ev.name];
            out.literal("</");
            out.put(m_namePool.at(n.begin), n.len);
            out.put(u'>');
            break;
        }
        }
    }
}

QString EvtxXmlWriter::write(qsizetype xmlSize) const
{
    // Sized as the XML would be without escaping; the writer grows the string when escaping
    // makes it longer.
    QString xml(xmlSize, Qt::Uninitialized);
    if (xmlSize == 0) // no events: nothing to write (escaping never adds to empty text)
        return xml;
    char16_t *begin = reinterpret_cast<char16_t *>(xml.data());
    StringWriter writer{&xml, begin, begin + xmlSize};
    render(writer);
    const qsizetype written = writer.p - reinterpret_cast<const char16_t *>(xml.constData());
    if (written != xml.size()) {
        xml.truncate(written);
        if (writer.grew)
            xml.squeeze();
    }
    return xml;
}

} // namespace Gpsi::EvtxDetail

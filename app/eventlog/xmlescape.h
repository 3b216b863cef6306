#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Gpsi {

// The one XML escaper of the event-log layer. The writers differ in what they must escape, so
// the rules say it; what a writer produces stays what it always produced:
//   EVTX records (EvtxXmlWriter): &<> always, '"' and tab/LF/CR (as &#9; &#10; &#13;) in
//     attribute values, characters XML 1.0 cannot carry dropped;
//   EventXml (single-quoted): &<>"' everywhere, characters XML cannot carry become U+FFFD;
//   live-log queries: &<> and, in attribute values, '"'; nothing else is touched.
struct XmlEscape
{
    enum class Invalid : quint8 {
        Keep,    // written as they are
        Drop,    // left out
        Replace, // written as U+FFFD
    };
    bool quote = false;              // '"' -> &quot;
    bool apostrophe = false;         // '\'' -> &apos;
    bool whitespaceRefs = false;     // tab, LF, CR -> &#9; &#10; &#13; (attribute values)
    Invalid invalid = Invalid::Keep; // controls, U+FFFE, U+FFFF, unpaired surrogates
};

// Can XML 1.0 carry this UTF-16 code unit (surrogates aside, which need their pair)?
inline bool isXmlChar(char16_t c)
{
    return c >= 0x20 ? (c != 0xFFFE && c != 0xFFFF) : (c == 0x09 || c == 0x0A || c == 0x0D);
}

namespace XmlEscapeDetail {

// The reference for a character some rules escape ("&amp;"), or null.
inline const char *reference(char16_t c, qsizetype *length)
{
    switch (c) {
    case u'&':
        return *length = 5, "&amp;";
    case u'<':
        return *length = 4, "&lt;";
    case u'>':
        return *length = 4, "&gt;";
    case u'"':
        return *length = 6, "&quot;";
    case u'\'':
        return *length = 6, "&apos;";
    case u'\t':
        return *length = 4, "&#9;";
    case u'\n':
        return *length = 5, "&#10;";
    case u'\r':
        return *length = 5, "&#13;";
    default:
        return nullptr;
    }
}

// Is s[i] a character XML 1.0 cannot carry (a surrogate needs its pair next to it)?
inline bool invalidAt(const char16_t *s, qsizetype n, qsizetype i)
{
    const char16_t c = s[i];
    if (c < 0xD800 || c >= 0xE000)
        return !isXmlChar(c);
    if (c < 0xDC00)
        return !(i + 1 < n && s[i + 1] >= 0xDC00 && s[i + 1] < 0xE000);
    return !(i > 0 && s[i - 1] >= 0xD800 && s[i - 1] < 0xDC00);
}

// How many characters at the start of s need no escaping for sure: eight at a time while none
// is below U+0020, from U+8000 up or one of &<> (and '"' or '\'' when the rules escape them).
// 0 without SSE2; the caller checks the rest one by one.
inline qsizetype plainPrefix(const char16_t *s, qsizetype n, const XmlEscape &rules)
{
    qsizetype i = 0;
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi16(0x20);
    const __m128i amp = _mm_set1_epi16('&');
    const __m128i lt = _mm_set1_epi16('<');
    const __m128i gt = _mm_set1_epi16('>');
    const __m128i quot = _mm_set1_epi16(rules.quote ? '"' : '&');
    const __m128i apos = _mm_set1_epi16(rules.apostrophe ? '\'' : '&');
    auto special = [&](const char16_t *at) {
        __m128i v;
        std::memcpy(&v, at, sizeof v);
        const __m128i markup = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi16(v, amp), _mm_cmpeq_epi16(v, lt)), _mm_cmpeq_epi16(v, gt));
        const __m128i quotes = _mm_or_si128(_mm_cmpeq_epi16(v, quot), _mm_cmpeq_epi16(v, apos));
        return _mm_movemask_epi8(
                   _mm_or_si128(_mm_or_si128(_mm_cmplt_epi16(v, space), markup), quotes)) != 0;
    };
    while (i + 8 <= n && !special(s + i))
        i += 8;
    // The last, partial block: the last eight characters again (they overlap the ones seen).
    if (i < n && i + 8 > n && n >= 8 && !special(s + n - 8))
        i = n;
#else
    Q_UNUSED(s);
    Q_UNUSED(n);
    Q_UNUSED(rules);
#endif
    return i;
}

} // namespace XmlEscapeDetail

// Escapes s[0, n) into out by the rules. Out takes put(char16_t), put(const char16_t *, n) and
// latin1(const char *, n); runs that need no escaping go in with one put().
template<class Out>
void escapeXmlInto(Out &out, const char16_t *s, qsizetype n, const XmlEscape &rules)
{
    // What each character below 0x80 is; the rules make a category special or not. From
    // U+D800 up the slow path checks surrogates and U+FFFE/U+FFFF.
    enum Category : quint8 { Plain, Markup, Quote, Apostrophe, Whitespace, Control };
    static constexpr auto table = [] {
        std::array<quint8, 128> t{};
        for (int c = 0; c < 0x20; ++c)
            t[size_t(c)] = Control;
        t[size_t('\t')] = t[size_t('\n')] = t[size_t('\r')] = Whitespace;
        t[size_t('&')] = t[size_t('<')] = t[size_t('>')] = Markup;
        t[size_t('"')] = Quote;
        t[size_t('\'')] = Apostrophe;
        return t;
    }();
    const unsigned special = (1u << Markup) | (rules.quote ? 1u << Quote : 0u) |
                             (rules.apostrophe ? 1u << Apostrophe : 0u) |
                             (rules.whitespaceRefs ? 1u << Whitespace : 0u) |
                             (rules.invalid != XmlEscape::Invalid::Keep ? 1u << Control : 0u);
    qsizetype i = XmlEscapeDetail::plainPrefix(s, n, rules);
    qsizetype run = i; // characters that need no escaping, copied in one go
    for (; i < n; ++i) {
        const char16_t c = s[i];
        if (c < 0x80 ? !((special >> table[c]) & 1u) : c < 0xD800) {
            ++run;
            continue;
        }
        qsizetype length = 0;
        const char *ref = XmlEscapeDetail::reference(c, &length);
        const bool drop = !ref && rules.invalid != XmlEscape::Invalid::Keep &&
                          XmlEscapeDetail::invalidAt(s, n, i);
        if (!ref && !drop) {
            ++run;
            continue;
        }
        out.put(s + i - run, run);
        run = 0;
        if (ref)
            out.latin1(ref, length);
        else if (rules.invalid == XmlEscape::Invalid::Replace)
            out.put(u'\uFFFD');
    }
    out.put(s + n - run, run);
}

// The same into a new string.
QString escapeXml(QStringView text, const XmlEscape &rules);

} // namespace Gpsi

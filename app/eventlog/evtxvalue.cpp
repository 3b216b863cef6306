#include "evtxvalue.h"

#include <bit>
#include <charconv>
#include <cmath>

namespace Gpsi::EvtxDetail {

namespace {

struct CrcTables
{
    quint32 t[16][256];
};

constexpr CrcTables makeCrcTables()
{
    CrcTables c{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 r = i;
        for (int k = 0; k < 8; ++k)
            r = (r & 1) ? (r >> 1) ^ 0xEDB88320u : r >> 1;
        c.t[0][i] = r;
    }
    for (int s = 1; s < 16; ++s) {
        for (quint32 i = 0; i < 256; ++i)
            c.t[s][i] = (c.t[s - 1][i] >> 8) ^ c.t[0][c.t[s - 1][i] & 0xff];
    }
    return c;
}

constexpr CrcTables kCrc = makeCrcTables();

constexpr char kHexLower[] = "0123456789abcdef";
constexpr char kHexUpper[] = "0123456789ABCDEF";

// Windows-1252 0x80..0x9f; the other bytes are Latin-1.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
void civilFromDays(qint64 z, qint64 &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2)
        ++y;
}

qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void appendPadded(U16Buffer &out, quint64 value, int width)
{
    char16_t tmp[24];
    int n = 0;
    do {
        tmp[n++] = char16_t(u'0' + value % 10);
        value /= 10;
    } while (value && n < 24);
    while (n < width && n < 24)
        tmp[n++] = u'0';
    char16_t *t = out.tail(n);
    for (int i = 0; i < n; ++i)
        t[i] = tmp[n - 1 - i];
    out.commit(n);
}

// "YYYY-MM-DD HH:MM:SS" + ".ffffff" when micros != 0 (Python's datetime.isoformat(' ')).
void appendDateTime(U16Buffer &out, qint64 year, unsigned month, unsigned day, unsigned hour,
                    unsigned minute, unsigned second, quint32 micros)
{
    if (year < 0) {
        out.append(u'-');
        year = -year;
    }
    appendPadded(out, quint64(year), 4);
    out.append(u'-');
    appendPadded(out, month, 2);
    out.append(u'-');
    appendPadded(out, day, 2);
    out.append(u' ');
    appendPadded(out, hour, 2);
    out.append(u':');
    appendPadded(out, minute, 2);
    out.append(u':');
    appendPadded(out, second, 2);
    if (micros) {
        out.append(u'.');
        appendPadded(out, micros, 6);
    }
}

void appendBytesHex(U16Buffer &out, const uchar *p, quint32 size)
{
    char16_t *t = out.tail(qsizetype(size) * 2);
    for (quint32 i = 0; i < size; ++i) {
        t[2 * i] = char16_t(kHexUpper[p[i] >> 4]);
        t[2 * i + 1] = char16_t(kHexUpper[p[i] & 15]);
    }
    out.commit(qsizetype(size) * 2);
}

void appendSigned(U16Buffer &out, qint64 v)
{
    if (v < 0)
        appendDecimal(out, quint64(0) - quint64(v), true);
    else
        appendDecimal(out, quint64(v));
}

void appendGuid(U16Buffer &out, const uchar *p)
{
    static constexpr int order[16] = {3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15};
    char16_t *t = out.tail(38);
    int n = 0;
    t[n++] = u'{';
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            t[n++] = u'-';
        const uchar b = p[order[i]];
        t[n++] = char16_t(kHexLower[b >> 4]);
        t[n++] = char16_t(kHexLower[b & 15]);
    }
    t[n++] = u'}';
    out.commit(n);
}

void appendSid(U16Buffer &out, const uchar *p, quint32 size)
{
    if (size < 8) {
        appendBytesHex(out, p, size);
        return;
    }
    const quint32 count = qMin<quint32>(p[1], (size - 8) / 4);
    quint64 authority = 0;
    for (int i = 2; i < 8; ++i)
        authority = (authority << 8) | p[i];
    out.appendLiteral("S-");
    appendDecimal(out, p[0]);
    out.append(u'-');
    appendDecimal(out, authority);
    for (quint32 i = 0; i < count; ++i) {
        out.append(u'-');
        appendDecimal(out, le32(p + 8 + 4 * i));
    }
}

void appendSystemTime(U16Buffer &out, const uchar *p)
{
    const unsigned year = le16(p), month = le16(p + 2), day = le16(p + 6), hour = le16(p + 8),
                   minute = le16(p + 10), second = le16(p + 12), millis = le16(p + 14);
    appendDateTime(out, year, month, day, hour, minute, second, quint32(millis) * 1000);
}

} // namespace

quint32 crc32(const uchar *p, qsizetype n, quint32 crc)
{
    // Slicing-by-16.
    crc = ~crc;
    while (n >= 16) {
        const quint32 a = le32(p) ^ crc;
        const quint32 b = le32(p + 4);
        const quint32 c = le32(p + 8);
        const quint32 e = le32(p + 12);
        crc = kCrc.t[15][a & 0xff] ^ kCrc.t[14][(a >> 8) & 0xff] ^ kCrc.t[13][(a >> 16) & 0xff] ^
              kCrc.t[12][a >> 24] ^ kCrc.t[11][b & 0xff] ^ kCrc.t[10][(b >> 8) & 0xff] ^
              kCrc.t[9][(b >> 16) & 0xff] ^ kCrc.t[8][b >> 24] ^ kCrc.t[7][c & 0xff] ^
              kCrc.t[6][(c >> 8) & 0xff] ^ kCrc.t[5][(c >> 16) & 0xff] ^ kCrc.t[4][c >> 24] ^
              kCrc.t[3][e & 0xff] ^ kCrc.t[2][(e >> 8) & 0xff] ^ kCrc.t[1][(e >> 16) & 0xff] ^
              kCrc.t[0][e >> 24];
        p += 16;
        n -= 16;
    }
    while (n-- > 0)
        crc = kCrc.t[0][(crc ^ *p++) & 0xff] ^ (crc >> 8);
    return ~crc;
}

void U16Buffer::grow(qsizetype need)
{
    qsizetype cap = qMax<qsizetype>(qsizetype(m_buf.size()) * 2, 256);
    while (cap < need)
        cap *= 2;
    m_buf.resize(size_t(cap));
}

void U16Buffer::appendUtf16Le(const uchar *p, qsizetype chars)
{
    char16_t *t = tail(chars);
    if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN) {
        std::memcpy(t, p, size_t(chars) * 2);
    } else {
        for (qsizetype i = 0; i < chars; ++i)
            t[i] = char16_t(le16(p + 2 * i));
    }
    m_size += chars;
}

int fixedValueSize(quint8 type)
{
    switch (type) {
    case VtInt8:
    case VtUInt8:
        return 1;
    case VtInt16:
    case VtUInt16:
        return 2;
    case VtInt32:
    case VtUInt32:
    case VtReal32:
    case VtBool:
    case VtHexInt32:
        return 4;
    case VtInt64:
    case VtUInt64:
    case VtReal64:
    case VtFileTime:
    case VtHexInt64:
        return 8;
    case VtGuid:
    case VtSysTime:
        return 16;
    default:
        return 0;
    }
}

void appendDecimal(U16Buffer &out, quint64 value, bool negative)
{
    char16_t tmp[21];
    int n = 0;
    do {
        tmp[n++] = char16_t(u'0' + value % 10);
        value /= 10;
    } while (value);
    char16_t *t = out.tail(n + 1);
    int k = 0;
    if (negative)
        t[k++] = u'-';
    for (int i = n - 1; i >= 0; --i)
        t[k++] = tmp[i];
    out.commit(k);
}

void appendHex(U16Buffer &out, quint64 value, int digits, bool upper)
{
    const char *hex = upper ? kHexUpper : kHexLower;
    char16_t *t = out.tail(digits);
    for (int i = digits - 1; i >= 0; --i) {
        t[i] = char16_t(hex[value & 15]);
        value >>= 4;
    }
    out.commit(digits);
}

void appendPythonFileTime(U16Buffer &out, quint64 ticks)
{
    // datetime.utcfromtimestamp(float(ticks) * 1e-7 - 11644473600), which rounds the
    // microseconds half-to-even from a double; a year outside 1..9999 gives datetime.min.
    const double scaled = double(ticks) * 1e-7;
    const double t = scaled - 11644473600.0;
    double whole = 0;
    double frac = std::modf(t, &whole) * 1e6;
    double rounded = std::round(frac);
    if (std::fabs(frac - rounded) == 0.5)
        rounded = 2.0 * std::round(frac / 2.0);
    if (rounded >= 1e6) {
        rounded -= 1e6;
        whole += 1.0;
    } else if (rounded < 0) {
        rounded += 1e6;
        whole -= 1.0;
    }
    if (!(std::fabs(whole) < 1e15)) {
        appendDateTime(out, 1, 1, 1, 0, 0, 0, 0);
        return;
    }
    const qint64 secs = qint64(whole);
    qint64 days = secs / 86400;
    qint64 sod = secs % 86400;
    if (sod < 0) {
        sod += 86400;
        --days;
    }
    qint64 y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(days, y, m, d);
    if (y < 1 || y > 9999) {
        appendDateTime(out, 1, 1, 1, 0, 0, 0, 0);
        return;
    }
    appendDateTime(out, y, m, d, unsigned(sod / 3600), unsigned(sod / 60 % 60), unsigned(sod % 60),
                   quint32(rounded));
}

void appendPythonFloat(U16Buffer &out, double v)
{
    if (std::isnan(v)) {
        out.appendLiteral("nan");
        return;
    }
    if (std::isinf(v)) {
        if (v < 0)
            out.appendLiteral("-inf");
        else
            out.appendLiteral("inf");
        return;
    }
    if (v == 0) {
        if (std::signbit(v))
            out.appendLiteral("-0.0");
        else
            out.appendLiteral("0.0");
        return;
    }
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
    if (res.ec != std::errc()) {
        out.appendLiteral("nan");
        return;
    }
    // buf: [-]d[.ddd]e(+|-)XX
    const char *p = buf;
    const char *end = res.ptr;
    bool negative = false;
    if (*p == '-') {
        negative = true;
        ++p;
    }
    char digits[40];
    int nd = 0;
    while (p < end && *p != 'e') {
        if (*p != '.' && nd < 40)
            digits[nd++] = *p;
        ++p;
    }
    int exponent = 0;
    if (p < end && *p == 'e') {
        ++p;
        bool expNeg = false;
        if (p < end && (*p == '+' || *p == '-')) {
            expNeg = *p == '-';
            ++p;
        }
        while (p < end && *p >= '0' && *p <= '9')
            exponent = exponent * 10 + (*p++ - '0');
        if (expNeg)
            exponent = -exponent;
    }
    while (nd > 1 && digits[nd - 1] == '0')
        --nd;
    if (negative)
        out.append(u'-');
    const int decpt = exponent + 1;
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            out.appendLiteral("0.");
            for (int i = 0; i < -decpt; ++i)
                out.append(u'0');
            out.appendLatin1(digits, nd);
        } else if (decpt >= nd) {
            out.appendLatin1(digits, nd);
            for (int i = nd; i < decpt; ++i)
                out.append(u'0');
            out.appendLiteral(".0");
        } else {
            out.appendLatin1(digits, decpt);
            out.append(u'.');
            out.appendLatin1(digits + decpt, nd - decpt);
        }
        return;
    }
    out.append(char16_t(uchar(digits[0])));
    if (nd > 1) {
        out.append(u'.');
        out.appendLatin1(digits + 1, nd - 1);
    }
    out.append(u'e');
    out.append(exponent < 0 ? u'-' : u'+');
    const int e = exponent < 0 ? -exponent : exponent;
    if (e < 10)
        out.append(u'0');
    appendDecimal(out, quint64(e));
}

namespace {

// UTF-16LE text without its trailing NULs.
void appendUtf16String(U16Buffer &out, const uchar *p, quint32 size)
{
    qsizetype chars = size / 2;
    while (chars > 0 && p[2 * chars - 2] == 0 && p[2 * chars - 1] == 0)
        --chars;
    out.appendUtf16Le(p, chars);
}

// ANSI text (Windows-1252) without its trailing NULs.
void appendAnsiString(U16Buffer &out, const uchar *p, quint32 size)
{
    quint32 n = size;
    while (n > 0 && p[n - 1] == 0)
        --n;
    char16_t *t = out.tail(n);
    for (quint32 i = 0; i < n; ++i) {
        const uchar c = p[i];
        t[i] = (c >= 0x80 && c < 0xa0) ? kCp1252High[c - 0x80] : char16_t(c);
    }
    out.commit(n);
}

} // namespace

void appendValueText(U16Buffer &out, quint8 type, const uchar *p, quint32 size)
{
    const int fixed = fixedValueSize(type);
    if (fixed > 0 && size < quint32(fixed)) {
        appendBytesHex(out, p, size);
        return;
    }
    switch (type) {
    case VtNull:
    case VtBinXml:
        return;
    case VtString:
        appendUtf16String(out, p, size);
        return;
    case VtAnsiString:
        appendAnsiString(out, p, size);
        return;
    case VtInt8:
        appendSigned(out, qint8(p[0]));
        return;
    case VtUInt8:
        appendDecimal(out, p[0]);
        return;
    case VtInt16:
        appendSigned(out, qint16(le16(p)));
        return;
    case VtUInt16:
        appendDecimal(out, le16(p));
        return;
    case VtInt32:
        appendSigned(out, qint32(le32(p)));
        return;
    case VtUInt32:
        appendDecimal(out, le32(p));
        return;
    case VtInt64:
        appendSigned(out, qint64(le64(p)));
        return;
    case VtUInt64:
        appendDecimal(out, le64(p));
        return;
    case VtReal32:
        appendPythonFloat(out, double(std::bit_cast<float>(le32(p))));
        return;
    case VtReal64:
        appendPythonFloat(out, std::bit_cast<double>(le64(p)));
        return;
    case VtBool:
        if (le32(p) != 0)
            out.appendLiteral("True");
        else
            out.appendLiteral("False");
        return;
    case VtBinary:
        appendBytesHex(out, p, size);
        return;
    case VtGuid:
        appendGuid(out, p);
        return;
    case VtSizeT:
        if (size == 4)
            appendDecimal(out, le32(p));
        else if (size >= 8)
            appendDecimal(out, le64(p));
        else
            appendBytesHex(out, p, size);
        return;
    case VtFileTime:
        appendPythonFileTime(out, le64(p));
        return;
    case VtSysTime:
        appendSystemTime(out, p);
        return;
    case VtSid:
        appendSid(out, p, size);
        return;
    case VtHexInt32:
        out.appendLiteral("0x");
        appendHex(out, le32(p), 8);
        return;
    case VtHexInt64:
        out.appendLiteral("0x");
        appendHex(out, le64(p), 16);
        return;
    default:
        appendBytesHex(out, p, size);
        return;
    }
}

quint8 splitArray(quint8 type, const uchar *p, quint32 size, std::vector<ArrayItem> &items)
{
    const quint8 base = type & 0x7f;
    items.clear();
    switch (base) {
    case VtString: {
        const quint32 units = size / 2;
        quint32 start = 0;
        for (quint32 i = 0; i < units; ++i) {
            if (p[2 * i] == 0 && p[2 * i + 1] == 0) {
                items.push_back({start * 2, (i - start) * 2});
                start = i + 1;
            }
        }
        if (start < units)
            items.push_back({start * 2, (units - start) * 2});
        return base;
    }
    case VtAnsiString: {
        quint32 start = 0;
        for (quint32 i = 0; i < size; ++i) {
            if (p[i] == 0) {
                items.push_back({start, i - start});
                start = i + 1;
            }
        }
        if (start < size)
            items.push_back({start, size - start});
        return base;
    }
    case VtSid: {
        quint32 off = 0;
        while (off + 8 <= size) {
            quint32 len = 8 + 4 * quint32(p[off + 1]);
            if (off + len > size)
                len = size - off;
            items.push_back({off, len});
            off += len;
        }
        return base;
    }
    default:
        break;
    }
    quint32 itemSize = quint32(fixedValueSize(base));
    if (base == VtSizeT)
        itemSize = (size % 8 == 0) ? 8 : 4;
    if (itemSize == 0) {
        items.push_back({0, size});
        return base;
    }
    for (quint32 off = 0; off + itemSize <= size; off += itemSize)
        items.push_back({off, itemSize});
    return base;
}

qint64 parseIsoTime(const char16_t *s, qsizetype n)
{
    auto num = [&](qsizetype pos, int len, int &value) {
        if (pos + len > n)
            return false;
        value = 0;
        for (int i = 0; i < len; ++i) {
            const char16_t c = s[pos + i];
            if (c < u'0' || c > u'9')
                return false;
            value = value * 10 + (c - u'0');
        }
        return true;
    };
    int y, mo, d, h, mi, sec;
    if (!num(0, 4, y) || n < 19 || s[4] != u'-' || !num(5, 2, mo) || s[7] != u'-' ||
        !num(8, 2, d) || (s[10] != u'T' && s[10] != u' ') || !num(11, 2, h) || s[13] != u':' ||
        !num(14, 2, mi) || s[16] != u':' || !num(17, 2, sec))
        return 0;
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60)
        return 0;
    qint64 fraction = 0; // in 100 ns
    qsizetype pos = 19;
    if (pos < n && s[pos] == u'.') {
        ++pos;
        int digits = 0;
        while (pos < n && s[pos] >= u'0' && s[pos] <= u'9') {
            if (digits < 7) {
                fraction = fraction * 10 + (s[pos] - u'0');
                ++digits;
            }
            ++pos;
        }
        for (; digits < 7; ++digits)
            fraction *= 10;
    }
    const qint64 days = daysFromCivil(y, unsigned(mo), unsigned(d));
    const qint64 unixSecs = days * 86400 + h * 3600 + mi * 60 + sec;
    const qint64 ticks = (unixSecs + 11644473600LL) * 10000000LL + fraction;
    return ticks > 0 ? ticks : 0;
}

} // namespace Gpsi::EvtxDetail

#pragma once

// Building blocks of the EVTX reader (internal): a growable UTF-16 buffer, CRC-32, and the
// text forms of binary-XML values (little-endian reads: littleendian.h). The text forms follow
// python-evtx 0.6 (the project's reference parser) so the two can be compared record by record:
//   FILETIME   "2012-03-14 04:17:38.276340" (microseconds, python's float rounding; no fraction
//              when it is 0), SYSTEMTIME the same layout with its milliseconds
//   GUID       "{a7f5b0c1-....}" lower case; SID "S-1-5-21-..."; hex ints "0x%08x"/"0x%016x"
//   bool       "True"/"False" (any non-zero value is true); floats as Python's repr()
//   size_t     decimal; binary as upper-case hex (Windows' form; python-evtx writes base64)
//   ANSI       Windows-1252; UTF-16 and ANSI strings lose their trailing NULs

#include <QtGlobal>

#include <cstring>
#include <vector>

#include "littleendian.h"

namespace Gpsi::EvtxDetail {

// CRC-32 (RFC 1952, initial value 0) as EVTX stores it.
quint32 crc32(const uchar *data, qsizetype size, quint32 crc = 0);

// Append-only UTF-16 buffer that keeps its capacity between records (no heap churn once warm).
class U16Buffer
{
public:
    U16Buffer() { m_buf.resize(256); }
    void clear() { m_size = 0; }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    const char16_t *data() const { return m_buf.data(); }
    const char16_t *at(qsizetype pos) const { return m_buf.data() + pos; }
    void truncate(qsizetype size)
    {
        if (size < m_size)
            m_size = size;
    }
    // Room for n more units; write them and then commit().
    char16_t *tail(qsizetype n)
    {
        if (m_size + n > qsizetype(m_buf.size()))
            grow(m_size + n);
        return m_buf.data() + m_size;
    }
    void commit(qsizetype n) { m_size += n; }
    void append(char16_t c) { *tail(1) = c, ++m_size; }
    void append(const char16_t *s, qsizetype n)
    {
        std::memcpy(tail(n), s, size_t(n) * sizeof(char16_t));
        m_size += n;
    }
    void appendLatin1(const char *s, qsizetype n)
    {
        char16_t *t = tail(n);
        for (qsizetype i = 0; i < n; ++i)
            t[i] = char16_t(uchar(s[i]));
        m_size += n;
    }
    template<qsizetype N> void appendLiteral(const char (&s)[N]) { appendLatin1(s, N - 1); }
    void appendCopy(qsizetype from, qsizetype n) // a range of this buffer, appended again
    {
        tail(n);
        std::memmove(m_buf.data() + m_size, m_buf.data() + from, size_t(n) * sizeof(char16_t));
        m_size += n;
    }
    // UTF-16LE bytes as stored in the file (any alignment).
    void appendUtf16Le(const uchar *p, qsizetype chars);

private:
    void grow(qsizetype need);
    std::vector<char16_t> m_buf;
    qsizetype m_size = 0;
};

// Value types of binary XML (MS-EVEN6 / libevtx); 0x80 marks an array of the base type.
enum ValueType : quint8 {
    VtNull = 0x00,
    VtString = 0x01,
    VtAnsiString = 0x02,
    VtInt8 = 0x03,
    VtUInt8 = 0x04,
    VtInt16 = 0x05,
    VtUInt16 = 0x06,
    VtInt32 = 0x07,
    VtUInt32 = 0x08,
    VtInt64 = 0x09,
    VtUInt64 = 0x0a,
    VtReal32 = 0x0b,
    VtReal64 = 0x0c,
    VtBool = 0x0d,
    VtBinary = 0x0e,
    VtGuid = 0x0f,
    VtSizeT = 0x10,
    VtFileTime = 0x11,
    VtSysTime = 0x12,
    VtSid = 0x13,
    VtHexInt32 = 0x14,
    VtHexInt64 = 0x15,
    VtBinXml = 0x21,
    VtArray = 0x80,
};

// Fixed size of a scalar type in bytes, 0 for variable-sized or unknown types.
int fixedValueSize(quint8 type);

// Appends the text of one scalar value (type without the array bit). Unknown types and values
// too short for their type append their bytes as hex. Never reads outside [p, p + size).
void appendValueText(U16Buffer &out, quint8 type, const uchar *p, quint32 size);

// One item of an array value.
struct ArrayItem
{
    quint32 offset; // relative to the value's start
    quint32 size;
};
// Splits an array value (type with the array bit) into its items (strings at their NUL
// separators, fixed types by size, SIDs one by one). Returns the item type.
quint8 splitArray(quint8 type, const uchar *p, quint32 size, std::vector<ArrayItem> &items);

// FILETIME in python-evtx's text form (see the top of this file).
void appendPythonFileTime(U16Buffer &out, quint64 ticks);
// A double as Python's repr() writes it ("0.1", "1e+16", "1.5e-05", "inf").
void appendPythonFloat(U16Buffer &out, double value);
void appendDecimal(U16Buffer &out, quint64 value, bool negative = false);
void appendHex(U16Buffer &out, quint64 value, int digits, bool upper = false);

// "2021-11-19T16:52:33.8337335Z" (or with a space, fewer digits, no zone) to FILETIME ticks;
// 0 when it cannot be read.
qint64 parseIsoTime(const char16_t *s, qsizetype n);

} // namespace Gpsi::EvtxDetail

#pragma once

#include <QtGlobal>

namespace Gpsi {

// Little-endian reads from raw bytes, the one copy for the binary event-log readers (EVT and
// EVTX). The caller has checked that the bytes are there; byte by byte, so unaligned data and
// big-endian hosts read the same.
inline quint16 le16(const uchar *p)
{
    return quint16(p[0] | (p[1] << 8));
}

inline quint32 le32(const uchar *p)
{
    return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24);
}

inline quint64 le64(const uchar *p)
{
    return quint64(le32(p)) | (quint64(le32(p + 4)) << 32);
}

} // namespace Gpsi

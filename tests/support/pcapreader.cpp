#include "support/pcapreader.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QHostAddress>

#include <algorithm>

namespace GpsiTest {

QString smbDataDir()
{
    const QString shared = qEnvironmentVariable("GPSI_SHARED_DIR");
    return shared.isEmpty() ? QString() : shared + QStringLiteral("/data/smb");
}

bool haveCaptures()
{
    const QString dir = smbDataDir();
    return !dir.isEmpty() && QDir(dir).exists();
}

namespace {

constexpr quint32 MagicMicro = 0xa1b2c3d4;
constexpr quint32 MagicNano = 0xa1b23c4d;
constexpr qsizetype GlobalHeaderSize = 24;
constexpr qsizetype RecordHeaderSize = 16;
constexpr quint32 MaxRecord = 256 * 1024;

quint16 be16(const uchar *p)
{
    return quint16((p[0] << 8) | p[1]);
}

quint32 be32(const uchar *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

quint32 le32(const uchar *p)
{
    return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24);
}

struct Segment
{
    quint32 seq = 0;
    QByteArray data;
};

struct HalfStream
{
    bool haveSyn = false;
    quint32 isn = 0; // sequence number of the first data byte
    bool haveFirst = false;
    quint32 first = 0;
    QList<Segment> segments;
};

struct Endpoint
{
    QByteArray address; // 4 or 16 raw bytes
    quint16 port = 0;
};

struct Connection
{
    Endpoint a; // the endpoint that sorts first
    Endpoint b;
    HalfStream aToB;
    HalfStream bToA;
    bool pureSynFromA = false;
    bool pureSynFromB = false;
};

bool lessThan(const Endpoint &x, const Endpoint &y)
{
    if (x.address != y.address)
        return x.address < y.address;
    return x.port < y.port;
}

QString addressText(const QByteArray &raw)
{
    if (raw.size() == 4)
        return QHostAddress(be32(reinterpret_cast<const uchar *>(raw.constData()))).toString();
    if (raw.size() == 16) {
        Q_IPV6ADDR v6;
        std::copy(raw.cbegin(), raw.cend(), reinterpret_cast<char *>(v6.c));
        return QHostAddress(v6).toString();
    }
    return {};
}

// Reassembles one direction. Segments before the first known byte are trimmed; a hole ends
// the stream (and sets *gap).
QByteArray assemble(HalfStream half, bool *gap)
{
    *gap = false;
    if (half.segments.isEmpty())
        return {};
    quint32 base = half.isn;
    if (!half.haveSyn) {
        base = half.first;
        for (const Segment &s : std::as_const(half.segments)) {
            if (qint32(s.seq - base) < 0)
                base = s.seq;
        }
    }
    std::stable_sort(half.segments.begin(), half.segments.end(),
                     [base](const Segment &x, const Segment &y) {
                         return qint32(x.seq - base) < qint32(y.seq - base);
                     });
    QByteArray out;
    qint64 cursor = 0;
    for (const Segment &s : std::as_const(half.segments)) {
        const qint64 start = qint32(s.seq - base);
        const qint64 end = start + s.data.size();
        if (end <= cursor)
            continue; // a retransmission or duplicate
        if (start > cursor) {
            *gap = true;
            break;
        }
        out.append(s.data.mid(cursor - start));
        cursor = end;
    }
    return out;
}

bool isSmbPort(quint16 port)
{
    return port == 445 || port == 139;
}

} // namespace

bool readPcapTcp(const QByteArray &file, QList<TcpConnection> *out, PcapInfo *info, QString *error)
{
    out->clear();
    PcapInfo localInfo;
    PcapInfo &inf = info ? *info : localInfo;
    inf = PcapInfo();
    if (file.size() < GlobalHeaderSize) {
        *error = QStringLiteral("too short for a pcap header");
        return false;
    }
    const auto *d = reinterpret_cast<const uchar *>(file.constData());
    const quint32 magic = le32(d);
    bool bigEndian = false;
    if (magic == MagicMicro || magic == MagicNano) {
        inf.nanoseconds = magic == MagicNano;
    } else if (be32(d) == MagicMicro || be32(d) == MagicNano) {
        bigEndian = true;
        inf.nanoseconds = be32(d) == MagicNano;
    } else {
        *error = QStringLiteral("not a classic pcap file (pcapng is not supported)");
        return false;
    }
    inf.swapped = bigEndian;
    auto u32 = [bigEndian](const uchar *p) { return bigEndian ? be32(p) : le32(p); };
    inf.linkType = u32(d + 20) & 0xFFFF;

    QList<Connection> connections;
    QHash<QByteArray, qsizetype> index;
    qsizetype pos = GlobalHeaderSize;
    while (pos < file.size()) {
        if (file.size() - pos < RecordHeaderSize) {
            *error = QStringLiteral("truncated record header at %1").arg(pos);
            return false;
        }
        const quint32 caplen = u32(d + pos + 8);
        if (caplen > MaxRecord || caplen > quint64(file.size() - pos - RecordHeaderSize)) {
            *error = QStringLiteral("record at %1 claims %2 bytes").arg(pos).arg(caplen);
            return false;
        }
        const uchar *pkt = d + pos + RecordHeaderSize;
        qsizetype len = caplen;
        pos += RecordHeaderSize + caplen;
        ++inf.packets;

        // Link layer -> network protocol.
        qsizetype off = 0;
        int ipVersion = 0;
        switch (inf.linkType) {
        case 1: { // Ethernet, with any number of 802.1Q / 802.1ad tags
            if (len < 14)
                continue;
            quint16 type = be16(pkt + 12);
            off = 14;
            while ((type == 0x8100 || type == 0x88a8) && len >= off + 4) {
                type = be16(pkt + off + 2);
                off += 4;
            }
            ipVersion = type == 0x0800 ? 4 : (type == 0x86DD ? 6 : 0);
            break;
        }
        case 113: { // Linux cooked capture (SLL)
            if (len < 16)
                continue;
            const quint16 type = be16(pkt + 14);
            off = 16;
            ipVersion = type == 0x0800 ? 4 : (type == 0x86DD ? 6 : 0);
            break;
        }
        case 276: { // Linux cooked capture v2 (SLL2)
            if (len < 20)
                continue;
            const quint16 type = be16(pkt);
            off = 20;
            ipVersion = type == 0x0800 ? 4 : (type == 0x86DD ? 6 : 0);
            break;
        }
        case 0: // BSD NULL/loopback: 4-byte family in the capturing host's byte order
            off = 4;
            break;
        case 101: // raw IP
        case 228: // raw IPv4
        case 229: // raw IPv6
            off = 0;
            break;
        default:
            *error = QStringLiteral("unsupported link type %1").arg(inf.linkType);
            return false;
        }
        if (len <= off)
            continue;
        if (ipVersion == 0)
            ipVersion = pkt[off] >> 4;

        // Network layer -> TCP.
        QByteArray src;
        QByteArray dst;
        const uchar *ip = pkt + off;
        qsizetype ipLen = len - off;
        qsizetype tcpOff = 0;
        qsizetype tcpEnd = 0;
        if (ipVersion == 4) {
            if (ipLen < 20 || (ip[0] >> 4) != 4)
                continue;
            const qsizetype ihl = (ip[0] & 0x0F) * 4;
            const qsizetype total = be16(ip + 2);
            if (ihl < 20 || total < ihl || total > ipLen)
                continue; // truncated by the snap length, or garbage
            if (ip[9] != 6 || (be16(ip + 6) & 0x3FFF))
                continue; // not TCP, or a fragment
            src = QByteArray(reinterpret_cast<const char *>(ip + 12), 4);
            dst = QByteArray(reinterpret_cast<const char *>(ip + 16), 4);
            tcpOff = ihl;
            tcpEnd = total; // drops Ethernet padding
        } else if (ipVersion == 6) {
            if (ipLen < 40 || (ip[0] >> 4) != 6)
                continue;
            const qsizetype total = 40 + be16(ip + 4);
            if (total > ipLen)
                continue;
            quint8 next = ip[6];
            qsizetype at = 40;
            bool ok = true;
            while (ok && next != 6) {
                if ((next == 0 || next == 43 || next == 60 || next == 51) && at + 8 <= total) {
                    const qsizetype extLen = next == 51 ? (qsizetype(ip[at + 1]) + 2) * 4
                                                        : (qsizetype(ip[at + 1]) + 1) * 8;
                    next = ip[at];
                    at += extLen;
                    ok = at <= total;
                } else {
                    ok = false; // fragments and other payloads are not followed
                }
            }
            if (!ok)
                continue;
            src = QByteArray(reinterpret_cast<const char *>(ip + 8), 16);
            dst = QByteArray(reinterpret_cast<const char *>(ip + 24), 16);
            tcpOff = at;
            tcpEnd = total;
        } else {
            continue;
        }
        if (tcpEnd - tcpOff < 20)
            continue;
        const uchar *tcp = ip + tcpOff;
        const qsizetype dataOff = (tcp[12] >> 4) * 4;
        if (dataOff < 20 || dataOff > tcpEnd - tcpOff)
            continue;
        ++inf.tcpSegments;
        const Endpoint from{src, be16(tcp)};
        const Endpoint to{dst, be16(tcp + 2)};
        const quint32 seq = be32(tcp + 4);
        const quint8 flags = tcp[13];
        const bool fromFirst = lessThan(from, to);
        const Endpoint &first = fromFirst ? from : to;
        const Endpoint &second = fromFirst ? to : from;
        QByteArray key = first.address;
        key.append(char(first.port >> 8)).append(char(first.port & 0xFF));
        key.append(second.address);
        key.append(char(second.port >> 8)).append(char(second.port & 0xFF));
        auto it = index.constFind(key);
        if (it == index.constEnd()) {
            Connection c;
            c.a = first;
            c.b = second;
            connections.append(c);
            it = index.insert(key, connections.size() - 1);
        }
        Connection &c = connections[it.value()];
        HalfStream &half = fromFirst ? c.aToB : c.bToA;
        if (flags & 0x02) { // SYN
            half.haveSyn = true;
            half.isn = seq + 1;
            if (!(flags & 0x10))
                (fromFirst ? c.pureSynFromA : c.pureSynFromB) = true;
        }
        const qsizetype payload = tcpEnd - tcpOff - dataOff;
        if (payload > 0 && !(flags & 0x02)) {
            if (!half.haveFirst) {
                half.haveFirst = true;
                half.first = seq;
            }
            half.segments.append(
                {seq, QByteArray(reinterpret_cast<const char *>(tcp + dataOff), payload)});
        }
    }

    for (const Connection &c : std::as_const(connections)) {
        bool aIsServer = false;
        if (isSmbPort(c.a.port) != isSmbPort(c.b.port))
            aIsServer = isSmbPort(c.a.port);
        else if (c.pureSynFromA != c.pureSynFromB)
            aIsServer = c.pureSynFromB;
        else
            aIsServer = c.a.port < c.b.port;
        const Endpoint &server = aIsServer ? c.a : c.b;
        const Endpoint &client = aIsServer ? c.b : c.a;
        TcpConnection t;
        t.clientAddress = addressText(client.address);
        t.clientPort = client.port;
        t.serverAddress = addressText(server.address);
        t.serverPort = server.port;
        t.clientToServer = assemble(aIsServer ? c.bToA : c.aToB, &t.clientGap);
        t.serverToClient = assemble(aIsServer ? c.aToB : c.bToA, &t.serverGap);
        out->append(t);
    }
    return true;
}

bool readPcapTcpFile(const QString &path, QList<TcpConnection> *out, PcapInfo *info, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return false;
    }
    return readPcapTcp(f.readAll(), out, info, error);
}

} // namespace GpsiTest

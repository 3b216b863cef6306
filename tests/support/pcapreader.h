#pragma once

// Test-only reader for classic libpcap files: pulls TCP connections out of a capture and
// reassembles each direction by sequence number, so tests can replay what a server really sent.
// Handles both byte orders, microsecond and nanosecond magic, link types Ethernet (1, with
// 802.1Q tags), Linux SLL (113), raw IP (101, 228, 229) and NULL/loopback (0), IPv4 and IPv6.

#include <QByteArray>
#include <QList>
#include <QString>

namespace GpsiTest {

// Where the real SMB captures are: $GPSI_SHARED_DIR/data/smb (ctest sets it to ../shared).
// Empty when the variable is unset.
QString smbDataDir();
// Whether that folder exists; tests that replay captures skip with a message otherwise.
bool haveCaptures();

struct TcpConnection
{
    QString clientAddress;
    quint16 clientPort = 0;
    QString serverAddress;
    quint16 serverPort = 0;
    QByteArray clientToServer; // reassembled in sequence order, duplicates dropped
    QByteArray serverToClient;
    bool clientGap = false; // a segment was missing: the stream stops at the hole
    bool serverGap = false;
};

struct PcapInfo
{
    quint32 linkType = 0;
    bool nanoseconds = false;
    bool swapped = false; // written on a machine of the other byte order
    int packets = 0;
    int tcpSegments = 0;
};

// Server side = the side using port 445 or 139 (else the side that answered the SYN, else the
// lower port). Connections come in the order of their first packet.
bool readPcapTcp(const QByteArray &file, QList<TcpConnection> *out, PcapInfo *info, QString *error);
bool readPcapTcpFile(const QString &path, QList<TcpConnection> *out, PcapInfo *info,
                     QString *error);

} // namespace GpsiTest

#include "fakesmbserver.h"

#include <QDateTime>

#include "probes/spnego.h"

namespace GpsiTest {

namespace {

void put16(QByteArray &b, quint16 v)
{
    b.append(char(v & 0xFF)).append(char(v >> 8));
}
void put32(QByteArray &b, quint32 v)
{
    put16(b, quint16(v));
    put16(b, quint16(v >> 16));
}
void put64(QByteArray &b, quint64 v)
{
    put32(b, quint32(v));
    put32(b, quint32(v >> 32));
}

QByteArray smb2Header(quint16 command, quint32 status, const QByteArray &request)
{
    QByteArray h("\xFESMB", 4);
    put16(h, 64);
    put16(h, 0); // credit charge
    put32(h, status);
    put16(h, command);
    put16(h, 1);          // credits granted
    put32(h, 0x00000001); // SERVER_TO_REDIR
    put32(h, 0);          // next command
    h.append(request.size() >= 32 && request.startsWith("\xFESMB") ? request.mid(24, 8)
                                                                   : QByteArray(8, '\0'));
    put32(h, 0xFEFF); // process id
    put32(h, 0);      // tree id
    put64(h, 0);      // session id
    h.append(QByteArray(16, '\0'));
    return h;
}

QByteArray negotiateResponse(quint16 dialect, const QByteArray &request)
{
    QByteArray r = smb2Header(0, 0, request);
    const QByteArray blob =
        Gpsi::Spnego::buildNegTokenInit({QString::fromLatin1(Gpsi::Spnego::OidMsKerberos),
                                         QString::fromLatin1(Gpsi::Spnego::OidKerberos),
                                         QString::fromLatin1(Gpsi::Spnego::OidNtlmssp)},
                                        {});
    const quint64 now = quint64(QDateTime::currentMSecsSinceEpoch() + 11644473600000LL) * 10000ULL;
    put16(r, 65);     // StructureSize
    put16(r, 0x0001); // signing enabled
    put16(r, dialect);
    put16(r, 0); // no negotiate contexts
    r.append(QByteArray::fromHex("00112233445566778899aabbccddeeff"));
    put32(r, 0x00000007); // DFS, LEASING, LARGE_MTU
    put32(r, 8388608);
    put32(r, 8388608);
    put32(r, 8388608);
    put64(r, now);
    put64(r, 0);
    put16(r, 128); // security buffer offset: header 64 + fixed body 64
    put16(r, quint16(blob.size()));
    put32(r, 0);
    r.append(blob);
    return r;
}

QByteArray errorResponse(quint16 command, quint32 status, const QByteArray &request)
{
    QByteArray r = smb2Header(command, status, request);
    put16(r, 9); // ERROR response StructureSize
    put16(r, 0);
    put32(r, 0);
    r.append('\0');
    return r;
}

} // namespace

LoopbackServer::Behaviour modernSmbServer()
{
    return [](QTcpSocket &s) {
        for (;;) {
            const QByteArray frame = LoopbackServer::readFrame(s, 3000);
            if (frame.size() < 8)
                return;
            const QByteArray msg = frame.mid(4);
            if (msg.startsWith("\xFFSMB")) {
                if (!msg.contains("SMB 2.???"))
                    return; // SMB1 alone: not spoken here
                s.write(LoopbackServer::frame(0, negotiateResponse(0x02FF, QByteArray())));
            } else if (msg.startsWith("\xFESMB") && msg.size() >= 64 + 36) {
                const quint16 command = quint16(quint8(msg.at(12)) | (quint8(msg.at(13)) << 8));
                if (command == 0) {
                    const int count = quint8(msg.at(64 + 2)) | (quint8(msg.at(64 + 3)) << 8);
                    quint16 best = 0;
                    for (int i = 0; i < count && 64 + 36 + 2 * i + 1 < msg.size(); ++i) {
                        const quint16 d = quint16(quint8(msg.at(64 + 36 + 2 * i)) |
                                                  (quint8(msg.at(64 + 37 + 2 * i)) << 8));
                        if (d <= 0x0302 && d > best)
                            best = d;
                    }
                    s.write(LoopbackServer::frame(
                        0, best ? negotiateResponse(best, msg)
                                : errorResponse(0, 0xC00000BB /* NOT_SUPPORTED */, msg)));
                } else {
                    s.write(LoopbackServer::frame(0, errorResponse(command, 0xC000006D, msg)));
                }
            } else {
                return;
            }
            s.waitForBytesWritten(1000);
        }
    };
}

} // namespace GpsiTest

#include "nt4simulator.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QMutex>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <atomic>

Q_LOGGING_CATEGORY(lcNt4Simulator, "gpsi.probes.nt4simulator", QtInfoMsg)

namespace Gpsi {

namespace {

constexpr quint8 kNegotiate = 0x72;
constexpr quint8 kSessionSetup = 0x73;
constexpr quint16 kFlags2NtStatus = 0x4000;
constexpr quint16 kFlags2Unicode = 0x8000;
constexpr quint32 kStatusInvalidParameter = 0xC000000D;
constexpr quint32 kStatusNotImplemented = 0xC0000002;

void put16(QByteArray &b, quint16 v)
{
    b.append(char(v & 0xFF)).append(char(v >> 8));
}

void put32(QByteArray &b, quint32 v)
{
    put16(b, quint16(v & 0xFFFF));
    put16(b, quint16(v >> 16));
}

quint16 get16(const QByteArray &b, int at)
{
    return quint16(quint8(b.at(at)) | (quint8(b.at(at + 1)) << 8));
}

QByteArray utf16z(const QString &s)
{
    QByteArray out;
    for (QChar c : s)
        put16(out, c.unicode());
    put16(out, 0);
    return out;
}

// SMB1 reply header echoing the request's TID, PID and MID (MS-CIFS 2.2.3.1).
QByteArray header(const QByteArray &request, quint8 command, quint32 status, bool ntStatus,
                  quint16 uid)
{
    QByteArray h;
    h.append("\xFFSMB", 4);
    h.append(char(command));
    if (ntStatus) {
        put32(h, status);
    } else {
        // DOS error: class ERRSRV (0x02) / ERRerror (0x0001) for a failure, all zero otherwise.
        h.append(char(status ? 0x02 : 0x00)).append('\0');
        put16(h, status ? 0x0001 : 0x0000);
    }
    h.append(char(0x98)); // reply, case-insensitive, canonicalized paths
    const quint16 flags2 = 0x0003 | kFlags2Unicode | (ntStatus ? kFlags2NtStatus : 0);
    put16(h, flags2);
    h.append(request.mid(12, 2));  // PIDHigh
    h.append(QByteArray(8, '\0')); // SecurityFeatures
    h.append(QByteArray(2, '\0')); // Reserved
    h.append(request.mid(24, 2));  // TID
    h.append(request.mid(26, 2));  // PIDLow
    put16(h, uid);
    h.append(request.mid(30, 2)); // MID
    return h;
}

QByteArray errorReply(const QByteArray &request, quint32 status, bool ntStatus)
{
    QByteArray r = header(request, quint8(request.at(4)), status, ntStatus, 0);
    r.append('\0'); // WordCount
    put16(r, 0);    // ByteCount
    return r;
}

} // namespace

QByteArray Nt4Simulator::reply(const Options &options, const QByteArray &request,
                               const QByteArray &challenge, quint64 systemTimeFiletime)
{
    if (request.size() < 35 || !request.startsWith("\xFFSMB"))
        return {}; // SMB2 or garbage: NT 4.0 drops the connection
    const quint8 command = quint8(request.at(4));
    const bool ntStatus = options.ntStatus;
    if (command == kNegotiate) {
        // Dialects: WordCount 0, ByteCount, then 0x02 + ASCIIZ each.
        const int byteCount = get16(request, 33);
        const QByteArray bytes = request.mid(35, byteCount);
        int index = 0;
        int chosen = -1;
        for (int pos = 0; pos < bytes.size(); ++index) {
            if (bytes.at(pos) != 0x02)
                break;
            const int end = bytes.indexOf('\0', pos + 1);
            if (end < 0)
                break;
            if (bytes.mid(pos + 1, end - pos - 1) == "NT LM 0.12")
                chosen = index;
            pos = end + 1;
        }
        QByteArray r = header(request, kNegotiate, 0, ntStatus, 0);
        if (chosen < 0) {
            r.append(char(1));
            put16(r, 0xFFFF);
            put16(r, 0);
            return r;
        }
        // NT LM 0.12 response, non-extended (MS-CIFS 2.2.4.52.2): WordCount 17.
        r.append(char(17));
        put16(r, quint16(chosen));
        r.append(char(0x03)); // SecurityMode: user level, challenge/response, no signing
        put16(r, 50);         // MaxMpxCount
        put16(r, 1);          // MaxNumberVcs
        put32(r, 4356);       // MaxBufferSize
        put32(r, 65536);      // MaxRawSize
        put32(r, 0);          // SessionKey
        put32(r, ntStatus ? CapabilitiesNtStatus : CapabilitiesDosErrors);
        put32(r, quint32(systemTimeFiletime & 0xFFFFFFFF));
        put32(r, quint32(systemTimeFiletime >> 32));
        put16(r, 0);       // ServerTimeZone (UTC)
        r.append(char(8)); // ChallengeLength
        const QByteArray domain = utf16z(options.domainName);
        put16(r, quint16(8 + domain.size()));
        r.append(challenge.left(8).leftJustified(8, '\0'));
        r.append(domain); // MS-CIFS servers send the domain name only (no server name)
        return r;
    }
    if (command == kSessionSetup) {
        const quint8 wordCount = quint8(request.at(32));
        if (wordCount != 13) // extended security (12) is unknown to CIFS servers
            return errorReply(request, kStatusInvalidParameter, ntStatus);
        QByteArray r = header(request, kSessionSetup, 0, ntStatus, 0x0800);
        r.append(char(3));    // WordCount
        r.append(char(0xFF)); // AndXCommand: none
        r.append('\0');       // AndXReserved
        put16(r, 0);          // AndXOffset
        put16(r, 0);          // Action: not guest (a null session)
        QByteArray strings;
        strings.append('\0'); // pad: Unicode strings start 2-byte aligned
        strings.append(utf16z(QStringLiteral("Windows NT 4.0")));
        strings.append(utf16z(QStringLiteral("NT LAN Manager 4.0")));
        strings.append(utf16z(options.domainName));
        put16(r, quint16(strings.size()));
        r.append(strings);
        return r;
    }
    return errorReply(request, kStatusNotImplemented, ntStatus);
}

// Lives in the simulator's thread.
class Nt4Server : public QTcpServer
{
public:
    Nt4Server(const Nt4Simulator::Options &options, std::atomic<int> *served)
        : m_options(options)
        , m_served(served)
    {
        connect(this, &QTcpServer::newConnection, this, &Nt4Server::accept);
    }

private:
    void accept()
    {
        while (QTcpSocket *s = nextPendingConnection()) {
            ++*m_served;
            s->setProperty("session", false);
            connect(s, &QTcpSocket::readyRead, this, [this, s] { serve(s); });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    }

    void serve(QTcpSocket *s)
    {
        QByteArray buffer = s->property("buffer").toByteArray() + s->readAll();
        while (buffer.size() >= 4) {
            const quint8 type = quint8(buffer.at(0));
            const int length = ((quint8(buffer.at(1)) & 0x01) << 16) | (quint8(buffer.at(2)) << 8) |
                               quint8(buffer.at(3));
            if (length > 65535 + 4) {
                s->abort();
                return;
            }
            if (buffer.size() < 4 + length)
                break;
            const QByteArray payload = buffer.mid(4, length);
            buffer.remove(0, 4 + length);
            if (type == 0x81) { // SESSION REQUEST: any called name is fine (*SMBSERVER too)
                s->write(QByteArray("\x82\0\0\0", 4));
                s->setProperty("session", true);
                continue;
            }
            if (type == 0x85) // keepalive
                continue;
            if (type != 0x00 || !s->property("session").toBool()) {
                s->write(QByteArray("\x83\0\0\x01\x8F", 5)); // negative: unspecified error
                s->disconnectFromHost();
                return;
            }
            QByteArray challenge(8, '\0');
            for (char &c : challenge)
                c = char(QRandomGenerator::global()->bounded(256));
            const quint64 filetime =
                quint64(QDateTime::currentMSecsSinceEpoch() + 11644473600000LL) * 10000ULL;
            const QByteArray answer = Nt4Simulator::reply(m_options, payload, challenge, filetime);
            if (answer.isEmpty()) {
                s->abort();
                return;
            }
            QByteArray frame;
            frame.append('\0');
            frame.append(char((answer.size() >> 16) & 0x01));
            frame.append(char((answer.size() >> 8) & 0xFF));
            frame.append(char(answer.size() & 0xFF));
            s->write(frame + answer);
        }
        s->setProperty("buffer", buffer);
    }

    Nt4Simulator::Options m_options;
    std::atomic<int> *m_served;
};

struct Nt4Simulator::Private
{
    Options options;
    QThread thread;
    QObject *context = nullptr; // lives in `thread`: queued calls run there
    QPointer<Nt4Server> server;
    quint16 port = 0;
    std::atomic<int> served{0};
};

Nt4Simulator::Nt4Simulator()
    : Nt4Simulator(Options())
{}

Nt4Simulator::Nt4Simulator(Options options)
    : d(std::make_unique<Private>())
{
    d->options = std::move(options);
}

Nt4Simulator::~Nt4Simulator()
{
    stop();
}

bool Nt4Simulator::start(QString *error)
{
    if (d->server)
        return true;
    d->thread.setObjectName(QStringLiteral("nt4-simulator"));
    d->context = new QObject;
    d->context->moveToThread(&d->thread);
    QObject::connect(&d->thread, &QThread::finished, d->context, &QObject::deleteLater);
    d->thread.start();
    bool ok = false;
    QString reason;
    QMetaObject::invokeMethod(
        d->context,
        [this, &ok, &reason] {
            auto *server = new Nt4Server(d->options, &d->served);
            ok = server->listen(d->options.address, d->options.port);
            if (!ok) {
                reason = server->errorString();
                delete server;
                return;
            }
            d->port = server->serverPort();
            d->server = server;
        },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        d->thread.quit();
        d->thread.wait();
        if (error)
            *error = tr("cannot listen on %1: %2").arg(d->options.address.toString(), reason);
        return false;
    }
    qCDebug(lcNt4Simulator) << "listening on" << d->options.address << d->port;
    return true;
}

void Nt4Simulator::stop()
{
    if (!d->thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        d->context, [this] { delete d->server.data(); }, Qt::BlockingQueuedConnection);
    d->thread.quit();
    d->thread.wait();
}

quint16 Nt4Simulator::port() const
{
    return d->port;
}

int Nt4Simulator::connectionsServed() const
{
    return d->served.load();
}

} // namespace Gpsi

#include "loopbackserver.h"

#include <QTcpServer>
#include <QThread>

#include <atomic>

namespace GpsiTest {

struct LoopbackServer::Private
{
    Behaviour behaviour;
    QHostAddress address;
    QThread thread;
    QObject *context = nullptr;
    QTcpServer *server = nullptr;
    quint16 port = 0;
    std::atomic<int> connections{0};
};

LoopbackServer::LoopbackServer(Behaviour behaviour, QHostAddress address)
    : d(std::make_unique<Private>())
{
    d->behaviour = std::move(behaviour);
    d->address = std::move(address);
}

LoopbackServer::~LoopbackServer()
{
    if (d->thread.isRunning()) {
        QMetaObject::invokeMethod(
            d->context, [this] { delete d->server; }, Qt::BlockingQueuedConnection);
        d->thread.quit();
        d->thread.wait();
    }
}

bool LoopbackServer::start()
{
    d->context = new QObject;
    d->context->moveToThread(&d->thread);
    QObject::connect(&d->thread, &QThread::finished, d->context, &QObject::deleteLater);
    d->thread.start();
    bool ok = false;
    QMetaObject::invokeMethod(
        d->context,
        [this, &ok] {
            d->server = new QTcpServer;
            ok = d->server->listen(d->address, 0);
            d->port = d->server->serverPort();
            QObject::connect(d->server, &QTcpServer::newConnection, d->server, [this] {
                while (QTcpSocket *s = d->server->nextPendingConnection()) {
                    ++d->connections;
                    d->behaviour(*s);
                    s->deleteLater();
                }
            });
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

quint16 LoopbackServer::port() const
{
    return d->port;
}

int LoopbackServer::connections() const
{
    return d->connections.load();
}

quint16 LoopbackServer::closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    const quint16 port = s.serverPort();
    s.close();
    return port;
}

QByteArray LoopbackServer::readFrame(QTcpSocket &socket, int ms)
{
    QByteArray buffer;
    while (buffer.size() < 4) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(ms))
            return {};
        buffer += socket.read(4 - buffer.size());
    }
    const int length =
        (quint8(buffer.at(1)) << 16) | (quint8(buffer.at(2)) << 8) | quint8(buffer.at(3));
    while (buffer.size() < 4 + length) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(ms))
            return {};
        buffer += socket.read(4 + length - buffer.size());
    }
    return buffer;
}

QByteArray LoopbackServer::frame(quint8 type, const QByteArray &payload)
{
    QByteArray f;
    f.append(char(type));
    f.append(char((payload.size() >> 16) & 0xFF));
    f.append(char((payload.size() >> 8) & 0xFF));
    f.append(char(payload.size() & 0xFF));
    return f + payload;
}

} // namespace GpsiTest

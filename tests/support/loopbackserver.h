#pragma once

// A TCP server on 127.0.0.1 running in its own thread, for tests that need a peer that
// misbehaves on purpose (silent, slow, garbage, oversized, closing mid-message) or replays
// recorded bytes. Each accepted connection gets a fresh Behaviour; it runs in the server's
// thread and may block it (each connection is served one at a time), which keeps the
// behaviours simple sequential code.
#include <QByteArray>
#include <QHostAddress>
#include <QTcpSocket>

#include <functional>
#include <memory>

namespace GpsiTest {

class LoopbackServer
{
public:
    using Behaviour = std::function<void(QTcpSocket &socket)>;

    explicit LoopbackServer(Behaviour behaviour, QHostAddress address = QHostAddress::LocalHost);
    ~LoopbackServer();
    bool start();
    quint16 port() const;
    int connections() const;

    // A port on which nothing listens (bound and released).
    static quint16 closedPort();
    // Reads one session message (4-byte header + payload) within `ms`; empty on failure.
    static QByteArray readFrame(QTcpSocket &socket, int ms = 5000);
    static QByteArray frame(quint8 type, const QByteArray &payload);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace GpsiTest

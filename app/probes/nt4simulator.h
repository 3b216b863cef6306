#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

#include <memory>

namespace Gpsi {

// A Windows NT 4.0 file server as far as the SMB probe can see one, written from MS-CIFS
// (no capture of a real NT 4.0 exists): the NetBIOS session service only (NT 4.0 has no direct
// SMB port), dialect "NT LM 0.12" without extended security, an 8-byte challenge, Native OS
// "Windows NT 4.0" / Native LAN Manager "NT LAN Manager 4.0", null sessions allowed. SMB2 is
// not understood (the connection is closed). Used by the demo and by the tests; loopback only.
// It runs its own thread, so a caller may block on a probe of it.
class Nt4Simulator
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::Nt4Simulator)

public:
    struct Options
    {
        bool ntStatus = true; // fully updated NT 4.0 answers with NT status codes; early
                              // service packs with DOS error classes and fewer capabilities
        QString serverName = QStringLiteral("NT4SRV");
        QString domainName = QStringLiteral("EXAMPLE");
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0; // 0: any free port
    };

    Nt4Simulator();
    explicit Nt4Simulator(Options options);
    ~Nt4Simulator();
    Nt4Simulator(const Nt4Simulator &) = delete;
    Nt4Simulator &operator=(const Nt4Simulator &) = delete;

    bool start(QString *error);
    void stop();
    quint16 port() const;
    int connectionsServed() const;

    // The simulator's answer to one SMB message (no transport header), or empty to close the
    // connection. Pure, so tests can compare its layout with real replies.
    static QByteArray reply(const Options &options, const QByteArray &request,
                            const QByteArray &challenge, quint64 systemTimeFiletime);

    // NT 4.0 SP6a-like capabilities, and those of an early service pack (no NT SMBs, no RPC
    // remote APIs, no NT status).
    static constexpr quint32 CapabilitiesNtStatus = 0x000043FD;
    static constexpr quint32 CapabilitiesDosErrors = 0x0000438D;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Gpsi

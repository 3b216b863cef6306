#pragma once

#include <QCoreApplication>
#include <QTextStream>

#include <QTemporaryDir>

#include <memory>

#include "engine/case.h"

namespace Gpsi {

// The embedded demo scenario (resources/demo/scenario.json): a case that exercises the real
// code path and touches nothing but loopback.
class Nt4Simulator;

class Demo
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::Demo)

public:
    // The demo's servers: a Windows NT 4.0 simulator on a loopback port standing in for the
    // NetBIOS session service of "nt4srv", and a loopback port with nothing listening standing
    // in for its absent direct SMB port. They live as long as this object. The Kerberos check
    // gets a configuration of its own (realm EXAMPLE.TEST, its KDC a closed loopback port, an
    // empty in-memory credential cache), so the demo asks no real KDC and no DNS server.
    class Servers
    {
    public:
        Servers();
        ~Servers();
        bool start(QString *error);
        // Points the case's SMB and NetBIOS ports at the simulator.
        void apply(Case *caseData) const;

    private:
        std::unique_ptr<Nt4Simulator> m_nt4;
        quint16 m_closedPort = 0;
        QTemporaryDir m_kerberosDir;
        QString m_clientLog;
    };

    static bool scenario(Case *out, QString *error);
    // Runs the scenario without a GUI: the text report on `out`, HTML and PDF reports written
    // into `directory` under names no file there has yet (gpsi-doctor-demo[-N].html/.pdf). Returns
    // the process exit code (0 when the demo ran).
    static int runHeadless(const QString &directory, QTextStream &out, QTextStream &err);
};

} // namespace Gpsi

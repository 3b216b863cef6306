// nt4sim [PORT]: the NT 4.0 simulator (app/probes/nt4simulator.h) as a program of its own, on
// 127.0.0.1, so that a probe in another process (the Windows build under Wine, in
// tests/windows/cli-e2e.sh) can meet it. Prints "port N" once listening; runs until its
// standard input closes.
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

#include "probes/nt4simulator.h"

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Gpsi::Nt4Simulator::Options options;
    if (argc > 1)
        options.port = quint16(QString::fromLocal8Bit(argv[1]).toUInt());
    Gpsi::Nt4Simulator simulator(options);
    QString error;
    if (!simulator.start(&error)) {
        QTextStream(stderr) << "nt4sim: " << error << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "port " << simulator.port() << Qt::endl;
    // The simulator serves from its own thread; this one waits for the end of standard input.
    while (std::fgetc(stdin) != EOF) {
    }
    simulator.stop();
    return 0;
}

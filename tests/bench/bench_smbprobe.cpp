// Full SMB probe of a loopback Samba, side by side with nmap's SMB scripts against the same
// server, in one run: median wall time over many runs. On demand only (never in ctest):
//   build-tests/tests/bench/bench_smbprobe [runs]      (needs samba; nmap for the comparison)
// Figures go to docs/benchmarks.md.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>

#include "probes/nt4simulator.h"
#include "probes/smbprobe.h"
#include "support/loopbackserver.h"

using namespace Gpsi;

namespace {

double median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0;
    const qsizetype n = values.size();
    const double us =
        n % 2 ? double(values.at(n / 2)) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
    return std::round(us / 100.0) / 10.0; // milliseconds, one decimal
}

QList<qint64> timeProbe(quint16 smbPort, quint16 nbssPort, int runs, bool enumerate)
{
    QList<qint64> times;
    for (int i = 0; i < runs; ++i) {
        SmbProbe::Options o;
        o.host = QStringLiteral("127.0.0.1");
        o.address = QStringLiteral("127.0.0.1");
        o.smbPort = smbPort;
        o.nbssPort = nbssPort;
        o.enumerateDialects = enumerate;
        QElapsedTimer t;
        t.start();
        const SmbProbe::Result r = SmbProbe::run(o);
        times << t.nsecsElapsed() / 1000; // microseconds
        if (r.outcome != SmbProbe::Outcome::Ok)
            qFatal("probe failed: %s", qPrintable(r.error));
    }
    return times;
}

QList<qint64> timeCommand(const QString &program, const QStringList &args, int runs)
{
    QList<qint64> times;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(program, args);
        p.waitForFinished(120000);
        times << t.nsecsElapsed() / 1000;
        if (p.exitCode() != 0)
            return {};
    }
    return times;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 30;
    const QString source = QStringLiteral(GPSI_SOURCE_DIR);
    const quint16 closed = GpsiTest::LoopbackServer::closedPort();

    out << "| server | tool | what | runs | median |\n|---|---|---|---|---|\n";
    for (const QString &variant : {QStringLiteral("default"), QStringLiteral("nt1")}) {
        QTemporaryDir dir;
        const quint16 port = GpsiTest::LoopbackServer::closedPort();
        const QString smbDir = dir.filePath(QStringLiteral("smb"));
        if (QProcess::execute(QStringLiteral("bash"),
                              {source + QStringLiteral("/tests/fixtures/samba.sh"),
                               QStringLiteral("start"), smbDir, variant, QString::number(port)}) !=
            0) {
            out << "samba could not be started; no figures\n";
            return 1;
        }
        const QString name = QStringLiteral("Samba (%1)").arg(variant);
        out << QStringLiteral("| %1 | GPSI Doctor | full probe (dialect enumeration, OS, "
                              "mechanisms) | %2 | %3 ms |\n")
                   .arg(name)
                   .arg(runs)
                   .arg(median(timeProbe(port, closed, runs, true)));
        out << QStringLiteral(
                   "| %1 | GPSI Doctor | single negotiate + session setup | %2 | %3 ms |\n")
                   .arg(name)
                   .arg(runs)
                   .arg(median(timeProbe(port, closed, runs, false)));
        const int nmapRuns = qMax(3, runs / 6);
        const QList<qint64> nmap =
            timeCommand(QStringLiteral("nmap"),
                        {QStringLiteral("-Pn"), QStringLiteral("-n"), QStringLiteral("-p"),
                         QString::number(port), QStringLiteral("--script"),
                         QStringLiteral("smb-protocols,smb-security-mode,smb2-security-mode"),
                         QStringLiteral("--script-args"), QStringLiteral("smbport=%1").arg(port),
                         QStringLiteral("127.0.0.1")},
                        nmapRuns);
        out << (nmap.isEmpty()
                    ? QStringLiteral("| %1 | nmap 7.93 | not available | | |\n").arg(name)
                    : QStringLiteral("| %1 | nmap 7.93 | smb-protocols, smb-security-mode, "
                                     "smb2-security-mode | %2 | %3 ms |\n")
                          .arg(name)
                          .arg(nmapRuns)
                          .arg(median(nmap)));
        out.flush();
        QProcess::execute(
            QStringLiteral("bash"),
            {source + QStringLiteral("/tests/fixtures/samba.sh"), QStringLiteral("stop"), smbDir});
    }
    Nt4Simulator sim;
    QString error;
    if (sim.start(&error)) {
        out << QStringLiteral("| NT 4.0 simulator | GPSI Doctor | full probe over NetBIOS (445 "
                              "refused) | %1 | %2 ms |\n")
                   .arg(runs)
                   .arg(median(timeProbe(closed, sim.port(), runs, true)));
    }
    return 0;
}

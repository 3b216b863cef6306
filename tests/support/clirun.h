#pragma once

// Starting programs from the tests, in one place: the built gpsi-doctor (runCli; runDiagnose
// for "diagnose --format json" and its report), the scripts in tests/fixtures (runFixture) and
// any other tool (runProcess). Each run has a time limit, after which the program is killed,
// and gives back the exit code, stdout and stderr.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStringList>

namespace GpsiTest {

struct RunOptions
{
    QStringList wrapper;          // goes in front of the program (e.g. faketime and its options)
    QString workingDirectory;     // empty: the test's own
    QStringList unsetEnvironment; // variables taken out of the test's environment
    QMap<QString, QString> setEnvironment; // then these set
    bool mergeChannels = false; // stderr into `out` (the fixtures' log for a failure message)
    int timeoutMs = 120000;
};

struct RunResult
{
    bool finished = false; // exited before the time limit (false: killed, or did not start)
    int exitCode = -1;     // -1 unless it exited normally before the time limit
    QByteArray out;        // stdout, as written
    QString err;           // stderr (UTF-8)
    QString text() const { return QString::fromUtf8(out); }
};

inline RunResult runProcess(const QString &program, const QStringList &args,
                            const RunOptions &options = {})
{
    QProcess p;
    if (!options.unsetEnvironment.isEmpty() || !options.setEnvironment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : options.unsetEnvironment)
            env.remove(name);
        for (auto it = options.setEnvironment.cbegin(); it != options.setEnvironment.cend(); ++it)
            env.insert(it.key(), it.value());
        p.setProcessEnvironment(env);
    }
    if (!options.workingDirectory.isEmpty())
        p.setWorkingDirectory(options.workingDirectory);
    if (options.mergeChannels)
        p.setProcessChannelMode(QProcess::MergedChannels);
    QStringList command = options.wrapper;
    command << program << args;
    p.start(command.takeFirst(), command);
    RunResult r;
    r.finished = p.waitForFinished(options.timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = r.finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// The gpsi-doctor under test: ctest gives its path in GPSI_DOCTOR_BIN (empty when the build
// has none, e.g. a library-only build; the tests skip then).
inline QString doctorBinary()
{
    return qEnvironmentVariable("GPSI_DOCTOR_BIN");
}

inline RunResult runCli(const QStringList &args, const RunOptions &options = {})
{
    return runProcess(doctorBinary(), args, options);
}

// tests/fixtures/NAME in the source tree (GPSI_SOURCE_DIR).
inline QString fixturePath(const QString &name)
{
    return qEnvironmentVariable("GPSI_SOURCE_DIR") + QStringLiteral("/tests/fixtures/") + name;
}

// A fixture script (tests/fixtures/README.md) run with bash, its stdout and stderr together in
// `out`: what to show when it fails. Exit code 77 means it cannot run here (skip).
inline RunResult runFixture(const QString &script, const QStringList &args, int timeoutMs = 60000)
{
    RunOptions o;
    o.mergeChannels = true;
    o.timeoutMs = timeoutMs;
    return runProcess(QStringLiteral("bash"), QStringList{fixturePath(script)} + args, o);
}

struct CliRun
{
    int exitCode = -1;
    QJsonObject report;
    QString stderrText;
};

// `gpsi-doctor diagnose --format json` with `args`, its checks limited to `timeoutSeconds`
// (--timeout), and the JSON report read back. `wrapper` (e.g. faketime and its arguments) goes
// in front of the binary.
inline CliRun runDiagnose(const QStringList &args, const QStringList &wrapper = {},
                          int timeoutSeconds = 30)
{
    RunOptions o;
    o.wrapper = wrapper;
    const RunResult run =
        runCli(QStringList{QStringLiteral("diagnose"), QStringLiteral("--format"),
                           QStringLiteral("json"), QStringLiteral("--no-progress"),
                           QStringLiteral("--timeout"), QString::number(timeoutSeconds)} +
                   args,
               o);
    CliRun r;
    r.exitCode = run.exitCode;
    r.report = QJsonDocument::fromJson(run.out).object();
    r.stderrText = run.err;
    return r;
}

// The value of a fact in the JSON report (first match for the key).
inline QJsonValue factValue(const QJsonObject &report, const QString &key)
{
    for (const QJsonValue &f : report.value(QStringLiteral("facts")).toArray()) {
        if (f.toObject().value(QStringLiteral("key")).toString() == key)
            return f.toObject().value(QStringLiteral("value"));
    }
    return {};
}

inline QStringList findingIds(const QJsonObject &report)
{
    QStringList ids;
    for (const QJsonValue &f : report.value(QStringLiteral("findings")).toArray())
        ids << f.toObject().value(QStringLiteral("cause")).toString();
    return ids;
}

inline QJsonObject finding(const QJsonObject &report, const QString &id)
{
    for (const QJsonValue &f : report.value(QStringLiteral("findings")).toArray()) {
        if (f.toObject().value(QStringLiteral("cause")).toString() == id)
            return f.toObject();
    }
    return {};
}

} // namespace GpsiTest

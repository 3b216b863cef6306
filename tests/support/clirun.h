#pragma once

// Runs the built gpsi-doctor (GPSI_DOCTOR_BIN) with "diagnose --format json" and reads the
// JSON report back, for the integration tests that drive the whole tool.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace GpsiTest {

struct CliRun
{
    int exitCode = -1;
    QJsonObject report;
    QString stderrText;
};

// `wrapper` (e.g. faketime and its arguments) goes in front of the binary.
inline CliRun runDiagnose(const QStringList &args, const QStringList &wrapper = {},
                          int timeoutSeconds = 30)
{
    CliRun r;
    QProcess p;
    QStringList command = wrapper;
    command << qEnvironmentVariable("GPSI_DOCTOR_BIN") << QStringLiteral("diagnose")
            << QStringLiteral("--format") << QStringLiteral("json")
            << QStringLiteral("--no-progress") << QStringLiteral("--timeout")
            << QString::number(timeoutSeconds) << args;
    p.start(command.takeFirst(), command);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.report = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    r.stderrText = QString::fromUtf8(p.readAllStandardError());
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

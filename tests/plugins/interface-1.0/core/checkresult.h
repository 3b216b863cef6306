#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "fact.h"

namespace Gpsi {

enum class CheckStatus { Pending, Running, Pass, Warning, Fail, Skipped, Error };

QString checkStatusId(CheckStatus status);    // stable, for JSON: "pass", "skipped", ...
QString checkStatusTitle(CheckStatus status); // translated, for people
CheckStatus checkStatusFromId(const QString &id);
bool isFinished(CheckStatus status);

// What one module concluded about one subject.
struct CheckResult
{
    CheckStatus status = CheckStatus::Pending;
    QString summary;      // one line
    QStringList evidence; // supporting lines (wire excerpts, resolver answers, ...)

    static CheckResult pass(const QString &summary, const QStringList &evidence = {});
    static CheckResult warning(const QString &summary, const QStringList &evidence = {});
    static CheckResult fail(const QString &summary, const QStringList &evidence = {});
    static CheckResult skipped(const QString &reason);
    static CheckResult error(const QString &reason, const QStringList &evidence = {});
};

// A finished (or skipped) run of one module for one subject, as the runner records it.
struct CheckRun
{
    QString moduleId;
    QString moduleTitle;
    QString subject; // package path, or empty for a case-wide module
    CheckResult result;
    QDateTime startedAt;
    qint64 durationMs = 0;
    QList<Fact> facts; // the facts this run produced
    // The facts the module declares it provides, and whether this run settled them: true when
    // the module reached a verdict (Pass, Warning, Fail) or was skipped because what it needs
    // does not apply (a drive-letter path names no host). A declared fact that a conclusive run
    // did not produce does not apply to the subject; one from an Error, a time-out or another
    // platform is still unknown.
    QStringList providedKeys;
    bool conclusive = false;

    QJsonObject toJson() const;
    static CheckRun fromJson(const QJsonObject &object);
};

} // namespace Gpsi

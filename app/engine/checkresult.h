#pragma once

#include <QString>
#include <QStringList>

namespace Gpsi {

enum class CheckStatus { Pending, Running, Pass, Warning, Fail, Skipped, Error };

QString checkStatusId(CheckStatus status);    // stable, for JSON: "pass", "skipped", ...
QString checkStatusTitle(CheckStatus status); // translated, for people
CheckStatus checkStatusFromId(const QString &id);
bool isFinished(CheckStatus status);

// What one module concluded about one subject. A value type frozen with the check interface's
// id (checkmodule.h): plugins return it, so its layout changes only with a new id.
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

} // namespace Gpsi

#include "checkresult.h"
#include "checkrun.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Gpsi {

QString checkStatusId(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pending:
        return QStringLiteral("pending");
    case CheckStatus::Running:
        return QStringLiteral("running");
    case CheckStatus::Pass:
        return QStringLiteral("pass");
    case CheckStatus::Warning:
        return QStringLiteral("warning");
    case CheckStatus::Fail:
        return QStringLiteral("fail");
    case CheckStatus::Skipped:
        return QStringLiteral("skipped");
    case CheckStatus::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

QString checkStatusTitle(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pending:
        return QCoreApplication::translate("Gpsi::CheckStatus", "Pending");
    case CheckStatus::Running:
        return QCoreApplication::translate("Gpsi::CheckStatus", "Running");
    case CheckStatus::Pass:
        return QCoreApplication::translate("Gpsi::CheckStatus", "Pass");
    case CheckStatus::Warning:
        return QCoreApplication::translate("Gpsi::CheckStatus", "Warning");
    case CheckStatus::Fail:
        return QCoreApplication::translate("Gpsi::CheckStatus", "Fail");
    case CheckStatus::Skipped:
        return QCoreApplication::translate("Gpsi::CheckStatus", "Skipped");
    case CheckStatus::Error:
        return QCoreApplication::translate("Gpsi::CheckStatus", "Error");
    }
    return {};
}

CheckStatus checkStatusFromId(const QString &id)
{
    for (CheckStatus s : {CheckStatus::Pending, CheckStatus::Running, CheckStatus::Pass,
                          CheckStatus::Warning, CheckStatus::Fail, CheckStatus::Skipped}) {
        if (checkStatusId(s) == id)
            return s;
    }
    return CheckStatus::Error;
}

bool isFinished(CheckStatus status)
{
    return status != CheckStatus::Pending && status != CheckStatus::Running;
}

CheckResult CheckResult::pass(const QString &summary, const QStringList &evidence)
{
    return {CheckStatus::Pass, summary, evidence};
}
CheckResult CheckResult::warning(const QString &summary, const QStringList &evidence)
{
    return {CheckStatus::Warning, summary, evidence};
}
CheckResult CheckResult::fail(const QString &summary, const QStringList &evidence)
{
    return {CheckStatus::Fail, summary, evidence};
}
CheckResult CheckResult::skipped(const QString &reason)
{
    return {CheckStatus::Skipped, reason, {}};
}
CheckResult CheckResult::error(const QString &reason, const QStringList &evidence)
{
    return {CheckStatus::Error, reason, evidence};
}

QJsonObject CheckRun::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("module"), moduleId);
    o.insert(QStringLiteral("title"), moduleTitle);
    o.insert(QStringLiteral("subject"), subject);
    o.insert(QStringLiteral("status"), checkStatusId(result.status));
    o.insert(QStringLiteral("summary"), result.summary);
    o.insert(QStringLiteral("evidence"), QJsonArray::fromStringList(result.evidence));
    o.insert(QStringLiteral("startedAt"),
             startedAt.isValid() ? startedAt.toUTC().toString(Qt::ISODateWithMs) : QString());
    o.insert(QStringLiteral("durationMs"), durationMs);
    o.insert(QStringLiteral("provides"), QJsonArray::fromStringList(providedKeys));
    o.insert(QStringLiteral("conclusive"), conclusive);
    QJsonArray factArray;
    for (const Fact &f : facts)
        factArray.append(f.toJson());
    o.insert(QStringLiteral("facts"), factArray);
    return o;
}

CheckRun CheckRun::fromJson(const QJsonObject &o)
{
    CheckRun r;
    r.moduleId = o.value(QStringLiteral("module")).toString();
    r.moduleTitle = o.value(QStringLiteral("title")).toString();
    r.subject = o.value(QStringLiteral("subject")).toString();
    r.result.status = checkStatusFromId(o.value(QStringLiteral("status")).toString());
    r.result.summary = o.value(QStringLiteral("summary")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("evidence")).toArray())
        r.result.evidence << v.toString();
    r.startedAt =
        QDateTime::fromString(o.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
    r.durationMs = o.value(QStringLiteral("durationMs")).toInteger();
    for (const QJsonValue &v : o.value(QStringLiteral("provides")).toArray())
        r.providedKeys << v.toString();
    r.conclusive = o.value(QStringLiteral("conclusive")).toBool();
    for (const QJsonValue &v : o.value(QStringLiteral("facts")).toArray())
        r.facts << Fact::fromJson(v.toObject());
    return r;
}

} // namespace Gpsi

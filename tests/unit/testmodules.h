#pragma once

// Helpers for tests that need check modules made up on the spot.
#include <QJsonArray>
#include <QJsonObject>

#include <functional>

#include "engine/checkmodule.h"
#include "engine/moduleregistry.h"

namespace GpsiTest {

class LambdaModule final : public Gpsi::CheckModule
{
public:
    using Body = std::function<Gpsi::CheckResult(Gpsi::CheckContext &)>;
    explicit LambdaModule(Body body)
        : m_body(std::move(body))
    {}
    Gpsi::CheckResult run(Gpsi::CheckContext &context) override { return m_body(context); }

private:
    Body m_body;
};

// Fact declarations for made-up modules: "key" is a bool fact, "key:type" another type
// (integer, double, string, string-list).
inline QJsonArray declarations(const QStringList &provides)
{
    QJsonArray array;
    for (const QString &entry : provides) {
        QJsonObject d;
        d.insert(QStringLiteral("key"), entry.section(QLatin1Char(':'), 0, 0));
        const QString type = entry.section(QLatin1Char(':'), 1);
        d.insert(QStringLiteral("type"), type.isEmpty() ? QStringLiteral("bool") : type);
        d.insert(QStringLiteral("optional"), false);
        d.insert(QStringLiteral("meaning"), QStringLiteral("a test fact"));
        array.append(d);
    }
    return array;
}

inline QJsonObject metadata(const QString &id, const QStringList &requires_,
                            const QStringList &provides,
                            const QString &scope = QStringLiteral("package"),
                            const QStringList &platforms = {QStringLiteral("any")})
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("title"), QStringLiteral("Module %1").arg(id));
    o.insert(QStringLiteral("description"), QStringLiteral("test module"));
    o.insert(QStringLiteral("category"), QStringLiteral("other"));
    o.insert(QStringLiteral("platforms"), QJsonArray::fromStringList(platforms));
    o.insert(QStringLiteral("requires"), QJsonArray::fromStringList(requires_));
    o.insert(QStringLiteral("provides"), declarations(provides));
    o.insert(QStringLiteral("scope"), scope);
    return o;
}

inline void add(Gpsi::ModuleRegistry &registry, const QJsonObject &meta, LambdaModule::Body body)
{
    if (!registry.registerModule(meta, [body] { return std::make_unique<LambdaModule>(body); }))
        qFatal("test module rejected: %s", qPrintable(registry.errors().last().message));
}

} // namespace GpsiTest

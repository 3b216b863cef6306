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
    o.insert(QStringLiteral("provides"), QJsonArray::fromStringList(provides));
    o.insert(QStringLiteral("scope"), scope);
    return o;
}

inline void add(Gpsi::ModuleRegistry &registry, const QJsonObject &meta, LambdaModule::Body body)
{
    if (!registry.registerModule(meta, [body] { return std::make_unique<LambdaModule>(body); }))
        qFatal("test module rejected: %s", qPrintable(registry.errors().last().message));
}

} // namespace GpsiTest

#pragma once

#include <QCoreApplication>

#include <atomic>
#include <memory>
#include <mutex>

#include "case.h"
#include "checkmodule.h"
#include "clock.h"
#include "fact.h"
#include "modulemetadata.h"

namespace Gpsi {

// The engine's side of CheckContext: one module's run over one subject. It holds the case, the
// facts known so far and the module's metadata by value; none of that crosses the plugin
// boundary (modules see only the abstract CheckContext).
class RunContext final : public CheckContext
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::RunContext)

public:
    RunContext(ModuleMetadata metadata, QString subject, Case caseData, FactSet knownFacts,
               std::shared_ptr<const Clock> clock, qint64 deadlineMs);

    QString subject() const override { return m_subject; }
    QVariant fact(const QString &key, const QVariant &fallback = {}) const override;
    QJsonObject options() const override { return m_options; }
    QStringList evidenceFiles() const override;
    QDateTime now() const override { return m_clock->now(); }
    void addFact(const QString &key, const QVariant &value, const QString &evidence = {}) override;
    bool isCancelled() const override;
    qint64 remainingMs() const override;

    void cancel() { m_cancelled.store(true); }
    const ModuleMetadata &metadata() const { return m_metadata; }

    QList<Fact> takeFacts();
    // Facts handed on or read against the metadata, one line each, reported with the run.
    QStringList takeContractProblems();

private:
    ModuleMetadata m_metadata;
    QString m_subject;
    Case m_case;
    QJsonObject m_options;
    FactSet m_known;
    std::shared_ptr<const Clock> m_clock;
    qint64 m_deadlineMs;
    std::atomic<bool> m_cancelled{false};
    mutable std::mutex m_mutex;
    QList<Fact> m_produced;
    mutable QStringList m_problems; // fact() is const and reports too
};

} // namespace Gpsi

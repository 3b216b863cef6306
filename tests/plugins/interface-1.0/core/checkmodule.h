#pragma once

#include <QtPlugin>

#include <atomic>
#include <memory>
#include <mutex>

#include "case.h"
#include "checkresult.h"
#include "clock.h"
#include "fact.h"
#include "modulemetadata.h"

namespace Gpsi {

// What a module sees while it runs: the subject, the case, the facts known so far, a way to
// hand on facts, the deadline and the cancellation flag. Modules run off the GUI thread; every
// member is safe to call from the module's thread.
class CheckContext
{
public:
    CheckContext(ModuleMetadata metadata, QString subject, Case caseData, FactSet knownFacts,
                 std::shared_ptr<const Clock> clock, qint64 deadlineMs);

    const QString &subject() const { return m_subject; } // the package path (may be empty)
    const Case &caseData() const { return m_case; }
    const CaseOptions &options() const { return m_case.options; }
    const FactSet &facts() const { return m_known; }
    QVariant fact(const QString &key, const QVariant &fallback = {}) const
    {
        return m_known.value(m_subject, key, fallback);
    }
    const Clock &clock() const { return *m_clock; }
    const ModuleMetadata &metadata() const { return m_metadata; }

    // Hands on a fact. Keys the module's metadata does not declare under "provides" are
    // dropped (and reported), so metadata stays the truth about what a module produces.
    void addFact(const QString &key, const QVariant &value, const QString &evidence = {});

    // True once the run was cancelled or its deadline passed. Modules poll this between steps.
    bool isCancelled() const;
    void cancel() { m_cancelled.store(true); }
    // Milliseconds left before the deadline (never negative).
    qint64 remainingMs() const;

    QList<Fact> takeFacts();
    QStringList takeRejectedKeys();

private:
    ModuleMetadata m_metadata;
    QString m_subject;
    Case m_case;
    FactSet m_known;
    std::shared_ptr<const Clock> m_clock;
    qint64 m_deadlineMs;
    std::atomic<bool> m_cancelled{false};
    mutable std::mutex m_mutex;
    QList<Fact> m_produced;
    QStringList m_rejected;
};

// A check module. One instance runs for one subject; the runner creates a fresh instance per
// run from the module's factory, so modules may keep state in members.
class CheckModule
{
public:
    virtual ~CheckModule() = default;
    // Must not throw past this boundary on bad input; may throw on bugs (the runner turns an
    // exception into an Error result). Must return soon after context.isCancelled() is true.
    virtual CheckResult run(CheckContext &context) = 0;
};

// What a module plugin's root object implements. Built-in modules use the same interface
// through a registry entry.
class CheckModuleFactory
{
public:
    virtual ~CheckModuleFactory() = default;
    virtual std::unique_ptr<CheckModule> create() const = 0;
};

} // namespace Gpsi

// The interface id carries its version: a plugin built against another version is refused
// with a clear message instead of being called through a mismatched vtable.
#define GpsiCheckModuleFactory_iid "org.gpsi-doctor.CheckModuleFactory/1.0"
Q_DECLARE_INTERFACE(Gpsi::CheckModuleFactory, GpsiCheckModuleFactory_iid)

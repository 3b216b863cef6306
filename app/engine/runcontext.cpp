#include "runcontext.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRunContext, "gpsi.core.checkmodule", QtInfoMsg)

namespace Gpsi {

RunContext::RunContext(ModuleMetadata metadata, QString subject, Case caseData, FactSet knownFacts,
                       std::shared_ptr<const Clock> clock, qint64 deadlineMs)
    : m_metadata(std::move(metadata))
    , m_subject(std::move(subject))
    , m_case(std::move(caseData))
    , m_options(m_case.options.toJson())
    , m_known(std::move(knownFacts))
    , m_clock(std::move(clock))
    , m_deadlineMs(deadlineMs)
{}

QVariant RunContext::fact(const QString &key, const QVariant &fallback) const
{
    if (!m_metadata.reads(key)) {
        // A module that reads what its metadata does not name would run before the fact's
        // provider, or without it, unnoticed: it gets nothing, and the run says so.
        qCWarning(lcRunContext) << "module" << m_metadata.id << "read undeclared fact" << key;
        std::lock_guard lock(m_mutex);
        m_problems << tr("Did not read fact \"%1\": the module's metadata neither requires nor "
                         "uses it.")
                          .arg(key);
        return fallback;
    }
    return m_known.value(m_subject, key, fallback);
}

QStringList RunContext::evidenceFiles() const
{
    QStringList paths;
    for (const EvidenceFile &e : m_case.evidence)
        paths << e.path;
    return paths;
}

void RunContext::addFact(const QString &key, const QVariant &value, const QString &evidence)
{
    std::lock_guard lock(m_mutex);
    const FactDeclaration *declaration = m_metadata.declaration(key);
    if (!declaration || !ModuleMetadata::isValidFactKey(key, false)) {
        qCWarning(lcRunContext) << "module" << m_metadata.id << "produced undeclared fact" << key;
        m_problems
            << tr("Ignored fact \"%1\": the module's metadata does not declare it.").arg(key);
        return;
    }
    if (const QString why = declaration->violation(value); !why.isEmpty()) {
        qCWarning(lcRunContext) << "module" << m_metadata.id << "fact" << key << why;
        m_problems << tr("Ignored fact \"%1\": %2.").arg(key, why);
        return;
    }
    Fact f;
    f.key = key;
    f.value = value;
    f.subject = m_metadata.scope == ModuleMetadata::Scope::Case ? QString() : m_subject;
    f.sourceId = m_metadata.id;
    f.observedAt = m_clock->now();
    f.evidence = evidence;
    m_produced.append(f);
}

bool RunContext::isCancelled() const
{
    return m_cancelled.load() || m_clock->monotonicMs() >= m_deadlineMs;
}

qint64 RunContext::remainingMs() const
{
    return qMax<qint64>(0, m_deadlineMs - m_clock->monotonicMs());
}

QList<Fact> RunContext::takeFacts()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_produced, {});
}

QStringList RunContext::takeContractProblems()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_problems, {});
}

} // namespace Gpsi

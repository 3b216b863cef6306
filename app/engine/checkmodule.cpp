#include "checkmodule.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCheckModule, "gpsi.core.checkmodule", QtInfoMsg)

namespace Gpsi {

CheckContext::CheckContext(ModuleMetadata metadata, QString subject, Case caseData,
                           FactSet knownFacts, std::shared_ptr<const Clock> clock,
                           qint64 deadlineMs)
    : m_metadata(std::move(metadata))
    , m_subject(std::move(subject))
    , m_case(std::move(caseData))
    , m_known(std::move(knownFacts))
    , m_clock(std::move(clock))
    , m_deadlineMs(deadlineMs)
{}

void CheckContext::addFact(const QString &key, const QVariant &value, const QString &evidence)
{
    std::lock_guard lock(m_mutex);
    if (!m_metadata.provides(key) || !ModuleMetadata::isValidFactKey(key, false)) {
        qCWarning(lcCheckModule) << "module" << m_metadata.id << "produced undeclared fact" << key;
        m_rejected.append(key);
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

bool CheckContext::isCancelled() const
{
    return m_cancelled.load() || m_clock->monotonicMs() >= m_deadlineMs;
}

qint64 CheckContext::remainingMs() const
{
    return qMax<qint64>(0, m_deadlineMs - m_clock->monotonicMs());
}

QList<Fact> CheckContext::takeFacts()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_produced, {});
}

QStringList CheckContext::takeRejectedKeys()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_rejected, {});
}

} // namespace Gpsi

#pragma once

#include <QDateTime>

#include <atomic>
#include <memory>

namespace Gpsi {

// Every timestamp and duration the pipeline records comes from a Clock, so that a run with a
// fixed clock produces byte-identical reports.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    // Milliseconds on a monotonic scale; only differences are meaningful.
    virtual qint64 monotonicMs() const = 0;

    static std::shared_ptr<Clock> system();
};

// A clock that always answers the same instant (durations are 0). For tests and golden files.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime instant)
        : m_instant(std::move(instant))
    {}
    QDateTime now() const override { return m_instant; }
    qint64 monotonicMs() const override { return 0; }

private:
    QDateTime m_instant;
};

} // namespace Gpsi

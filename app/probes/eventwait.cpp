#include "eventwait.h"

#include <QEventLoop>
#include <QTimer>

namespace Gpsi {

bool waitFor(const std::function<bool()> &done, const QElapsedTimer &timer, int timeoutMs,
             const std::function<bool()> &cancelled, bool *wasCancelled)
{
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&]() {
        if (done() || timer.elapsed() >= timeoutMs || (cancelled && cancelled()))
            loop.quit();
    });
    poll.start();
    if (!done() && timer.elapsed() < timeoutMs)
        loop.exec();
    if (cancelled && cancelled()) {
        if (wasCancelled)
            *wasCancelled = true;
        return false;
    }
    return done();
}

} // namespace Gpsi

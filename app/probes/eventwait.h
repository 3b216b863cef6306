#pragma once

#include <QElapsedTimer>

#include <functional>

namespace Gpsi {

// Runs a local event loop (so queued signals of QDnsLookup, QHostInfo and friends arrive on a
// worker thread) until `done()` is true, `timer` has run `timeoutMs`, or `cancelled()` is true.
// Returns done(); sets *wasCancelled when it stopped because of cancellation.
bool waitFor(const std::function<bool()> &done, const QElapsedTimer &timer, int timeoutMs,
             const std::function<bool()> &cancelled, bool *wasCancelled);

} // namespace Gpsi

#pragma once

#include <QCoreApplication>

#include "engine/checkmodule.h"

namespace Gpsi {

class EventHistory;

// Check module "event-history": the third leg of KB 323304. Reads the event logs given with
// the case (any format the readers know, told apart by content) and turns what the event
// catalogue recognises into facts: failing packages, the KB 323304 signature, pending
// installs, network-not-ready boots, slow links, SMB1 missing on the client, the paths and
// servers the events name, and a per-boot timeline.
class EventsCheck final : public CheckModule
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::EventsCheck)

public:
    CheckResult run(CheckContext &context) override;

    // The facts for a finished history (shared with tests). Returns the check's verdict.
    static CheckResult addFacts(const EventHistory &history, CheckContext &context);
    // One timeline line as the events.timeline fact stores it (tab-separated fields:
    // time, boot, computer, provider, event id, level, error code, summary).
    static QString timelineLine(const QDateTime &time, int boot, const QString &computer,
                                const QString &provider, int eventId, const QString &level,
                                qint64 errorCode, const QString &summary);
};

} // namespace Gpsi

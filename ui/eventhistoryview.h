#pragma once

#include "collapsiblesection.h"
#include "report/reportmodel.h"

class QLabel;
class QTreeWidget;

namespace Gpsi {

// The client's event history as the diagnosis page shows it: the failed and pending packages,
// then the timeline grouped by startup (each startup a branch with its notable signals). It
// renders ReportModel::EventHistorySection and nothing else.
class EventHistoryView : public CollapsibleSection
{
    Q_OBJECT

public:
    explicit EventHistoryView(const ReportModel::EventHistorySection &history,
                              QWidget *parent = nullptr);

    QTreeWidget *timelineTree() const { return m_tree; }
    int bootCount() const;

private:
    void fillTimeline(const ReportModel::EventHistorySection &history);

    QLabel *m_packages = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace Gpsi

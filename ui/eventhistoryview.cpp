#include "eventhistoryview.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "safetext.h"
#include "statusicons.h"

namespace Gpsi {

EventHistoryView::EventHistoryView(const ReportModel::EventHistorySection &history, QWidget *parent)
    : CollapsibleSection(parent)
{
    setObjectName(QStringLiteral("eventHistoryView"));
    setTitle(tr("Event history of the client"));
    setIcon(StatusIcons::icon(history.failedPackages.isEmpty() ? StatusIcons::Kind::Pass
                                                               : StatusIcons::Kind::Fail));
    setBadge(tr("%n event(s)", nullptr, int(history.timeline.size())));
    if (!history.failedPackages.isEmpty())
        setSubtitle(
            tr("%n failed package installation(s)", nullptr, int(history.failedPackages.size())));
    else if (!history.pendingPackages.isEmpty())
        setSubtitle(tr("%n installation(s) pending until the next startup", nullptr,
                       int(history.pendingPackages.size())));
    else
        setSubtitle(tr("No failed installation in the logs"));

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);

    QStringList lines;
    for (const QString &p : history.failedPackages)
        lines << tr("Failed: %1").arg(SafeText::display(p));
    for (const QString &p : history.pendingPackages)
        lines << tr("Pending: %1").arg(SafeText::display(p));
    m_packages = new QLabel(lines.join(QLatin1Char('\n')), body);
    m_packages->setObjectName(QStringLiteral("eventPackagesLabel"));
    m_packages->setTextFormat(Qt::PlainText);
    m_packages->setWordWrap(true);
    m_packages->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_packages->setVisible(!lines.isEmpty());
    layout->addWidget(m_packages);

    m_tree = new QTreeWidget(body);
    m_tree->setObjectName(QStringLiteral("eventTimelineTree"));
    m_tree->setAccessibleName(tr("Event timeline by startup"));
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Time (UTC)"), tr("Source"), tr("Event"), tr("What happened")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->setMinimumHeight(180);

    fillTimeline(history);
    m_tree->expandAll();
    layout->addWidget(m_tree, 1);
    if (history.truncated) {
        auto *note = new QLabel(tr("Only the most recent events are listed."), body);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    setContentWidget(body);
}

// One top-level item per startup, the events of that startup under it.
void EventHistoryView::fillTimeline(const ReportModel::EventHistorySection &history)
{
    QHash<int, QTreeWidgetItem *> boots;
    for (const ReportModel::TimelineRow &row : history.timeline) {
        QTreeWidgetItem *boot = boots.value(row.boot);
        if (!boot) {
            const QString label = history.boots.value(row.boot - 1);
            boot = new QTreeWidgetItem(m_tree);
            boot->setText(0, tr("Startup %1").arg(row.boot));
            boot->setText(3, SafeText::display(label.section(QStringLiteral(": "), 1)));
            boot->setToolTip(3, SafeText::toolTip(label));
            boot->setFirstColumnSpanned(false);
            QFont bold = boot->font(0);
            bold.setBold(true);
            boot->setFont(0, bold);
            boots.insert(row.boot, boot);
        }
        auto *item = new QTreeWidgetItem(boot);
        item->setText(0, row.time);
        item->setText(1, SafeText::display(row.provider));
        item->setText(2, QString::number(row.eventId));
        item->setText(3, SafeText::display(row.summary));
        item->setToolTip(3, SafeText::toolTip(row.summary));
        const QString level = row.level.toLower();
        if (level == QLatin1String("error") || level == QLatin1String("critical"))
            item->setIcon(0, StatusIcons::icon(StatusIcons::Kind::Fail));
        else if (level == QLatin1String("warning"))
            item->setIcon(0, StatusIcons::icon(StatusIcons::Kind::Warning));
        else
            item->setIcon(0, StatusIcons::icon(StatusIcons::Kind::Info));
    }
}

int EventHistoryView::bootCount() const
{
    return m_tree->topLevelItemCount();
}

} // namespace Gpsi

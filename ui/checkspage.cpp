#include "checkspage.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "engine/runner.h"
#include "mainwizard.h"
#include "pagewidgets.h"
#include "safetext.h"
#include "statusicons.h"

namespace Gpsi {

Q_LOGGING_CATEGORY(lcChecksPage, "gpsi.ui.checkspage", QtInfoMsg)

namespace {

constexpr int RunIndexRole = Qt::UserRole;

QString formatDuration(qint64 ms)
{
    if (ms < 1000)
        return ChecksPage::tr("%1 ms").arg(ms);
    return ChecksPage::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

// Worst first: the status a group of runs is summarised by.
int statusRank(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Fail:
        return 0;
    case CheckStatus::Error:
        return 1;
    case CheckStatus::Warning:
        return 2;
    case CheckStatus::Running:
        return 3;
    case CheckStatus::Pending:
        return 4;
    case CheckStatus::Skipped:
        return 5;
    case CheckStatus::Pass:
        return 6;
    }
    return 7;
}

QString firstLine(const QString &text)
{
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    return newline < 0 ? text : text.left(newline) + QStringLiteral(" \u2026");
}

} // namespace

ChecksPage::ChecksPage(Runner *runner, QWidget *parent)
    : QWizardPage(parent)
    , m_runner(runner)
{
    setObjectName(QStringLiteral("checksPage"));
    setTitle(tr("Checks"));
    setSubTitle(tr("GPSI Doctor examines each package path. Select a check to see its "
                   "evidence."));
    QSplitter *results = createResultsView();
    createProgressControls();
    layOutPage(results);

    m_ticker = new QTimer(this);
    m_ticker->setInterval(100);
    connect(m_ticker, &QTimer::timeout, this, &ChecksPage::tick);
    connectWidgets();
    tick();
    updateButtons();
}

// The tree of checks above the evidence of the selected one.
QSplitter *ChecksPage::createResultsView()
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("checksTree"));
    m_tree->setAccessibleName(tr("Checks and their results"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Check"), tr("Status"), tr("Summary"), tr("Duration")});
    m_tree->header()->setAccessibleName(tr("Check result columns"));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(CheckColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(SummaryColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(DurationColumn, QHeaderView::ResizeToContents);
    m_tree->setColumnWidth(CheckColumn, 190);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *treeLabel = new QLabel(tr("C&hecks:"), this);
    treeLabel->setBuddy(m_tree);

    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("checkDetails"));
    m_details->setAccessibleName(tr("Evidence of the selected check"));
    m_details->setReadOnly(true);
    m_details->setTabChangesFocus(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select a check to see its evidence."));
    auto *detailsLabel = new QLabel(tr("E&vidence of the selected check:"), this);
    detailsLabel->setBuddy(m_details);

    QWidget *detailsBox = labelledBox(detailsLabel, m_details);
    QWidget *treeBox = labelledBox(treeLabel, m_tree);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("checksSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(treeBox);
    splitter->addWidget(detailsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    return splitter;
}

// A label above a widget, without margins, as one splitter pane.
QWidget *ChecksPage::labelledBox(QLabel *label, QWidget *widget)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(widget);
    return box;
}

// The progress bar, elapsed time, Cancel and Re-run (also F5), and the status line.
void ChecksPage::createProgressControls()
{
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("checksProgress"));
    m_progress->setAccessibleName(tr("Progress of the checks"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m checks"));
    m_elapsed = new QLabel(this);
    m_elapsed->setObjectName(QStringLiteral("elapsedLabel"));
    // Room for "Elapsed: 999 ms" / "Elapsed: 120.5 s" without the row jumping.
    m_elapsed->setMinimumWidth(
        m_elapsed->fontMetrics().horizontalAdvance(tr("Elapsed: %1").arg(tr("%1 ms").arg(999))) +
        16);
    m_elapsed->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_cancelButton = PageWidgets::button(tr("&Cancel checks"), QStringLiteral("cancelChecksButton"),
                                         tr("Cancel the checks"), this);
    m_cancelButton->setToolTip(tr("Stop the checks that are still running (Alt+C)"));
    m_rerunButton = PageWidgets::button(tr("&Re-run checks"), QStringLiteral("rerunChecksButton"),
                                        tr("Re-run the checks"), this);
    m_rerunButton->setToolTip(tr("Run all checks again (Alt+R or F5)"));
    auto *rerunShortcut = new QShortcut(QKeySequence::Refresh, this);
    rerunShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(rerunShortcut, &QShortcut::activated, this, [this] {
        if (m_rerunButton->isEnabled())
            m_rerunButton->click();
    });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("checksStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
}

void ChecksPage::layOutPage(QSplitter *results)
{
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_elapsed);
    progressRow->addWidget(m_cancelButton);
    progressRow->addWidget(m_rerunButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    layout->addWidget(results, 1);

    setTabOrder(m_cancelButton, m_rerunButton);
    setTabOrder(m_rerunButton, m_tree);
    setTabOrder(m_tree, m_details);
}

void ChecksPage::connectWidgets()
{
    connect(m_runner, &Runner::planned, this, &ChecksPage::rebuild);
    connect(m_runner, &Runner::checkStarted, this, &ChecksPage::updateRun);
    connect(m_runner, &Runner::checkFinished, this, &ChecksPage::updateRun);
    connect(m_runner, &Runner::progressChanged, this, &ChecksPage::updateProgress);
    connect(m_runner, &Runner::finished, this, &ChecksPage::runFinished);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &ChecksPage::showDetails);
    connect(m_cancelButton, &QPushButton::clicked, this, &ChecksPage::cancelChecks);
    connect(m_rerunButton, &QPushButton::clicked, this, &ChecksPage::startChecks);
}

void ChecksPage::setCase(const Case &caseData)
{
    m_case = caseData;
}

bool ChecksPage::isRunning() const
{
    return m_runner->isRunning();
}

QString ChecksPage::statusText() const
{
    return m_status->text();
}

void ChecksPage::initializePage()
{
    startChecks();
}

void ChecksPage::cleanupPage()
{
    if (m_runner->isRunning()) {
        qCInfo(lcChecksPage) << "leaving the page: cancelling the running checks";
        cancelChecks();
    }
    QWizardPage::cleanupPage();
}

bool ChecksPage::isComplete() const
{
    return m_started && !m_runner->isRunning();
}

int ChecksPage::nextId() const
{
    return MainWizard::Page_Diagnosis;
}

void ChecksPage::startChecks()
{
    if (m_runner->isRunning())
        m_runner->cancel(); // finishes the old run first, so its signals do not mix in
    qCDebug(lcChecksPage) << "starting checks for" << m_case.packagePaths.size() << "paths";
    m_started = true;
    m_finalElapsedMs = -1;
    m_details->clear();
    m_status->setText(tr("Running the checks\u2026"));
    m_clock.start();
    m_ticker->start();
    updateButtons();
    Q_EMIT completeChanged();
    m_runner->start(m_case);
    if (!m_runner->isRunning()) {
        runFinished(); // nothing to run: the runner finished synchronously
        return;
    }
    updateButtons();
    m_cancelButton->setFocus();
}

void ChecksPage::cancelChecks()
{
    if (!m_runner->isRunning())
        return;
    m_status->setText(tr("Cancelling\u2026"));
    m_runner->cancel();
}

void ChecksPage::rebuild()
{
    m_tree->clear();
    m_items.clear();
    QHash<QString, QTreeWidgetItem *> groups;
    const QList<CheckRun> &runs = m_runner->runs();
    for (int i = 0; i < runs.size(); ++i) {
        const CheckRun &run = runs.at(i);
        QTreeWidgetItem *group = groups.value(run.subject);
        if (!group) {
            group = new QTreeWidgetItem(m_tree);
            group->setText(CheckColumn, run.subject.isEmpty() ? tr("Whole case")
                                                              : SafeText::display(run.subject));
            group->setToolTip(CheckColumn, SafeText::toolTip(run.subject));
            group->setData(CheckColumn, RunIndexRole, -1);
            QFont bold = group->font(CheckColumn);
            bold.setBold(true);
            group->setFont(CheckColumn, bold);
            group->setFirstColumnSpanned(true);
            group->setExpanded(true);
            groups.insert(run.subject, group);
        }
        auto *item = new QTreeWidgetItem(group);
        item->setData(CheckColumn, RunIndexRole, i);
        item->setText(CheckColumn, SafeText::display(run.moduleTitle));
        item->setToolTip(CheckColumn, SafeText::toolTip(run.moduleTitle));
        m_items << item;
        updateRun(i);
    }
    m_tree->expandAll();
}

void ChecksPage::updateRun(int index)
{
    if (index < 0 || index >= m_items.size() || index >= m_runner->runs().size())
        return;
    const CheckRun &run = m_runner->runs().at(index);
    QTreeWidgetItem *item = m_items.at(index);
    item->setIcon(StatusColumn, StatusIcons::forStatus(run.result.status));
    item->setText(StatusColumn, checkStatusTitle(run.result.status));
    const QString summary = SafeText::display(run.result.summary);
    item->setText(SummaryColumn, firstLine(summary));
    item->setToolTip(SummaryColumn, SafeText::toolTip(run.result.summary));
    switch (run.result.status) {
    case CheckStatus::Pending:
        item->setText(DurationColumn, QString());
        break;
    case CheckStatus::Running:
        item->setText(DurationColumn, QStringLiteral("\u2026"));
        break;
    default:
        item->setText(DurationColumn, formatDuration(run.durationMs));
        break;
    }
    item->setTextAlignment(DurationColumn, Qt::AlignRight | Qt::AlignVCenter);

    // The group shows the worst status of its runs.
    if (QTreeWidgetItem *group = item->parent()) {
        CheckStatus worst = CheckStatus::Pass;
        for (int c = 0; c < group->childCount(); ++c) {
            const int i = group->child(c)->data(CheckColumn, RunIndexRole).toInt();
            const CheckStatus s = m_runner->runs().at(i).result.status;
            if (statusRank(s) < statusRank(worst))
                worst = s;
        }
        group->setIcon(CheckColumn, StatusIcons::forStatus(worst));
    }
    if (m_tree->currentItem() == item)
        showDetails();
}

void ChecksPage::updateProgress(int finished, int total)
{
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(total == 0 ? 1 : finished);
}

void ChecksPage::runFinished()
{
    m_finalElapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_ticker->stop();
    tick();

    const QList<CheckRun> &runs = m_runner->runs();
    int counts[7] = {};
    for (const CheckRun &run : runs)
        ++counts[static_cast<int>(run.result.status)];
    QStringList parts;
    auto add = [&parts, &counts](CheckStatus status, const QString &text) {
        if (counts[static_cast<int>(status)] > 0)
            parts << text;
    };
    add(CheckStatus::Pass, tr("%n passed", nullptr, counts[int(CheckStatus::Pass)]));
    add(CheckStatus::Warning, tr("%n with warnings", nullptr, counts[int(CheckStatus::Warning)]));
    add(CheckStatus::Fail, tr("%n failed", nullptr, counts[int(CheckStatus::Fail)]));
    add(CheckStatus::Error, tr("%n could not complete", nullptr, counts[int(CheckStatus::Error)]));
    add(CheckStatus::Skipped, tr("%n skipped", nullptr, counts[int(CheckStatus::Skipped)]));
    const QString elapsed = formatDuration(m_finalElapsedMs);
    const QString tally = parts.isEmpty() ? tr("no checks ran") : parts.join(QStringLiteral(", "));
    m_status->setText(
        m_runner->wasCancelled()
            ? tr("Cancelled after %1: %2. Re-run the checks for a complete "
                 "diagnosis, or go on with what was found.")
                  .arg(elapsed, tally)
            : tr("Finished in %1: %2. Click Next for the diagnosis.").arg(elapsed, tally));
    qCInfo(lcChecksPage) << "checks finished; cancelled:" << m_runner->wasCancelled();

    const bool cancelHadFocus = m_cancelButton->hasFocus();
    updateButtons();
    if (cancelHadFocus)
        m_tree->setFocus();
    Q_EMIT completeChanged();

    // Point at the first run that needs attention.
    if (!m_tree->currentItem() ||
        m_tree->currentItem()->data(CheckColumn, RunIndexRole).toInt() < 0) {
        for (int i = 0; i < runs.size() && i < m_items.size(); ++i) {
            const CheckStatus s = runs.at(i).result.status;
            if (s == CheckStatus::Fail || s == CheckStatus::Error || s == CheckStatus::Warning) {
                m_tree->setCurrentItem(m_items.at(i));
                break;
            }
        }
    }
}

void ChecksPage::showDetails()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const int index = item ? item->data(CheckColumn, RunIndexRole).toInt() : -1;
    if (index < 0 || index >= m_runner->runs().size()) {
        m_details->clear();
        return;
    }
    const CheckRun &run = m_runner->runs().at(index);
    QStringList lines;
    lines << (run.subject.isEmpty()
                  ? SafeText::display(run.moduleTitle)
                  : tr("%1 \u2014 %2")
                        .arg(SafeText::display(run.moduleTitle), SafeText::display(run.subject)));
    lines << tr("Status: %1").arg(checkStatusTitle(run.result.status));
    if (!run.result.summary.isEmpty())
        lines << SafeText::display(run.result.summary);
    if (!run.result.evidence.isEmpty()) {
        lines << QString() << tr("Evidence:");
        for (const QString &line : run.result.evidence)
            lines << QStringLiteral("  ") + SafeText::display(line);
    }
    if (!run.facts.isEmpty()) {
        lines << QString() << tr("Facts established:");
        for (const Fact &fact : run.facts) {
            lines << tr("  %1 = %2").arg(fact.key, SafeText::display(fact.displayValue()));
        }
    }
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
}

void ChecksPage::tick()
{
    const qint64 ms = m_finalElapsedMs >= 0 ? m_finalElapsedMs
                      : m_clock.isValid()   ? m_clock.elapsed()
                                            : 0;
    m_elapsed->setText(tr("Elapsed: %1").arg(formatDuration(ms)));
}

void ChecksPage::updateButtons()
{
    const bool running = m_runner->isRunning();
    m_cancelButton->setEnabled(running);
    m_rerunButton->setEnabled(m_started && !running);
}

} // namespace Gpsi

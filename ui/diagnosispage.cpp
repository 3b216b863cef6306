#include "diagnosispage.h"

#include "eventhistoryview.h"

#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLoggingCategory>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include "findingview.h"
#include "mainwizard.h"
#include "report/reportmodel.h"
#include "statusicons.h"

namespace Gpsi {

Q_LOGGING_CATEGORY(lcDiagnosisPage, "gpsi.ui.diagnosispage", QtInfoMsg)

DiagnosisPage::DiagnosisPage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("diagnosisPage"));
    setTitle(tr("Diagnosis"));
    setSubTitle(tr("The likely causes, most serious and most certain first. Expand a finding for "
                   "its evidence, the fix and how to verify it."));

    m_verdictIcon = new QLabel(this);
    m_verdictIcon->setFixedSize(24, 24);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setWordWrap(true);
    QFont big = m_verdict->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_verdict->setFont(big);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("diagnosisSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    auto *verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_verdictIcon, 0, Qt::AlignTop);
    auto *verdictText = new QVBoxLayout;
    verdictText->setSpacing(2);
    verdictText->addWidget(m_verdict);
    verdictText->addWidget(m_summary);
    verdictRow->addLayout(verdictText, 1);

    m_list = new QWidget;
    m_list->setObjectName(QStringLiteral("findingsList"));
    m_listLayout = new QVBoxLayout(m_list);
    m_listLayout->setContentsMargins(2, 2, 2, 2);
    m_listLayout->setSpacing(6);
    m_listLayout->addStretch(1);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("findingsArea"));
    m_scroll->setAccessibleName(tr("Findings"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_list);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(verdictRow);
    layout->addSpacing(4);
    layout->addWidget(m_scroll, 1);
}

void DiagnosisPage::clear()
{
    for (FindingView *view : std::as_const(m_findings))
        delete view;
    m_findings.clear();
    delete m_notAssessed;
    m_notAssessed = nullptr;
    delete m_eventHistory;
    m_eventHistory = nullptr;
    // Remove anything else but the final stretch (the "no findings" note).
    while (m_listLayout->count() > 1) {
        QLayoutItem *item = m_listLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
}

void DiagnosisPage::setModel(const ReportModel *model)
{
    clear();
    m_model = model;
    if (!model) {
        m_verdict->clear();
        m_summary->clear();
        m_verdictIcon->clear();
        Q_EMIT completeChanged();
        return;
    }

    const QString verdict = model->verdictId();
    m_verdict->setText(model->verdictTitle());
    m_verdictIcon->setPixmap(
        StatusIcons::pixmap(verdict == QLatin1String("problem")      ? StatusIcons::Kind::Fail
                            : verdict == QLatin1String("incomplete") ? StatusIcons::Kind::Warning
                                                                     : StatusIcons::Kind::Pass,
                            24));
    const int paths = int(model->caseData.packagePaths.size());
    const int checks = int(model->checks.size());
    QString summary = tr("Package paths: %1 \u00b7 checks run: %2.").arg(paths).arg(checks);
    if (model->cancelled)
        summary += QLatin1Char(' ') + tr("The checks were cancelled: the diagnosis is partial.");
    m_summary->setText(summary);

    QHash<QString, QString> moduleTitles;
    for (const CheckRun &run : model->checks)
        moduleTitles.insert(run.moduleId, run.moduleTitle);

    int insertAt = 0;
    const QList<Finding> &findings = model->diagnosis.findings;
    if (findings.isEmpty()) {
        auto *none =
            new QLabel(tr("No known cause matched the facts the checks established."), m_list);
        none->setObjectName(QStringLiteral("noFindingsLabel"));
        none->setWordWrap(true);
        m_listLayout->insertWidget(insertAt++, none);
    }
    for (int i = 0; i < findings.size(); ++i) {
        auto *view = new FindingView(findings.at(i), moduleTitles, m_list);
        view->setObjectName(QStringLiteral("finding%1").arg(i));
        view->setExpanded(i == 0);
        m_listLayout->insertWidget(insertAt++, view);
        m_findings << view;
    }
    if (!model->eventHistory.isEmpty()) {
        m_eventHistory = new EventHistoryView(model->eventHistory, m_list);
        m_eventHistory->setExpanded(findings.isEmpty());
        m_listLayout->insertWidget(insertAt++, m_eventHistory);
    }
    if (!model->diagnosis.notAssessed.isEmpty()) {
        m_notAssessed = new NotAssessedView(model->diagnosis.notAssessed, m_list);
        m_notAssessed->setExpanded(false);
        m_listLayout->insertWidget(insertAt++, m_notAssessed);
    }
    // Keyboard order follows the ranking.
    QWidget *previous = nullptr;
    for (FindingView *view : std::as_const(m_findings)) {
        if (previous)
            setTabOrder(previous, view->toggleButton());
        previous = view->toggleButton();
    }
    if (previous && m_notAssessed)
        setTabOrder(previous, m_notAssessed->toggleButton());

    qCInfo(lcDiagnosisPage) << "showing" << findings.size() << "findings,"
                            << model->diagnosis.notAssessed.size() << "not assessed; verdict"
                            << verdict;
    Q_EMIT completeChanged();
}

QString DiagnosisPage::verdictText() const
{
    return m_verdict->text();
}

QStringList DiagnosisPage::findingTitles() const
{
    QStringList out;
    for (const FindingView *view : m_findings)
        out << view->title();
    return out;
}

bool DiagnosisPage::isComplete() const
{
    return m_model != nullptr;
}

int DiagnosisPage::nextId() const
{
    return MainWizard::Page_Report;
}

} // namespace Gpsi

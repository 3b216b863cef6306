#pragma once

#include <QList>
#include <QWizardPage>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace Gpsi {

class EventHistoryView;
class FindingView;
class NotAssessedView;
struct ReportModel;

// Renders the diagnosis of a report model: the verdict, the ranked findings (each expandable,
// the first one expanded) and the causes that could not be assessed. No diagnosis logic here:
// the wizard builds the model when the page is entered.
class DiagnosisPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DiagnosisPage(QWidget *parent = nullptr);

    // Shows the model (not owned; must outlive its display). nullptr clears the page.
    void setModel(const ReportModel *model);

    QString verdictText() const;
    int findingCount() const { return int(m_findings.size()); }
    FindingView *findingView(int index) const { return m_findings.value(index); }
    // The findings' titles, in ranked order.
    QStringList findingTitles() const;
    NotAssessedView *notAssessedView() const { return m_notAssessed; }
    EventHistoryView *eventHistoryView() const { return m_eventHistory; }

    bool isComplete() const override;
    int nextId() const override;

private:
    void clear();

    const ReportModel *m_model = nullptr;
    QLabel *m_verdictIcon = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_summary = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_list = nullptr;
    QVBoxLayout *m_listLayout = nullptr;
    QList<FindingView *> m_findings;
    NotAssessedView *m_notAssessed = nullptr;
    EventHistoryView *m_eventHistory = nullptr;
};

} // namespace Gpsi

#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QWizardPage>

#include "engine/case.h"

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace Gpsi {

class Runner;

// Runs the checks when entered and shows them live, grouped per package path: module, status,
// summary, duration; the evidence of the selected run below. Complete once the runner has
// finished (also after a cancel). Going back cancels a run in progress.
class ChecksPage : public QWizardPage
{
    Q_OBJECT

public:
    enum Column { CheckColumn, StatusColumn, SummaryColumn, DurationColumn, ColumnCount };

    // The runner belongs to the wizard; the page drives it and renders its runs.
    explicit ChecksPage(Runner *runner, QWidget *parent = nullptr);

    // The case the next run uses (the wizard sets it before the page is entered).
    void setCase(const Case &caseData);
    // The case the shown results were produced from.
    const Case &runCase() const { return m_case; }

    void startChecks();
    void cancelChecks();
    bool hasStarted() const { return m_started; }
    bool isRunning() const;
    QString statusText() const;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    QSplitter *createResultsView();
    QWidget *labelledBox(QLabel *label, QWidget *widget);
    void createProgressControls();
    void layOutPage(QSplitter *results);
    void connectWidgets();
    void rebuild();
    void updateRun(int index);
    void updateProgress(int finished, int total);
    void runFinished();
    void showDetails();
    void tick();
    void updateButtons();

    Runner *m_runner = nullptr;
    Case m_case;
    QTreeWidget *m_tree = nullptr;
    QList<QTreeWidgetItem *> m_items; // by run index
    QPlainTextEdit *m_details = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_elapsed = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_rerunButton = nullptr;
    QTimer *m_ticker = nullptr;
    QElapsedTimer m_clock;
    qint64 m_finalElapsedMs = -1;
    bool m_started = false;
};

} // namespace Gpsi

#pragma once

#include <QFutureWatcher>

#include <atomic>
#include <memory>

#include "eventlog/evidencescan.h"

#include <QList>
#include <QWizardPage>

#include <memory>

#include "engine/case.h"
#include "engine/clock.h"

class QCheckBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace Gpsi {

// Optional evidence: exported event logs (EVTX, EVT, event XML, CSV or text exports). Each
// file's format is told from its content (LogFormat::detect); files that are not event logs
// stay in the table, flagged, and are not added to the case.
class EvidencePage : public QWizardPage
{
    Q_OBJECT

public:
    enum Column { FileColumn, FormatColumn, SizeColumn, DetailColumn, ColumnCount };

    explicit EvidencePage(QWidget *parent = nullptr);

    void setClock(std::shared_ptr<const Clock> clock);

    // Replaces the files (from a loaded case). They stay in the case even when they cannot be
    // read here; the table says why.
    void setEvidence(const QList<EvidenceFile> &evidence);
    // The files that go into the case.
    QList<EvidenceFile> evidence() const;

    // Adds a file: true when it is an event log and was added; false when it is not (the row
    // is flagged) or already listed.
    bool addFile(const QString &fileName);
    int addFiles(const QStringList &fileNames);
    void removeSelected();
    QString statusText() const;
    // The case option "also read this computer's live event logs" (Windows only).
    void setLiveEvents(bool on);
    bool liveEvents() const;
    // Paths already in the case: the page suggests only others.
    void setKnownPaths(const QStringList &paths);
    // The package paths the events name that the case does not hold yet (after a scan).
    QStringList suggestedPaths() const { return m_suggested; }
    QString suggestionText() const;
    // True while the logs are being read in the background.
    bool isScanning() const;

    int nextId() const override;

Q_SIGNALS:
    void evidenceChanged();
    // The admin asked to check the package paths the events name.
    void pathsSuggested(const QStringList &paths);
    void scanFinished();
    void liveEventsChanged();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    enum Role { PathRole = Qt::UserRole, AcceptedRole, AddedAtRole };

    QLabel *createFileTable();
    void createFileControls();
    QVBoxLayout *layOutFiles(QLabel *intro, QLabel *tableLabel);
    QCheckBox *createLiveEventsOption();
    QHBoxLayout *createSuggestionRow();
    void createScanWatcher();
    int rowOf(const QString &fileName) const;
    bool insertRow(const QString &fileName, const QDateTime &addedAt, bool fromCase);
    void browse();
    void updateButtons();
    void startScan();
    void showScan(const EvidenceScan &scan);
    void updateSuggestion();

    std::shared_ptr<const Clock> m_clock;
    QFutureWatcher<EvidenceScan> *m_scanWatcher = nullptr;
    std::shared_ptr<std::atomic<bool>> m_scanCancel;
    QStringList m_eventPaths;
    QStringList m_failedPackages;
    QStringList m_knownPaths;
    QStringList m_suggested;
    QLabel *m_suggestion = nullptr;
    QPushButton *m_suggestButton = nullptr;
    QCheckBox *m_liveEvents = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Gpsi

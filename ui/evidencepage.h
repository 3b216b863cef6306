#pragma once

#include <QList>
#include <QWizardPage>

#include <memory>

#include "core/case.h"
#include "core/clock.h"

class QLabel;
class QPushButton;
class QTableWidget;

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

    int nextId() const override;

Q_SIGNALS:
    void evidenceChanged();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    enum Role { PathRole = Qt::UserRole, AcceptedRole, AddedAtRole };

    int rowOf(const QString &fileName) const;
    bool insertRow(const QString &fileName, const QDateTime &addedAt, bool fromCase);
    void browse();
    void updateButtons();

    std::shared_ptr<const Clock> m_clock;
    QTableWidget *m_table = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Gpsi

#pragma once

#include <QDialog>
#include <QStringList>

#include "eventlog/eventtext.h"

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Gpsi {

// "Paste from event text": the admin pastes the text of an Event Viewer event (Application
// Management 101-108, UserEnv 1000, ...); the dialog shows what EventText::extract found and
// offers the package paths in it, each with a check box.
class EventTextDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EventTextDialog(QWidget *parent = nullptr);

    // Replaces the pasted text (the analysis follows immediately).
    void setText(const QString &text);
    QString text() const;

    const EventText &result() const { return m_result; }
    QString summaryText() const;
    // The paths found whose check box is ticked, as found (not neutralized).
    QStringList selectedPaths() const;

private:
    void analyse();
    void updateAcceptButton();

    QPlainTextEdit *m_edit = nullptr;
    QLabel *m_summaryIcon = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_paths = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_addButton = nullptr;
    EventText m_result;
};

} // namespace Gpsi

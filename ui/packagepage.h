#pragma once

#include <QStringList>
#include <QWizardPage>

class QCompleter;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QPushButton;
class QStringListModel;
class QToolButton;

namespace Gpsi {

class EventTextDialog;
struct PackagePath;

// The package path(s) to diagnose: a line edit with live validation (PackagePath::parse), an
// editable list of paths, recent paths and "Paste from event text...". Malformed paths may
// proceed: diagnosing them is the point; the page only warns.
class PackagePage : public QWizardPage
{
    Q_OBJECT
    Q_PROPERTY(QStringList paths READ paths NOTIFY pathsChanged)

public:
    static constexpr int MaxRecentPaths = 10;

    explicit PackagePage(QWidget *parent = nullptr);

    // The listed paths followed by the one typed in the edit but not yet added.
    QStringList paths() const;
    // Paths in the list only.
    QStringList listedPaths() const;
    void setPaths(const QStringList &paths);
    // Adds a path to the list; false when it is blank or already listed.
    bool addPath(const QString &path);
    int addPaths(const QStringList &paths);
    void removeSelectedPaths();

    // The text of the live validation under the edit (kind, problems).
    QString validationText() const;

    // Opens the "Paste from event text" dialog (window-modal, not blocking); the paths ticked
    // there are added when it is accepted.
    EventTextDialog *openEventTextDialog();

    // Recent paths (most recent first) kept in QSettings.
    static QStringList recentPaths();
    static void rememberPaths(const QStringList &paths);

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;
    // Going back keeps what was entered (QWizardPage would reset the fields).
    void cleanupPage() override;

Q_SIGNALS:
    void pathsChanged();

private:
    QLabel *createPathRow();
    void createValidation();
    QLabel *createPathList();
    void layOutPage(QLabel *editLabel, QLabel *listLabel);
    void connectWidgets();
    void itemEdited(QListWidgetItem *item);
    void commitPendingPath();
    void updateValidation();
    void showValidation(const QString &path);
    void updateItem(QListWidgetItem *item);
    void updateButtons();
    void updateRecent();
    void pathsEdited();

    QLineEdit *m_edit = nullptr;
    QPushButton *m_addButton = nullptr;
    QToolButton *m_recentButton = nullptr;
    QMenu *m_recentMenu = nullptr;
    QPushButton *m_pasteButton = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_validationIcon = nullptr;
    QLabel *m_validationLabel = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_recentModel = nullptr;
};

} // namespace Gpsi

#include "packagepage.h"

#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

#include "engine/packagepath.h"
#include "eventtextdialog.h"
#include "mainwizard.h"
#include "pagewidgets.h"
#include "safetext.h"
#include "statusicons.h"

namespace Gpsi {

Q_LOGGING_CATEGORY(lcPackagePage, "gpsi.ui.packagepage", QtInfoMsg)

namespace {

const QString kRecentKey = QStringLiteral("recentPackagePaths");

StatusIcons::Kind validationKind(const PackagePath &parsed)
{
    if (parsed.kind == PackagePath::Kind::Empty)
        return StatusIcons::Kind::Info;
    if (parsed.kind == PackagePath::Kind::Malformed || !parsed.problems.isEmpty())
        return StatusIcons::Kind::Fail;
    if (!parsed.isUnc())
        return StatusIcons::Kind::Warning;
    return StatusIcons::Kind::Pass;
}

} // namespace

PackagePage::PackagePage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("packagePage"));
    setTitle(tr("Package path"));
    setSubTitle(tr("Enter the path of the package exactly as the Group Policy object names it. "
                   "Add several paths to diagnose them together."));
    QLabel *editLabel = createPathRow();
    createValidation();
    QLabel *listLabel = createPathList();
    layOutPage(editLabel, listLabel);
    connectWidgets();
    updateRecent();
    updateValidation();
    updateButtons();
}

// The path edit (completing from recent paths), Add and Recent. Returns the edit's label.
QLabel *PackagePage::createPathRow()
{
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("pathEdit"));
    m_edit->setAccessibleName(tr("Package path"));
    m_edit->setAccessibleDescription(
        tr("The path is checked as you type; the result is shown below the field."));
    m_edit->setPlaceholderText(tr("\\\\fileserver\\software\\app.msi"));
    auto *editLabel = new QLabel(tr("Package &path:"), this);
    editLabel->setBuddy(m_edit);

    m_recentModel = new QStringListModel(this);
    m_completer = new QCompleter(m_recentModel, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_edit->setCompleter(m_completer);

    m_addButton = PageWidgets::button(tr("&Add"), QStringLiteral("addPathButton"),
                                      tr("Add the path to the list"), this);

    m_recentButton = new QToolButton(this);
    m_recentButton->setObjectName(QStringLiteral("recentPathsButton"));
    m_recentButton->setText(tr("Rec&ent"));
    m_recentButton->setAccessibleName(tr("Recent package paths"));
    m_recentButton->setToolTip(tr("Paths diagnosed before"));
    m_recentButton->setPopupMode(QToolButton::InstantPopup);
    m_recentMenu = new QMenu(m_recentButton);
    m_recentMenu->setObjectName(QStringLiteral("recentPathsMenu"));
    m_recentButton->setMenu(m_recentMenu);
    return editLabel;
}

// The icon and text of the live validation under the edit.
void PackagePage::createValidation()
{
    m_validationIcon = new QLabel(this);
    m_validationIcon->setObjectName(QStringLiteral("validationIcon"));
    m_validationIcon->setFixedSize(20, 20);
    m_validationLabel = new QLabel(this);
    m_validationLabel->setObjectName(QStringLiteral("validationLabel"));
    m_validationLabel->setTextFormat(Qt::PlainText);
    m_validationLabel->setWordWrap(true);
    m_validationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_validationLabel->setMinimumHeight(m_validationLabel->fontMetrics().lineSpacing() * 3);
    m_validationLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
}

// The list of paths to diagnose with Remove and "Paste from event text...". Returns the
// list's label.
QLabel *PackagePage::createPathList()
{
    m_pasteButton =
        PageWidgets::button(tr("Paste from e&vent text..."), QStringLiteral("pasteEventButton"),
                            tr("Paste from event text"), this);
    m_pasteButton->setToolTip(
        tr("Paste the text of an Event Viewer event and take the package paths from it"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("pathList"));
    m_list->setAccessibleName(tr("Package paths to diagnose"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setAlternatingRowColors(true);
    auto *listLabel = new QLabel(tr("Paths to &diagnose:"), this);
    listLabel->setBuddy(m_list);

    m_removeButton = PageWidgets::button(tr("&Remove"), QStringLiteral("removePathButton"),
                                         tr("Remove the selected paths"), this);
    return listLabel;
}

void PackagePage::layOutPage(QLabel *editLabel, QLabel *listLabel)
{
    auto *grid = new QGridLayout;
    grid->addWidget(editLabel, 0, 0);
    grid->addWidget(m_edit, 0, 1);
    grid->addWidget(m_addButton, 0, 2);
    grid->addWidget(m_recentButton, 0, 3);
    auto *validationRow = new QHBoxLayout;
    validationRow->addWidget(m_validationIcon, 0, Qt::AlignTop);
    validationRow->addWidget(m_validationLabel, 1);
    grid->addLayout(validationRow, 1, 1, 1, 3);
    grid->setColumnStretch(1, 1);

    auto *listButtons = new QVBoxLayout;
    listButtons->addWidget(m_removeButton);
    listButtons->addWidget(m_pasteButton);
    listButtons->addStretch(1);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(listButtons);

    auto *note = new QLabel(tr("Tip: paste the value of the package's msiFileList attribute or "
                               "the path shown on the Deployment tab; quotes and a \"0:\" index "
                               "prefix are understood."),
                            this);
    note->setObjectName(QStringLiteral("packageTipLabel"));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addSpacing(6);
    layout->addWidget(listLabel);
    layout->addLayout(listRow, 1);
    layout->addWidget(note);

    setTabOrder(m_edit, m_addButton);
    setTabOrder(m_addButton, m_recentButton);
    setTabOrder(m_recentButton, m_list);
    setTabOrder(m_list, m_removeButton);
    setTabOrder(m_removeButton, m_pasteButton);
}

void PackagePage::connectWidgets()
{
    registerField(QStringLiteral("packagePaths"), this, "paths", SIGNAL(pathsChanged()));

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        updateValidation();
        updateButtons();
        Q_EMIT pathsChanged();
        Q_EMIT completeChanged();
    });
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        commitPendingPath();
        m_edit->setFocus();
    });
    connect(m_removeButton, &QPushButton::clicked, this, &PackagePage::removeSelectedPaths);
    connect(m_pasteButton, &QPushButton::clicked, this, [this] { openEventTextDialog(); });
    connect(m_list, &QListWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        updateValidation();
    });
    connect(m_list, &QListWidget::itemChanged, this, &PackagePage::itemEdited);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &PackagePage::updateRecent);
}

// Edited in place: the displayed text is the new path.
void PackagePage::itemEdited(QListWidgetItem *item)
{
    const QString edited = item->text().trimmed();
    if (edited.isEmpty()) {
        // Emptied: remove it, but not from inside the model's change notification.
        const QPersistentModelIndex index(m_list->model()->index(m_list->row(item), 0));
        QMetaObject::invokeMethod(
            this,
            [this, index] {
                if (index.isValid())
                    m_list->model()->removeRow(index.row());
                pathsEdited();
            },
            Qt::QueuedConnection);
        return;
    }
    {
        const QSignalBlocker blocker(m_list);
        item->setData(Qt::UserRole, edited);
        updateItem(item);
    }
    pathsEdited();
}

QStringList PackagePage::listedPaths() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->data(Qt::UserRole).toString();
    return out;
}

QStringList PackagePage::paths() const
{
    QStringList out = listedPaths();
    const QString pending = m_edit->text().trimmed();
    if (!pending.isEmpty() && !out.contains(pending))
        out << pending;
    return out;
}

void PackagePage::setPaths(const QStringList &paths)
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
    }
    m_edit->clear();
    for (const QString &path : paths)
        addPath(path);
    pathsEdited();
}

bool PackagePage::addPath(const QString &path)
{
    const QString trimmed = path.trimmed();
    if (trimmed.isEmpty() || listedPaths().contains(trimmed))
        return false;
    {
        const QSignalBlocker blocker(m_list);
        auto *item = new QListWidgetItem(m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setData(Qt::UserRole, trimmed);
        updateItem(item);
    }
    qCDebug(lcPackagePage) << "added path" << trimmed;
    pathsEdited();
    return true;
}

int PackagePage::addPaths(const QStringList &paths)
{
    int added = 0;
    for (const QString &path : paths)
        added += addPath(path) ? 1 : 0;
    return added;
}

void PackagePage::removeSelectedPaths()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    int row = m_list->row(selected.first());
    {
        const QSignalBlocker blocker(m_list);
        for (QListWidgetItem *item : selected)
            delete m_list->takeItem(m_list->row(item));
    }
    if (m_list->count() > 0) {
        m_list->setCurrentRow(qMin(row, m_list->count() - 1));
        m_list->setFocus();
    } else {
        m_edit->setFocus();
    }
    pathsEdited();
}

void PackagePage::pathsEdited()
{
    updateValidation();
    updateButtons();
    Q_EMIT pathsChanged();
    Q_EMIT completeChanged();
}

void PackagePage::commitPendingPath()
{
    const QString pending = m_edit->text().trimmed();
    if (pending.isEmpty())
        return;
    addPath(pending);
    const QSignalBlocker blocker(m_edit);
    m_edit->clear();
    // The path moved from the edit to the list: show its validation from the list.
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == pending) {
            const QSignalBlocker listBlocker(m_list);
            m_list->setCurrentRow(i);
        }
    }
    pathsEdited();
}

void PackagePage::updateItem(QListWidgetItem *item)
{
    const QString path = item->data(Qt::UserRole).toString();
    const PackagePath parsed = PackagePath::parse(path);
    const StatusIcons::Kind kind = validationKind(parsed);
    // Show invisible and control characters as visible escapes; keep the path itself intact.
    item->setText(SafeText::display(path));
    item->setIcon(StatusIcons::icon(kind));
    QStringList tip{parsed.kindTitle()};
    tip << parsed.problemMessages();
    item->setToolTip(SafeText::toolTip(tip.join(QLatin1Char('\n'))));
}

QString PackagePage::validationText() const
{
    return m_validationLabel->text();
}

void PackagePage::updateValidation()
{
    QString subject = m_edit->text();
    if (subject.trimmed().isEmpty()) {
        const QList<QListWidgetItem *> selected = m_list->selectedItems();
        if (selected.size() == 1)
            subject = selected.first()->data(Qt::UserRole).toString();
    }
    showValidation(subject);
}

void PackagePage::showValidation(const QString &path)
{
    const PackagePath parsed = PackagePath::parse(path);
    const StatusIcons::Kind kind = validationKind(parsed);
    QStringList lines;
    if (parsed.kind == PackagePath::Kind::Empty) {
        lines << (m_list->count() == 0
                      ? tr("Type or paste a package path, for example "
                           "\\\\fileserver.example.com\\software\\app.msi.")
                      : tr("Select a path in the list to see how it reads, or add another one."));
    } else {
        lines << parsed.kindTitle();
        const QString unc = parsed.canonicalUnc();
        if (!unc.isEmpty() && unc != parsed.normalized)
            lines << tr("As a UNC path: %1").arg(SafeText::display(unc));
        for (const PackagePath::Problem &problem : parsed.problems)
            lines << tr("\u2022 %1").arg(SafeText::display(problem.message));
        if (parsed.problems.isEmpty() && !parsed.isUnc())
            lines << tr("Not a UNC path: the checks will show whether client computers can "
                        "reach it.");
        else if (parsed.isMalformed())
            lines << tr("You can still go on: the checks will explain what this means for the "
                        "installation.");
    }
    m_validationLabel->setText(lines.join(QLatin1Char('\n')));
    m_validationIcon->setPixmap(StatusIcons::pixmap(kind, 16));
    m_validationIcon->setAccessibleName(kind == StatusIcons::Kind::Pass      ? tr("Valid")
                                        : kind == StatusIcons::Kind::Warning ? tr("Warning")
                                        : kind == StatusIcons::Kind::Fail    ? tr("Problem")
                                                                             : tr("Hint"));
}

void PackagePage::updateButtons()
{
    m_addButton->setEnabled(!m_edit->text().trimmed().isEmpty());
    m_removeButton->setEnabled(!m_list->selectedItems().isEmpty());
    m_recentButton->setEnabled(!recentPaths().isEmpty());
}

void PackagePage::updateRecent()
{
    const QStringList recent = recentPaths();
    m_recentModel->setStringList(recent);
    m_recentMenu->clear();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(SafeText::menuText(path));
        connect(action, &QAction::triggered, this, [this, path] { addPath(path); });
    }
    m_recentButton->setEnabled(!recent.isEmpty());
}

EventTextDialog *PackagePage::openEventTextDialog()
{
    auto *dialog = new EventTextDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const int added = addPaths(dialog->selectedPaths());
        qCDebug(lcPackagePage) << "added" << added << "paths from event text";
        m_list->setFocus();
    });
    dialog->open();
    return dialog;
}

QStringList PackagePage::recentPaths()
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(QString());
    return recent.mid(0, MaxRecentPaths);
}

void PackagePage::rememberPaths(const QStringList &paths)
{
    QStringList recent = recentPaths();
    for (auto it = paths.crbegin(); it != paths.crend(); ++it) {
        const QString path = it->trimmed();
        if (path.isEmpty())
            continue;
        recent.removeAll(path);
        recent.prepend(path);
    }
    QSettings settings;
    settings.setValue(kRecentKey, recent.mid(0, MaxRecentPaths));
}

bool PackagePage::isComplete() const
{
    for (const QString &path : paths()) {
        if (PackagePath::parse(path).kind != PackagePath::Kind::Empty)
            return true;
    }
    return false;
}

bool PackagePage::validatePage()
{
    commitPendingPath();
    return isComplete();
}

int PackagePage::nextId() const
{
    return MainWizard::Page_Evidence;
}

void PackagePage::cleanupPage() {}

} // namespace Gpsi

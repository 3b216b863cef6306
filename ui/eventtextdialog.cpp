#include "eventtextdialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "safetext.h"
#include "statusicons.h"

namespace Gpsi {

Q_LOGGING_CATEGORY(lcEventTextDialog, "gpsi.ui.eventtextdialog", QtInfoMsg)

EventTextDialog::EventTextDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("eventTextDialog"));
    setWindowTitle(tr("Paste from Event Viewer"));

    auto *intro = new QLabel(
        tr("Open the failing event in Event Viewer (for example Application Management event 102 "
           "or 108, or UserEnv event 1000), copy its text and paste it below. GPSI Doctor picks "
           "out the package paths, the application and the error."),
        this);
    intro->setWordWrap(true);

    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("eventTextEdit"));
    m_edit->setAccessibleName(tr("Event text"));
    m_edit->setPlaceholderText(tr("Paste the event text here"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setTabChangesFocus(true);
    auto *editLabel = new QLabel(tr("&Event text:"), this);
    editLabel->setBuddy(m_edit);

    m_summaryIcon = new QLabel(this);
    m_summaryIcon->setPixmap(StatusIcons::pixmap(StatusIcons::Kind::Info, 16));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("eventSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summaryIcon, 0, Qt::AlignTop);
    summaryRow->addWidget(m_summary, 1);

    m_paths = new QListWidget(this);
    m_paths->setObjectName(QStringLiteral("eventPathList"));
    m_paths->setAccessibleName(tr("Package paths found in the event text"));
    m_paths->setMaximumHeight(110);
    auto *pathsLabel = new QLabel(tr("Package &paths found (ticked ones are added):"), this);
    pathsLabel->setBuddy(m_paths);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_addButton = m_buttons->addButton(tr("&Add paths"), QDialogButtonBox::AcceptRole);
    m_addButton->setObjectName(QStringLiteral("addEventPathsButton"));
    m_addButton->setAccessibleName(tr("Add the ticked paths"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(editLabel);
    layout->addWidget(m_edit, 1);
    layout->addLayout(summaryRow);
    layout->addWidget(pathsLabel);
    layout->addWidget(m_paths);
    layout->addWidget(m_buttons);

    connect(m_edit, &QPlainTextEdit::textChanged, this, &EventTextDialog::analyse);
    connect(m_paths, &QListWidget::itemChanged, this, &EventTextDialog::updateAcceptButton);
    resize(640, 480);
    analyse();
}

void EventTextDialog::setText(const QString &text)
{
    m_edit->setPlainText(text);
}

QString EventTextDialog::text() const
{
    return m_edit->toPlainText();
}

QString EventTextDialog::summaryText() const
{
    return m_summary->text();
}

QStringList EventTextDialog::selectedPaths() const
{
    QStringList out;
    for (int i = 0; i < m_paths->count(); ++i) {
        const QListWidgetItem *item = m_paths->item(i);
        if (item->checkState() == Qt::Checked)
            out << item->data(Qt::UserRole).toString();
    }
    return out;
}

void EventTextDialog::analyse()
{
    const QString text = m_edit->toPlainText();
    m_result = EventText::extract(text);
    qCDebug(lcEventTextDialog) << "found" << m_result.paths.size() << "paths, event"
                               << m_result.eventId;

    if (text.trimmed().isEmpty()) {
        m_summary->setText(tr("Nothing pasted yet."));
        m_summaryIcon->setPixmap(StatusIcons::pixmap(StatusIcons::Kind::Info, 16));
    } else {
        m_summary->setText(SafeText::display(m_result.summary()));
        m_summaryIcon->setPixmap(StatusIcons::pixmap(
            m_result.paths.isEmpty() ? StatusIcons::Kind::Warning : StatusIcons::Kind::Pass, 16));
    }

    const QSignalBlocker blocker(m_paths);
    m_paths->clear();
    for (const QString &path : std::as_const(m_result.paths)) {
        auto *item = new QListWidgetItem(SafeText::display(path), m_paths);
        item->setData(Qt::UserRole, path);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    if (m_paths->count() > 0)
        m_paths->setCurrentRow(0);
    updateAcceptButton();
}

void EventTextDialog::updateAcceptButton()
{
    m_addButton->setEnabled(!selectedPaths().isEmpty());
}

} // namespace Gpsi

#include "evidencepage.h"

#include <QCheckBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "eventlog/liveeventreader.h"
#include "eventlog/logformat.h"
#include "mainwizard.h"
#include "pagewidgets.h"
#include "safetext.h"
#include "statusicons.h"

namespace Gpsi {

Q_LOGGING_CATEGORY(lcEvidencePage, "gpsi.ui.evidencepage", QtInfoMsg)

namespace {

QStringList localFiles(const QMimeData *mime)
{
    QStringList out;
    if (!mime || !mime->hasUrls())
        return out;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            out << url.toLocalFile();
    }
    return out;
}

} // namespace

EvidencePage::EvidencePage(QWidget *parent)
    : QWizardPage(parent)
    , m_clock(Clock::system())
{
    setObjectName(QStringLiteral("evidencePage"));
    setTitle(tr("Evidence (optional)"));
    setSubTitle(tr("Add event logs exported from an affected client computer, or go on without "
                   "them."));
    setAcceptDrops(true);

    auto *intro = new QLabel(
        tr("Useful logs are the client's Application and System logs with the Application "
           "Management, UserEnv, Group Policy and MsiInstaller events around a failed "
           "installation. Export them as EVTX, EVT, XML, CSV or text, then add them here or drop "
           "them on this page. The event analysis is done by the event module of the checks."),
        this);
    intro->setObjectName(QStringLiteral("evidenceIntroLabel"));
    intro->setWordWrap(true);
    QLabel *tableLabel = createFileTable();
    createFileControls();
    QVBoxLayout *layout = layOutFiles(intro, tableLabel);
    layout->addWidget(createLiveEventsOption());
    layout->addLayout(createSuggestionRow());
    createScanWatcher();

    setTabOrder(m_table, m_addButton);
    setTabOrder(m_addButton, m_removeButton);
    connect(m_addButton, &QPushButton::clicked, this, &EvidencePage::browse);
    connect(m_removeButton, &QPushButton::clicked, this, &EvidencePage::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &EvidencePage::updateButtons);
    updateButtons();
}

// The table of evidence files. Returns its label.
QLabel *EvidencePage::createFileTable()
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("evidenceTable"));
    m_table->setAccessibleName(tr("Evidence files"));
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Format"), tr("Size"), tr("Details")});
    m_table->horizontalHeader()->setAccessibleName(tr("Evidence file columns"));
    m_table->verticalHeader()->setAccessibleName(tr("Evidence file rows"));
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(FormatColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(FileColumn, 260);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setAlternatingRowColors(true);
    m_table->setAcceptDrops(false); // the page takes the drop
    if (auto *corner = m_table->findChild<QAbstractButton *>())
        corner->setAccessibleName(tr("Select all evidence files"));
    auto *tableLabel = new QLabel(tr("Event &log files:"), this);
    tableLabel->setBuddy(m_table);
    return tableLabel;
}

// Add and Remove beside the table, and the status line under it.
void EvidencePage::createFileControls()
{
    m_addButton = PageWidgets::button(tr("&Add files..."), QStringLiteral("addEvidenceButton"),
                                      tr("Add event log files"), this);
    m_removeButton = PageWidgets::button(tr("&Remove"), QStringLiteral("removeEvidenceButton"),
                                         tr("Remove the selected files"), this);

    m_status = new QLabel(tr("No files yet. You can drop files on this page."), this);
    m_status->setObjectName(QStringLiteral("evidenceStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
}

// The page's layout down to the status line; the options below it are added by the caller.
QVBoxLayout *EvidencePage::layOutFiles(QLabel *intro, QLabel *tableLabel)
{
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(tableLabel);
    layout->addLayout(row, 1);
    layout->addWidget(m_status);
    return layout;
}

QCheckBox *EvidencePage::createLiveEventsOption()
{
    m_liveEvents = new QCheckBox(tr("Also read this computer's &live event logs (Application, "
                                    "System, Group Policy; the last 30 days)"),
                                 this);
    m_liveEvents->setObjectName(QStringLiteral("liveEventsCheckBox"));
    m_liveEvents->setAccessibleName(tr("Read the live event logs of this computer"));
    m_liveEvents->setEnabled(LiveEventReader::platformAvailable());
    if (!m_liveEvents->isEnabled())
        m_liveEvents->setToolTip(tr("Live event logs can only be read on Windows."));
    connect(m_liveEvents, &QCheckBox::toggled, this, [this] { Q_EMIT liveEventsChanged(); });
    return m_liveEvents;
}

// The package paths the events name that the case does not check yet, with a button that
// adds them; hidden until there are any.
QHBoxLayout *EvidencePage::createSuggestionRow()
{
    m_suggestion = new QLabel(this);
    m_suggestion->setObjectName(QStringLiteral("eventSuggestionLabel"));
    m_suggestion->setTextFormat(Qt::PlainText);
    m_suggestion->setWordWrap(true);
    m_suggestion->setVisible(false);
    m_suggestButton =
        PageWidgets::button(tr("&Check these paths too"), QStringLiteral("addSuggestedPathsButton"),
                            tr("Add the package paths the events name to the case"), this);
    m_suggestButton->setVisible(false);
    auto *suggestRow = new QHBoxLayout;
    suggestRow->addWidget(m_suggestion, 1);
    suggestRow->addWidget(m_suggestButton, 0, Qt::AlignTop);
    connect(m_suggestButton, &QPushButton::clicked, this, [this] {
        const QStringList paths = m_suggested;
        Q_EMIT pathsSuggested(paths);
    });
    return suggestRow;
}

// The evidence files are scanned in the background whenever they change.
void EvidencePage::createScanWatcher()
{
    m_scanWatcher = new QFutureWatcher<EvidenceScan>(this);
    connect(m_scanWatcher, &QFutureWatcher<EvidenceScan>::finished, this, [this] {
        if (!m_scanWatcher->isCanceled() && m_scanWatcher->future().resultCount() > 0)
            showScan(m_scanWatcher->result());
        Q_EMIT scanFinished();
    });
    connect(this, &EvidencePage::evidenceChanged, this, &EvidencePage::startScan);
}

void EvidencePage::setClock(std::shared_ptr<const Clock> clock)
{
    m_clock = clock ? std::move(clock) : Clock::system();
}

int EvidencePage::rowOf(const QString &fileName) const
{
    const QString wanted = QFileInfo(fileName).absoluteFilePath();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, FileColumn)->data(PathRole).toString() == wanted)
            return r;
    }
    return -1;
}

bool EvidencePage::insertRow(const QString &fileName, const QDateTime &addedAt, bool fromCase)
{
    // A case's own entries stay as written: a case from another machine keeps its paths (on
    // Windows "/var/log/x.evtx" would otherwise turn into "C:/var/log/x.evtx").
    const QString path = fromCase ? fileName : QFileInfo(fileName).absoluteFilePath();
    const LogFormat::Detection detection = LogFormat::detect(path);
    const bool isLog = LogFormat::isEventLog(detection.format);
    // A file named by a loaded case stays in the case even when it cannot be read here.
    const bool accepted = isLog || fromCase;
    qCDebug(lcEvidencePage) << path << LogFormat::formatId(detection.format) << "accepted"
                            << accepted;

    // Replace an earlier rejected row of the same file (it may have been fixed since).
    const int existing = rowOf(path);
    if (existing >= 0)
        m_table->removeRow(existing);

    const int r = m_table->rowCount();
    m_table->insertRow(r);
    auto *fileItem = new QTableWidgetItem(SafeText::display(QFileInfo(path).fileName()));
    fileItem->setData(PathRole, path);
    fileItem->setData(AcceptedRole, accepted);
    fileItem->setData(AddedAtRole, addedAt);
    fileItem->setToolTip(SafeText::toolTip(QDir::toNativeSeparators(path)));
    fileItem->setIcon(
        StatusIcons::icon(isLog ? StatusIcons::Kind::Pass : StatusIcons::Kind::Warning));
    auto *formatItem = new QTableWidgetItem(LogFormat::formatTitle(detection.format));
    auto *sizeItem = new QTableWidgetItem(
        detection.format == LogFormat::Format::Unreadable
            ? QString()
            : QLocale().formattedDataSize(detection.size, 1, QLocale::DataSizeTraditionalFormat));
    sizeItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QString detail = SafeText::display(detection.detail);
    if (!isLog) {
        detail = fromCase ? tr("Listed in the case but not usable here: %1").arg(detail)
                          : tr("Not added: %1").arg(detail);
    }
    auto *detailItem = new QTableWidgetItem(detail);
    detailItem->setToolTip(SafeText::toolTip(detail));
    formatItem->setToolTip(SafeText::toolTip(detail));
    m_table->setItem(r, FileColumn, fileItem);
    m_table->setItem(r, FormatColumn, formatItem);
    m_table->setItem(r, SizeColumn, sizeItem);
    m_table->setItem(r, DetailColumn, detailItem);
    if (!accepted) {
        // Dim the file's columns; the reason it was not added stays readable.
        for (int c = 0; c < DetailColumn; ++c)
            m_table->item(r, c)->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
    }
    return accepted;
}

bool EvidencePage::addFile(const QString &fileName)
{
    const int existing = rowOf(fileName);
    if (existing >= 0 && m_table->item(existing, FileColumn)->data(AcceptedRole).toBool()) {
        m_status->setText(tr("%1 is already in the list.").arg(QFileInfo(fileName).fileName()));
        return false;
    }
    const bool accepted = insertRow(fileName, m_clock->now(), false);
    const QString name = SafeText::display(QFileInfo(fileName).fileName());
    m_status->setText(accepted ? tr("Added %1.").arg(name)
                               : tr("%1 is not an event log and was not added.").arg(name));
    updateButtons();
    if (accepted)
        Q_EMIT evidenceChanged();
    return accepted;
}

int EvidencePage::addFiles(const QStringList &fileNames)
{
    int added = 0;
    int rejected = 0;
    for (const QString &fileName : fileNames) {
        if (addFile(fileName))
            ++added;
        else
            ++rejected;
    }
    if (fileNames.size() > 1) {
        m_status->setText(rejected == 0
                              ? tr("Files added: %1.").arg(added)
                              : tr("Files added: %1; not added: %2 (see the Details column).")
                                    .arg(added)
                                    .arg(rejected));
    }
    return added;
}

void EvidencePage::setEvidence(const QList<EvidenceFile> &evidence)
{
    m_table->setRowCount(0);
    for (const EvidenceFile &file : evidence)
        insertRow(file.path, file.addedAt, true);
    m_status->setText(evidence.isEmpty() ? tr("No files yet. You can drop files on this page.")
                                         : tr("Files from the case: %1.").arg(evidence.size()));
    updateButtons();
    Q_EMIT evidenceChanged();
}

QList<EvidenceFile> EvidencePage::evidence() const
{
    QList<EvidenceFile> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem *item = m_table->item(r, FileColumn);
        if (item->data(AcceptedRole).toBool())
            out.append({item->data(PathRole).toString(), item->data(AddedAtRole).toDateTime()});
    }
    return out;
}

void EvidencePage::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int r : std::as_const(rows))
        m_table->removeRow(r);
    m_status->setText(tr("Files removed: %1.").arg(rows.size()));
    updateButtons();
    Q_EMIT evidenceChanged();
}

void EvidencePage::startScan()
{
    if (m_scanCancel)
        m_scanCancel->store(true);
    QStringList files;
    for (const EvidenceFile &f : evidence())
        files << f.path;
    m_eventPaths.clear();
    m_failedPackages.clear();
    updateSuggestion();
    if (files.isEmpty())
        return;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_scanCancel = cancel;
    m_status->setText(m_status->text() + QLatin1Char(' ') + tr("Reading the logs..."));
    qCDebug(lcEvidencePage) << "scanning" << files.size() << "logs";
    m_scanWatcher->setFuture(
        QtConcurrent::run([files, cancel] { return EvidenceScan::scan(files, cancel.get()); }));
}

void EvidencePage::setLiveEvents(bool on)
{
    const QSignalBlocker block(m_liveEvents);
    m_liveEvents->setChecked(on);
}

bool EvidencePage::liveEvents() const
{
    return m_liveEvents->isChecked();
}

bool EvidencePage::isScanning() const
{
    return m_scanWatcher->isRunning();
}

void EvidencePage::showScan(const EvidenceScan &scan)
{
    if (scan.cancelled)
        return;
    for (const EventHistory::FileInfo &file : scan.files) {
        const int r = rowOf(file.file);
        if (r < 0)
            continue;
        const QString detail = SafeText::display(EvidenceScan::fileDetail(file));
        m_table->item(r, DetailColumn)->setText(detail);
        m_table->item(r, DetailColumn)->setToolTip(SafeText::toolTip(detail));
        const bool damaged = std::any_of(file.issues.cbegin(), file.issues.cend(),
                                         [](const ReadIssue &issue) { return !issue.note; });
        if (!file.ok || damaged)
            m_table->item(r, FileColumn)->setIcon(StatusIcons::icon(StatusIcons::Kind::Warning));
    }
    m_eventPaths = scan.paths;
    m_failedPackages = scan.failedPackages;
    QString status = m_status->text();
    status.remove(QLatin1Char(' ') + tr("Reading the logs..."));
    if (!scan.failedPackages.isEmpty())
        status += QLatin1Char(' ') + tr("The logs show %n failed installation(s).", nullptr,
                                        int(scan.failedPackages.size()));
    m_status->setText(status);
    updateSuggestion();
}

void EvidencePage::setKnownPaths(const QStringList &paths)
{
    m_knownPaths = paths;
    updateSuggestion();
}

void EvidencePage::updateSuggestion()
{
    m_suggested.clear();
    for (const QString &p : std::as_const(m_eventPaths)) {
        if (!m_knownPaths.contains(p, Qt::CaseInsensitive))
            m_suggested << p;
    }
    m_suggestion->setVisible(!m_suggested.isEmpty());
    m_suggestButton->setVisible(!m_suggested.isEmpty());
    if (m_suggested.isEmpty()) {
        m_suggestion->clear();
        return;
    }
    QString text =
        tr("The events name %1.").arg(SafeText::display(m_suggested.join(QStringLiteral(", "))));
    if (!m_failedPackages.isEmpty())
        text +=
            QLatin1Char(' ') +
            tr("Failed: %1.").arg(SafeText::display(m_failedPackages.join(QStringLiteral("; "))));
    text += QLatin1Char(' ') + tr("Check these paths too?");
    m_suggestion->setText(text);
}

QString EvidencePage::suggestionText() const
{
    return m_suggestion->text();
}

QString EvidencePage::statusText() const
{
    return m_status->text();
}

void EvidencePage::browse()
{
    QSettings settings;
    const QString dir =
        settings
            .value(QStringLiteral("evidenceDirectory"),
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add event log files"), dir,
        tr("Event logs (*.evtx *.evt *.xml *.csv *.txt);;All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(QStringLiteral("evidenceDirectory"), QFileInfo(files.first()).absolutePath());
    addFiles(files);
}

void EvidencePage::updateButtons()
{
    m_removeButton->setEnabled(m_table->selectionModel()->hasSelection());
}

int EvidencePage::nextId() const
{
    return MainWizard::Page_Checks;
}

void EvidencePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void EvidencePage::dragMoveEvent(QDragMoveEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void EvidencePage::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(files);
}

} // namespace Gpsi

// GUI test of the GPSI Doctor wizard: drives it offscreen with the real built-in modules and
// the built-in knowledge base. Set GPSI_SCREENSHOT_DIR to save a PNG of each page.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFontInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>

#include <memory>
#include <thread>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

#include "checks/builtinmodules.h"
#include "checkspage.h"
#include "cli/demo.h"
#include "diagnosispage.h"
#include "engine/clock.h"
#include "engine/diagnosis.h"
#include "engine/moduleregistry.h"
#include "engine/runner.h"
#include "eventhistoryview.h"
#include "eventtextdialog.h"
#include "evidencepage.h"
#include "findingview.h"
#include "mainwizard.h"
#include "packagepage.h"
#include "reportpage.h"
#include "support/clirun.h"
#include "welcomepage.h"

using namespace Gpsi;

namespace {

// XDG_RUNTIME_DIR must exist (mode 0700) before QApplication starts, or Qt warns.
std::unique_ptr<QTemporaryDir> &runtimeDir()
{
    static std::unique_ptr<QTemporaryDir> dir;
    return dir;
}

void prepareEnvironment()
{
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        runtimeDir() = std::make_unique<QTemporaryDir>();
        if (runtimeDir()->isValid())
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir()->path()));
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}
Q_CONSTRUCTOR_FUNCTION(prepareEnvironment)

const QString kMappedPath = QStringLiteral("Z:\\apps\\office.msi");
const QString kLoopbackPath = QStringLiteral("\\\\127.0.0.1\\apps\\x.msi");

} // namespace

class TstWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void fullFlowFindsMappedDrive();
    void cancelStopsRun();
    void backWhileRunningCancels();
    void closeWhileRunningCancels();
    void pasteFromEventText();
    void pasteFromEventTextWithoutPath();
    void everyControlHasAnAccessibleName();
    void evidenceRejectsNonLog();
    void setCasePrefillsPages();
    void caseKnowledgeFiles();
    void saveAndOpenCase();
    void untrustedPathIsShownNeutralized();
    void editPathsInPlace();
    void recentPathsAreRemembered();
    void demoScenario();
    void eventsSuggestPaths();
    void eventHistoryOnDiagnosis();

private:
    std::unique_ptr<MainWizard> makeWizard();
    bool clickNext(MainWizard &wizard);
    bool goToChecks(MainWizard &wizard, const QString &path);
    void screenshot(QWidget &widget, const QString &name);

    ModuleRegistry m_registry;
    QTemporaryDir m_dir;
};

void TstWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("gpsi-doctor-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_wizard"));
    QVERIFY(m_dir.isValid());

    registerBuiltinModules(m_registry);
    for (const ModuleLoadError &e : m_registry.errors())
        qWarning() << "module error:" << e.source << e.message;
    QVERIFY(m_registry.errors().isEmpty());
    QVERIFY(!m_registry.modules().isEmpty());
    QVERIFY(!KnowledgeBase::builtin().causes().isEmpty());
}

void TstWizard::init()
{
    QSettings().clear();
}

std::unique_ptr<MainWizard> TstWizard::makeWizard()
{
    auto wizard = std::make_unique<MainWizard>(m_registry.modules(), KnowledgeBase::builtin());
    wizard->setClock(
        std::make_shared<FixedClock>(QDateTime(QDate(2024, 5, 6), QTime(9, 30), Qt::UTC)));
    wizard->show();
    return wizard;
}

bool TstWizard::clickNext(MainWizard &wizard)
{
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    if (!next->isVisible() || !next->isEnabled())
        return false;
    const int before = wizard.currentId();
    QTest::mouseClick(next, Qt::LeftButton);
    return wizard.currentId() != before;
}

bool TstWizard::goToChecks(MainWizard &wizard, const QString &path)
{
    if (!clickNext(wizard) || wizard.currentId() != MainWizard::Page_Package)
        return false;
    auto *edit = wizard.findChild<QLineEdit *>(QStringLiteral("pathEdit"));
    if (!edit)
        return false;
    edit->setText(path);
    return clickNext(wizard) && wizard.currentId() == MainWizard::Page_Evidence &&
           clickNext(wizard) && wizard.currentId() == MainWizard::Page_Checks;
}

void TstWizard::screenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("GPSI_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(200); // let layouts settle
    QVERIFY(widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void TstWizard::fullFlowFindsMappedDrive()
{
    auto wizard = makeWizard();
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    QCOMPARE(wizard->currentId(), int(MainWizard::Page_Welcome));
    QVERIFY(wizard->report() == nullptr);
    screenshot(*wizard, QStringLiteral("1-welcome"));

    // Package page: type the path; the live validation names the drive-letter form.
    QVERIFY(clickNext(*wizard));
    QCOMPARE(wizard->currentId(), int(MainWizard::Page_Package));
    auto *edit = wizard->findChild<QLineEdit *>(QStringLiteral("pathEdit"));
    QVERIFY(edit);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    edit->setFocus();
    QTest::keyClicks(edit, kMappedPath);
    QCOMPARE(edit->text(), kMappedPath);
    auto *validation = wizard->findChild<QLabel *>(QStringLiteral("validationLabel"));
    QVERIFY(validation);
    QVERIFY2(validation->text().contains(QStringLiteral("Drive-letter"), Qt::CaseInsensitive),
             qPrintable(validation->text()));
    QVERIFY(validation->text().contains(QStringLiteral("Z:")));
    QCOMPARE(wizard->packagePage()->validationText(), validation->text());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(wizard->currentCase().packagePaths, QStringList{kMappedPath});
    screenshot(*wizard, QStringLiteral("2-package"));

    // Next commits the typed path to the list.
    QVERIFY(clickNext(*wizard));
    QCOMPARE(wizard->currentId(), int(MainWizard::Page_Evidence));
    QCOMPARE(wizard->packagePage()->listedPaths(), QStringList{kMappedPath});
    QCOMPARE(wizard->currentCase().packagePaths, QStringList{kMappedPath});

    // Checks.
    QVERIFY(clickNext(*wizard));
    QCOMPARE(wizard->currentId(), int(MainWizard::Page_Checks));
    ChecksPage *checks = wizard->checksPage();
    QTRY_VERIFY_WITH_TIMEOUT(checks->isComplete(), 60000);
    QVERIFY(!wizard->runner()->isRunning());
    QVERIFY(!wizard->runner()->wasCancelled());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    auto *progress = wizard->findChild<QProgressBar *>(QStringLiteral("checksProgress"));
    QVERIFY(progress);
    QCOMPARE(progress->value(), progress->maximum());
    auto *tree = wizard->findChild<QTreeWidget *>(QStringLiteral("checksTree"));
    QVERIFY(tree);
    // The case-wide event check first ("Whole case"), then the package's checks.
    QCOMPARE(tree->topLevelItemCount(), 2);
    QCOMPARE(tree->topLevelItem(0)->childCount(), 1);
    QCOMPARE(tree->topLevelItem(1)->childCount(), int(wizard->runner()->runs().size()) - 1);
    QVERIFY(checks->statusText().startsWith(QStringLiteral("Finished")));
    // Selecting a run shows its details.
    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    auto *details = wizard->findChild<QPlainTextEdit *>(QStringLiteral("checkDetails"));
    QVERIFY(details);
    QVERIFY(details->toPlainText().contains(wizard->runner()->runs().at(0).moduleTitle));
    screenshot(*wizard, QStringLiteral("3-checks"));

    // Diagnosis: the mapped drive is the top finding.
    QVERIFY(clickNext(*wizard));
    QCOMPARE(wizard->currentId(), int(MainWizard::Page_Diagnosis));
    QVERIFY(wizard->report() != nullptr);
    DiagnosisPage *diagnosis = wizard->diagnosisPage();
    QVERIFY(diagnosis->findingCount() > 0);
    const QString top = diagnosis->findingTitles().constFirst();
    QVERIFY2(top.contains(QStringLiteral("mapped drive"), Qt::CaseInsensitive), qPrintable(top));
    QCOMPARE(diagnosis->findingView(0)->finding().causeId,
             QStringLiteral("GPSI-PATH-MAPPED-DRIVE"));
    QVERIFY(diagnosis->findingView(0)->isExpanded());
    QVERIFY(diagnosis->findingView(0)->plainText().contains(QStringLiteral("mapped drive"),
                                                            Qt::CaseInsensitive));
    QCOMPARE(diagnosis->verdictText(), wizard->report()->verdictTitle());
    QCOMPARE(wizard->report()->generatedAt, QDateTime(QDate(2024, 5, 6), QTime(9, 30), Qt::UTC));
    // Collapse and expand with the keyboard.
    QToolButton *toggle = diagnosis->findingView(0)->toggleButton();
    toggle->setFocus();
    QTest::keyClick(toggle, Qt::Key_Space);
    QVERIFY(!diagnosis->findingView(0)->isExpanded());
    QTest::keyClick(toggle, Qt::Key_Space);
    QVERIFY(diagnosis->findingView(0)->isExpanded());
    screenshot(*wizard, QStringLiteral("4-diagnosis"));

    // Report: preview, then a PDF through the page's own method.
    QVERIFY(clickNext(*wizard));
    QCOMPARE(wizard->currentId(), int(MainWizard::Page_Report));
    ReportPage *report = wizard->reportPage();
    QVERIFY(report->previewText().contains(QStringLiteral("mapped drive"), Qt::CaseInsensitive));
    QVERIFY(wizard->button(QWizard::FinishButton)->isVisible());
    screenshot(*wizard, QStringLiteral("5-report"));

    QTemporaryDir out;
    QVERIFY(out.isValid());
    QString error;
    QVERIFY(report->saveJson(out.filePath(QStringLiteral("report.json")), &error));
    QVERIFY(report->statusText().contains(QStringLiteral("report.json")));
    QVERIFY(report->saveHtml(out.filePath(QStringLiteral("report.html")), &error));
    QVERIFY(report->saveText(out.filePath(QStringLiteral("report.txt")), &error));
    QVERIFY(!report->saveJson(out.filePath(QStringLiteral("no/such/dir/report.json")), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(report->statusText().startsWith(QStringLiteral("Could not save")));

#ifdef Q_OS_UNIX
    // Export goes through OutputFile: a link stays a link, a FIFO's reader gets it all. (On
    // Windows QFile::link makes a shell shortcut, which the file system does not follow; the
    // Windows rules for links and pipes are tests/windows/nativeio_test.cpp's.)
    const QString target = out.filePath(QStringLiteral("target.html"));
    const QString link = out.filePath(QStringLiteral("link.html"));
    QVERIFY(QFile::link(target, link));
    QVERIFY2(report->saveHtml(link, &error), qPrintable(error));
    QVERIFY(QFileInfo(link).isSymLink());
    QVERIFY(QFileInfo(target).size() > 0);
    const QString fifo = out.filePath(QStringLiteral("report.fifo"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    QByteArray fromFifo;
    std::thread reader([&] {
        QFile f(fifo);
        if (f.open(QIODevice::ReadOnly))
            fromFifo = f.readAll();
    });
    const bool toFifo = report->saveJson(fifo, &error);
    reader.join();
    QVERIFY2(toFifo, qPrintable(error));
    QVERIFY(QJsonDocument::fromJson(fromFifo).isObject());
    QVERIFY(QFileInfo(fifo).exists() && !QFileInfo(fifo).isFile());
#endif

    if (QFontInfo(QFont()).family().isEmpty())
        QSKIP("No font is available, so the PDF would hold no text to check.");
    const QString pdf = out.filePath(QStringLiteral("report.pdf"));
    QVERIFY2(report->savePdf(pdf, QPageSize::A4, &error), qPrintable(error));
    QVERIFY(QFileInfo(pdf).size() > 0);
    QVERIFY(report->statusText().startsWith(QStringLiteral("Saved to")));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed; the PDF text was not checked.");
    GpsiTest::RunOptions thirtySeconds;
    thirtySeconds.timeoutMs = 30000;
    const GpsiTest::RunResult process =
        GpsiTest::runProcess(pdftotext, {pdf, QStringLiteral("-")}, thirtySeconds);
    QVERIFY(process.finished);
    QCOMPARE(process.exitCode, 0);
    const QString text = process.text().simplified();
    QVERIFY2(text.contains(QStringLiteral("mapped drive"), Qt::CaseInsensitive),
             qPrintable(text.left(2000)));
}

void TstWizard::cancelStopsRun()
{
    auto wizard = makeWizard();
    QVERIFY(goToChecks(*wizard, kLoopbackPath));
    ChecksPage *checks = wizard->checksPage();
    auto *cancel = wizard->findChild<QPushButton *>(QStringLiteral("cancelChecksButton"));
    auto *rerun = wizard->findChild<QPushButton *>(QStringLiteral("rerunChecksButton"));
    QVERIFY(cancel && rerun);
    QVERIFY(checks->hasStarted());

    // The run may already be over on a fast machine; the UI must be consistent either way.
    const bool wasRunning = wizard->runner()->isRunning();
    if (wasRunning) {
        QVERIFY(cancel->isEnabled());
        QVERIFY(!rerun->isEnabled());
        QVERIFY(!checks->isComplete());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
    }
    QTRY_VERIFY_WITH_TIMEOUT(checks->isComplete(), 60000);
    QVERIFY(!wizard->runner()->isRunning());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(rerun->isEnabled());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    if (wasRunning) {
        QVERIFY(wizard->runner()->wasCancelled());
        QVERIFY2(checks->statusText().startsWith(QStringLiteral("Cancelled")),
                 qPrintable(checks->statusText()));
    }
    auto *progress = wizard->findChild<QProgressBar *>(QStringLiteral("checksProgress"));
    QCOMPARE(progress->value(), progress->maximum());
    // Every row shows a final status, the one the runner recorded.
    auto *tree = wizard->findChild<QTreeWidget *>(QStringLiteral("checksTree"));
    const QList<CheckRun> &runs = wizard->runner()->runs();
    QCOMPARE(tree->topLevelItemCount(), 2); // "Whole case", then the package
    int row = 0;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i, ++row) {
            QVERIFY(row < runs.size());
            QVERIFY(isFinished(runs.at(row).result.status));
            QCOMPARE(group->child(i)->text(ChecksPage::StatusColumn),
                     checkStatusTitle(runs.at(row).result.status));
        }
    }
    QCOMPARE(row, int(runs.size()));

    // A cancelled run still leads to a (partial) diagnosis.
    QVERIFY(clickNext(*wizard));
    QVERIFY(wizard->report());
    QCOMPARE(wizard->report()->cancelled, wasRunning);
    QVERIFY(wizard->button(QWizard::BackButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(MainWizard::Page_Checks));

    // Re-run (from the keyboard) runs everything again to the end.
    rerun->setFocus();
    QTest::keyClick(rerun, Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(checks->isComplete(), 60000);
    QVERIFY(!wizard->runner()->wasCancelled());
    QVERIFY(checks->statusText().startsWith(QStringLiteral("Finished")));
}

void TstWizard::backWhileRunningCancels()
{
    auto wizard = makeWizard();
    QVERIFY(goToChecks(*wizard, kLoopbackPath));
    const bool wasRunning = wizard->runner()->isRunning();
    QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(MainWizard::Page_Evidence));
    QVERIFY(!wizard->runner()->isRunning());
    if (wasRunning)
        QVERIFY(wizard->runner()->wasCancelled());
    // Entering again starts a fresh run.
    QVERIFY(clickNext(*wizard));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->checksPage()->isComplete(), 60000);
    QVERIFY(!wizard->runner()->wasCancelled());
}

void TstWizard::closeWhileRunningCancels()
{
    auto wizard = makeWizard();
    QVERIFY(goToChecks(*wizard, kLoopbackPath));
    const bool wasRunning = wizard->runner()->isRunning();
    wizard->reject();
    QVERIFY(!wizard->isVisible());
    QVERIFY(!wizard->runner()->isRunning());
    QCOMPARE(wizard->runner()->wasCancelled(), wasRunning);
}

void TstWizard::pasteFromEventText()
{
    auto wizard = makeWizard();
    QVERIFY(clickNext(*wizard));
    PackagePage *page = wizard->packagePage();
    auto *paste = page->findChild<QPushButton *>(QStringLiteral("pasteEventButton"));
    QVERIFY(paste);
    QTest::mouseClick(paste, Qt::LeftButton);
    auto *dialog = page->findChild<EventTextDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());

    const QString path = QStringLiteral("\\\\fs01.example.com\\software\\reader\\reader.msi");
    dialog->setText(QStringLiteral("Log Name: Application\nSource: Application Management\n"
                                   "Event ID: 102\nLevel: Error\nDescription:\nThe install of "
                                   "application Contoso Reader from policy Software Rollout "
                                   "failed. The error was : %%1612\nPackage: ") +
                    path + QStringLiteral("\n"));
    const QString summary = dialog->summaryText();
    QVERIFY2(summary.contains(QStringLiteral("102")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Contoso Reader")), qPrintable(summary));
    QCOMPARE(dialog->selectedPaths(), QStringList{path});
    auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addEventPathsButton"));
    QVERIFY(add && add->isEnabled());
    screenshot(*dialog, QStringLiteral("paste-dialog"));

    // Unticking the path disables "Add paths".
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("eventPathList"));
    list->item(0)->setCheckState(Qt::Unchecked);
    QVERIFY(dialog->selectedPaths().isEmpty());
    QVERIFY(!add->isEnabled());
    list->item(0)->setCheckState(Qt::Checked);
    QVERIFY(add->isEnabled());

    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(page->listedPaths(), QStringList{path});
    QCOMPARE(wizard->currentCase().packagePaths, QStringList{path});
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
}

void TstWizard::pasteFromEventTextWithoutPath()
{
    EventTextDialog dialog;
    dialog.setText(QStringLiteral("The install of application Contoso Reader from policy "
                                  "Software Rollout failed. The error was : The installation "
                                  "source for this product is not available."));
    QVERIFY(dialog.selectedPaths().isEmpty());
    QVERIFY(!dialog.result().application.isEmpty());
    QVERIFY2(dialog.summaryText().contains(QStringLiteral("Contoso Reader")),
             qPrintable(dialog.summaryText()));
    auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addEventPathsButton"));
    QVERIFY(add && !add->isEnabled());
}

void TstWizard::everyControlHasAnAccessibleName()
{
    auto wizard = makeWizard();
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    auto check = [&wizard]() -> QStringList {
        QStringList missing;
        auto consider = [&missing](QWidget *w) {
            if (w->isVisible() && w->accessibleName().trimmed().isEmpty())
                missing << QStringLiteral("%1 \"%2\"")
                               .arg(QString::fromLatin1(w->metaObject()->className()),
                                    w->objectName());
        };
        for (QAbstractButton *w : wizard->findChildren<QAbstractButton *>())
            consider(w);
        for (QLineEdit *w : wizard->findChildren<QLineEdit *>())
            consider(w);
        for (QAbstractItemView *w : wizard->findChildren<QAbstractItemView *>())
            consider(w);
        for (QComboBox *w : wizard->findChildren<QComboBox *>())
            consider(w);
        for (QPlainTextEdit *w : wizard->findChildren<QPlainTextEdit *>())
            consider(w);
        for (QTextEdit *w : wizard->findChildren<QTextEdit *>())
            consider(w);
        return missing;
    };

    // Welcome, Package (with a path, so the list and validation show), Evidence (with a row).
    QStringList missing = check();
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("Welcome: ") + missing.join(u',')));
    QVERIFY(clickNext(*wizard));
    wizard->packagePage()->addPath(kLoopbackPath);
    missing = check();
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("Package: ") + missing.join(u',')));
    QVERIFY(clickNext(*wizard));
    const QString notALog = m_dir.filePath(QStringLiteral("a11y.txt"));
    {
        QFile f(notALog);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just some notes\n");
    }
    wizard->evidencePage()->addFile(notALog);
    missing = check();
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("Evidence: ") + missing.join(u',')));
    QVERIFY(clickNext(*wizard));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->checksPage()->isComplete(), 60000);
    missing = check();
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("Checks: ") + missing.join(u',')));
    QVERIFY(clickNext(*wizard));
    missing = check();
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("Diagnosis: ") + missing.join(u',')));
    QVERIFY(clickNext(*wizard));
    missing = check();
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("Report: ") + missing.join(u',')));

    // The paste dialog too.
    EventTextDialog dialog;
    dialog.show();
    dialog.setText(QStringLiteral("\\\\srv\\share\\a.msi"));
    for (QAbstractButton *w : dialog.findChildren<QAbstractButton *>())
        QVERIFY2(!w->isVisible() || !w->accessibleName().isEmpty(), qPrintable(w->text()));
    for (QAbstractItemView *w : dialog.findChildren<QAbstractItemView *>())
        QVERIFY(!w->isVisible() || !w->accessibleName().isEmpty());
}

void TstWizard::evidenceRejectsNonLog()
{
    auto wizard = makeWizard();
    QVERIFY(clickNext(*wizard));
    wizard->packagePage()->addPath(kLoopbackPath);
    QVERIFY(clickNext(*wizard));
    QCOMPARE(wizard->currentId(), int(MainWizard::Page_Evidence));
    EvidencePage *page = wizard->evidencePage();
    QVERIFY(page->isComplete()); // optional page

    const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
    const QString export102 = m_dir.filePath(QStringLiteral("app-events.txt"));
    const QString xml = m_dir.filePath(QStringLiteral("dropped.xml"));
    auto write = [](const QString &name, const QByteArray &content) {
        QFile f(name);
        return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
    };
    QVERIFY(write(notes, "Remember to call the help desk.\n"));
    QVERIFY(write(export102, "Event Type:\tError\nEvent Source:\tApplication Management\n"
                             "Event ID:\t102\nDescription:\nThe install of application X from "
                             "policy Y failed.\n"));
    QVERIFY(write(xml, "<?xml version=\"1.0\"?>\n<Events><Event><System><EventID>102</EventID>"
                       "</System></Event></Events>\n"));

    QVERIFY(!page->addFile(notes));
    QVERIFY2(page->statusText().contains(QStringLiteral("not an event log")),
             qPrintable(page->statusText()));
    QVERIFY(page->evidence().isEmpty());
    QVERIFY(wizard->currentCase().evidence.isEmpty());
    auto *table = wizard->findChild<QTableWidget *>(QStringLiteral("evidenceTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(
        table->item(0, EvidencePage::DetailColumn)->text().startsWith(QStringLiteral("Not added")));
    QVERIFY(!table->item(0, EvidencePage::FileColumn)->icon().isNull());

    QVERIFY(page->addFile(export102));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(page->evidence().size(), 1);
    QCOMPARE(page->evidence().at(0).path, QFileInfo(export102).absoluteFilePath());
    QCOMPARE(page->evidence().at(0).addedAt, QDateTime(QDate(2024, 5, 6), QTime(9, 30), Qt::UTC));
    QCOMPARE(wizard->currentCase().evidence, page->evidence());
    QVERIFY(!page->addFile(export102)); // already listed
    QCOMPARE(table->rowCount(), 2);
    screenshot(*wizard, QStringLiteral("evidence"));

    // Drag and drop of a file onto the page.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(xml)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(page, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(page, &drop);
    QCOMPARE(page->evidence().size(), 2);
    QCOMPARE(wizard->currentCase().evidence.size(), 2);

    // Remove the selected row.
    table->selectRow(1);
    QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("removeEvidenceButton")),
                      Qt::LeftButton);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(wizard->currentCase().evidence.size(), 1);
}

void TstWizard::setCasePrefillsPages()
{
    auto wizard = makeWizard();
    const QString log = m_dir.filePath(QStringLiteral("case-events.xml"));
    {
        QFile f(log);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<Events><Event/></Events>\n");
    }
    Case c;
    c.title = QStringLiteral("Reader does not install");
    c.ticket = QStringLiteral("INC-42");
    c.technician = QStringLiteral("Sam");
    c.packagePaths = {QStringLiteral("\\\\srv\\apps\\reader.msi"), kMappedPath};
    c.evidence = {
        {QFileInfo(log).absoluteFilePath(), QDateTime(QDate(2024, 1, 2), QTime(3, 4), Qt::UTC)},
        {QStringLiteral("/nonexistent/gone.evtx"),
         QDateTime(QDate(2024, 1, 2), QTime(3, 5), Qt::UTC)}};
    c.options.checkTimeoutSeconds = 12;
    wizard->setDemoMode(true);
    wizard->setCase(c);
    QCOMPARE(wizard->currentCase(), c);
    QVERIFY(wizard->findChild<QWidget *>(QStringLiteral("demoBanner"))->isVisible());
    QCOMPARE(wizard->welcomePage()->ticket(), c.ticket);
    QVERIFY(clickNext(*wizard));
    QCOMPARE(wizard->packagePage()->listedPaths(), c.packagePaths);
    QVERIFY(clickNext(*wizard));
    // A file named by the case stays in it even when it cannot be read here.
    QCOMPARE(wizard->evidencePage()->evidence(), c.evidence);
    QVERIFY(clickNext(*wizard));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->checksPage()->isComplete(), 60000);
    QCOMPARE(wizard->checksPage()->runCase(), c);
    auto *tree = wizard->findChild<QTreeWidget *>(QStringLiteral("checksTree"));
    QCOMPARE(tree->topLevelItemCount(), 3); // "Whole case" and the two packages

    // Setting a case while on a results page goes back to the package page.
    QVERIFY(clickNext(*wizard));
    QCOMPARE(wizard->currentId(), int(MainWizard::Page_Diagnosis));
    Case other;
    other.packagePaths = {kLoopbackPath};
    wizard->setCase(other);
    QCOMPARE(wizard->currentId(), int(MainWizard::Page_Package));
    QVERIFY(wizard->report() == nullptr);
    QCOMPARE(wizard->packagePage()->listedPaths(), other.packagePaths);
    QCOMPARE(wizard->currentCase(), other);
}

// A case's knowledge files (the option knowledgeFiles): a valid one adds its cause to the
// diagnosis, a broken one is left out and listed with every problem.
void TstWizard::caseKnowledgeFiles()
{
    const QString site = m_dir.filePath(QStringLiteral("site.json"));
    {
        QFile f(site);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"schemaVersion": 1, "causes": [{"id": "GPSI-SITE-DRIVE",
            "title": "Packages on {path.drive.letter}: are not allowed here", "category": "path",
            "severity": "warning", "confidence": 0.9, "explanation": "Site rule.",
            "when": {"fact": "path.kind", "equals": "drive"}, "fix": ["Use a UNC path."],
            "verify": ["The GPO names a UNC path."], "references": []}]})");
    }
    const QString broken = GpsiTest::fixturePath(QStringLiteral("knowledge/broken-contract.json"));
    auto wizard = makeWizard();
    Case c;
    c.packagePaths = {kMappedPath};
    c.options.knowledgeFiles = {site, broken};
    wizard->setCase(c);
    QVERIFY(clickNext(*wizard));
    QVERIFY(clickNext(*wizard));
    QVERIFY(clickNext(*wizard));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->checksPage()->isComplete(), 60000);
    QVERIFY(clickNext(*wizard));
    QCOMPARE(wizard->currentId(), int(MainWizard::Page_Diagnosis));
    QStringList causes;
    for (const Finding &f : wizard->report()->diagnosis.findings)
        causes << f.causeId;
    QVERIFY2(causes.contains(QStringLiteral("GPSI-SITE-DRIVE")), qPrintable(causes.join(u',')));
    QVERIFY(!causes.contains(QStringLiteral("GPSI-SITE-BAD")));
    // Named the platform's way, as the command line names it.
    const QStringList problems =
        wizard->report()->moduleErrors.filter(QDir::toNativeSeparators(broken));
    QCOMPARE(problems.size(), 7);
}

void TstWizard::saveAndOpenCase()
{
    auto wizard = makeWizard();
    Case c;
    c.ticket = QStringLiteral("INC-7");
    c.packagePaths = {kLoopbackPath};
    wizard->setCase(c);
    const QString file = m_dir.filePath(QStringLiteral("case.json"));
    QString error;
    QVERIFY2(wizard->saveCase(file, &error), qPrintable(error));
#ifdef Q_OS_UNIX
    // Saving again through a link keeps the link (OutputFile; on Windows QFile::link makes a
    // shell shortcut, not a link: tests/windows/nativeio_test.cpp tests the Windows rules).
    const QString link = m_dir.filePath(QStringLiteral("case-link.json"));
    QVERIFY(QFile::link(file, link));
    QVERIFY2(wizard->saveCase(link, &error), qPrintable(error));
    QVERIFY(QFileInfo(link).isSymLink());
#endif

    auto other = makeWizard();
    QVERIFY2(other->openCase(file, &error), qPrintable(error));
    QCOMPARE(other->currentCase().packagePaths, c.packagePaths);
    QCOMPARE(other->currentCase().ticket, c.ticket);
    QVERIFY(!other->openCase(m_dir.filePath(QStringLiteral("missing.json")), &error));

    // Someone else's case naming files on this computer: listed, read only if the admin agrees.
    Case sent = c;
    sent.evidence = {{QStringLiteral("/dev/zero"), QDateTime::currentDateTimeUtc()}};
    const QString sentFile = m_dir.filePath(QStringLiteral("sent.json"));
    QVERIFY2(sent.save(sentFile, &error), qPrintable(error));
    for (const bool agree : {false, true}) {
        QString shown;
        QTimer::singleShot(0, other.get(), [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box && box->objectName() == QLatin1String("confirmEvidenceBox"));
            shown = box->informativeText();
            box->button(agree ? QMessageBox::Yes : QMessageBox::No)->click();
        });
        QVERIFY2(other->openCase(sentFile, &error, MainWizard::EvidenceFiles::AskFirst),
                 qPrintable(error));
        QVERIFY2(shown.contains(QDir::toNativeSeparators(QStringLiteral("/dev/zero"))),
                 qPrintable(shown));
        QCOMPARE(other->currentCase().evidence.size(), agree ? 1 : 0);
    }
    QVERIFY(!error.isEmpty());
    QCOMPARE(other->currentCase().packagePaths, c.packagePaths); // unchanged on failure
}

void TstWizard::untrustedPathIsShownNeutralized()
{
    auto wizard = makeWizard();
    QVERIFY(clickNext(*wizard));
    // A right-to-left override would make the path read differently from what it is.
    const QString tricky = QStringLiteral("\\\\srv\\apps\\evil\u202Eism.msi");
    QVERIFY(wizard->packagePage()->addPath(tricky));
    auto *list = wizard->findChild<QListWidget *>(QStringLiteral("pathList"));
    QCOMPARE(list->count(), 1);
    QVERIFY(!list->item(0)->text().contains(QChar(0x202E)));
    QCOMPARE(wizard->currentCase().packagePaths, QStringList{tricky}); // the case keeps it as is

    // Markup in a path is shown literally, in the list and in its tool tip.
    const QString markup = QStringLiteral("\\\\srv\\apps\\<b>bold</b>.msi");
    QVERIFY(wizard->packagePage()->addPath(markup));
    QCOMPARE(list->item(1)->text(), markup);
    const QString tip = list->item(1)->toolTip();
    QVERIFY2(!tip.contains(QStringLiteral("<b>")), qPrintable(tip));
}

void TstWizard::editPathsInPlace()
{
    auto wizard = makeWizard();
    QVERIFY(clickNext(*wizard));
    PackagePage *page = wizard->packagePage();
    page->addPaths({kMappedPath, kLoopbackPath});
    auto *list = wizard->findChild<QListWidget *>(QStringLiteral("pathList"));
    QCOMPARE(list->count(), 2);

    // Editing an entry changes the path; emptying it removes it.
    list->item(0)->setText(QStringLiteral("\\\\srv\\apps\\office.msi"));
    QCOMPARE(page->listedPaths().constFirst(), QStringLiteral("\\\\srv\\apps\\office.msi"));
    QCOMPARE(wizard->currentCase().packagePaths, page->listedPaths());
    list->item(1)->setText(QString());
    QTRY_COMPARE(list->count(), 1);
    QCOMPARE(wizard->currentCase().packagePaths,
             QStringList{QStringLiteral("\\\\srv\\apps\\office.msi")});

    // Remove from the keyboard-reachable button; Next is disabled with no path left.
    list->setCurrentRow(0);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("removePathButton")),
                      Qt::LeftButton);
    QCOMPARE(list->count(), 0);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(wizard->currentCase().packagePaths.isEmpty());
}

void TstWizard::recentPathsAreRemembered()
{
    QVERIFY(PackagePage::recentPaths().isEmpty());
    {
        auto wizard = makeWizard();
        QVERIFY(goToChecks(*wizard, kLoopbackPath));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->checksPage()->isComplete(), 60000);
    }
    QCOMPARE(PackagePage::recentPaths(), QStringList{kLoopbackPath});
    QStringList many;
    for (int i = 0; i < 15; ++i)
        many << QStringLiteral("\\\\srv\\apps\\p%1.msi").arg(i);
    PackagePage::rememberPaths(many);
    QCOMPARE(PackagePage::recentPaths().size(), PackagePage::MaxRecentPaths);
    QCOMPARE(PackagePage::recentPaths().constFirst(), many.constFirst());

    auto wizard = makeWizard();
    QVERIFY(clickNext(*wizard));
    auto *recent = wizard->findChild<QToolButton *>(QStringLiteral("recentPathsButton"));
    QVERIFY(recent && recent->isEnabled());
}

void TstWizard::demoScenario()
{
    // The demo case as --demo opens it: several paths, so several findings, and the NT 4.0
    // simulator standing in for nt4srv's NetBIOS session service.
    auto wizard = makeWizard();
    QString error;
    Case demo;
    QVERIFY2(Demo::scenario(&demo, &error), qPrintable(error));
    Demo::Servers servers;
    QVERIFY2(servers.start(&error), qPrintable(error));
    servers.apply(&demo);
    wizard->setCase(demo);
    wizard->setDemoMode(true);
    QVERIFY(wizard->currentCase().packagePaths.size() > 1);
    QVERIFY(wizard->findChild<QWidget *>(QStringLiteral("demoBanner"))->isVisible());
    screenshot(*wizard, QStringLiteral("demo-welcome"));
    QVERIFY(clickNext(*wizard));
    QCOMPARE(wizard->packagePage()->listedPaths(), wizard->currentCase().packagePaths);
    QVERIFY(clickNext(*wizard));
    QVERIFY(clickNext(*wizard));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->checksPage()->isComplete(), 60000);
    auto *tree = wizard->findChild<QTreeWidget *>(QStringLiteral("checksTree"));
    QCOMPARE(tree->topLevelItemCount(), int(wizard->currentCase().packagePaths.size()) + 1);
    screenshot(*wizard, QStringLiteral("demo-checks"));
    QVERIFY(clickNext(*wizard));
    DiagnosisPage *diagnosis = wizard->diagnosisPage();
    QVERIFY(diagnosis->findingCount() > 1);
    bool mapped = false;
    for (const QString &title : diagnosis->findingTitles())
        mapped = mapped || title.contains(QStringLiteral("mapped drive"), Qt::CaseInsensitive);
    QVERIFY(mapped);
    QVERIFY2(diagnosis->findingTitles().constFirst().contains(QStringLiteral("Windows NT 4.0")),
             qPrintable(diagnosis->findingTitles().join(QLatin1Char('\n'))));
    screenshot(*wizard, QStringLiteral("demo-diagnosis"));
    if (NotAssessedView *notAssessed = diagnosis->notAssessedView()) {
        QVERIFY(!notAssessed->isExpanded());
        notAssessed->toggleButton()->click();
        QVERIFY(notAssessed->isExpanded());
        QVERIFY(!notAssessed->plainText().isEmpty());
        if (auto *area = diagnosis->findChild<QScrollArea *>(QStringLiteral("findingsArea"))) {
            QTest::qWait(50);
            area->ensureWidgetVisible(notAssessed);
        }
        screenshot(*wizard, QStringLiteral("demo-not-assessed"));
    }
    QVERIFY(clickNext(*wizard));
    screenshot(*wizard, QStringLiteral("demo-report"));
}

namespace {
QString eventFixture(const QString &name)
{
    return qEnvironmentVariable("GPSI_SOURCE_DIR") + QStringLiteral("/tests/fixtures/events/") +
           name;
}
} // namespace

// The events name a package path the case does not hold: the evidence page offers it.
void TstWizard::eventsSuggestPaths()
{
    const QString log = eventFixture(QStringLiteral("kb323304-xp.evt"));
    if (!QFile::exists(log))
        QSKIP("tests/fixtures/events/kb323304-xp.evt is missing");
    auto wizard = makeWizard();
    QVERIFY(clickNext(*wizard));
    wizard->packagePage()->addPath(kMappedPath);
    QVERIFY(clickNext(*wizard));
    EvidencePage *page = wizard->evidencePage();
    QSignalSpy finished(page, &EvidencePage::scanFinished);
    QVERIFY(page->addFile(log));
    QVERIFY(finished.wait(30000) || finished.count() > 0);
    QTRY_VERIFY(!page->isScanning());
    const QString unc = QStringLiteral("\\\\nt4srv.example.test\\apps\\office.msi");
    QVERIFY2(page->suggestedPaths().contains(unc, Qt::CaseInsensitive),
             qPrintable(page->suggestedPaths().join(QLatin1Char(' '))));
    QVERIFY(page->suggestionText().contains(QStringLiteral("Office 2003")));
    auto *button = wizard->findChild<QPushButton *>(QStringLiteral("addSuggestedPathsButton"));
    QVERIFY(button && button->isVisible());
    auto *table = wizard->findChild<QTableWidget *>(QStringLiteral("evidenceTable"));
    QVERIFY(
        table->item(0, EvidencePage::DetailColumn)->text().contains(QStringLiteral("recognised")));
    screenshot(*wizard, QStringLiteral("evidence-suggestion"));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(wizard->currentCase().packagePaths.contains(unc, Qt::CaseInsensitive));
    QVERIFY(wizard->currentCase().packagePaths.contains(kMappedPath));
    QVERIFY(wizard->packagePage()->listedPaths().contains(unc, Qt::CaseInsensitive));
    QVERIFY(!button->isVisible()); // nothing left to suggest
}

// The client's events end up on the diagnosis page as failed packages and a per-boot timeline.
void TstWizard::eventHistoryOnDiagnosis()
{
    const QString log = eventFixture(QStringLiteral("kb323304-xp.evt"));
    if (!QFile::exists(log))
        QSKIP("tests/fixtures/events/kb323304-xp.evt is missing");
    auto wizard = makeWizard();
    QVERIFY(clickNext(*wizard));
    wizard->packagePage()->addPath(kMappedPath);
    QVERIFY(clickNext(*wizard));
    QVERIFY(wizard->evidencePage()->addFile(log));
    QVERIFY(clickNext(*wizard));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->checksPage()->isComplete(), 60000);
    QVERIFY(clickNext(*wizard));
    QCOMPARE(wizard->currentId(), int(MainWizard::Page_Diagnosis));
    EventHistoryView *view = wizard->diagnosisPage()->eventHistoryView();
    QVERIFY(view);
    QVERIFY(view->bootCount() >= 1);
    QVERIFY(view->subtitle().contains(QStringLiteral("failed")));
    QStringList ids;
    for (int i = 0; i < wizard->diagnosisPage()->findingCount(); ++i)
        ids << wizard->diagnosisPage()->findingView(i)->finding().causeId;
    QVERIFY2(ids.contains(QStringLiteral("GPSI-EVENTS-SOURCE-ABSENT")), qPrintable(ids.join(u' ')));
    for (int i = 0; i < wizard->diagnosisPage()->findingCount(); ++i)
        wizard->diagnosisPage()->findingView(i)->setExpanded(false);
    view->setExpanded(true);
    screenshot(*wizard, QStringLiteral("diagnosis-events"));
    QVERIFY(clickNext(*wizard));
    QVERIFY(wizard->reportPage()->previewText().contains(QStringLiteral("Office 2003")));
}

QTEST_MAIN(TstWizard)
#include "tst_wizard.moc"

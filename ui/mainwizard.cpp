#include "mainwizard.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

#include "checkspage.h"
#include "diagnosispage.h"
#include "engine/runner.h"
#include "evidencepage.h"
#include "packagepage.h"
#include "report/reportrenderer.h"
#include "reportpage.h"
#include "statusicons.h"
#include "welcomepage.h"

namespace Gpsi {

Q_LOGGING_CATEGORY(lcMainWizard, "gpsi.ui.mainwizard", QtInfoMsg)

namespace {
const QString kCaseDirectoryKey = QStringLiteral("caseDirectory");

// Where the last case was opened or saved; the Documents folder at first.
QString lastCaseDirectory(const QSettings &settings)
{
    return settings
        .value(kCaseDirectoryKey,
               QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}
} // namespace

MainWizard::MainWizard(QList<ModuleDescriptor> modules, const KnowledgeBase &knowledgeBase,
                       QWidget *parent)
    : QWizard(parent)
    , m_knowledgeBase(knowledgeBase)
    , m_clock(Clock::system())
{
    setObjectName(QStringLiteral("mainWizard"));
    setWindowTitle(tr("GPSI Doctor"));
    setWindowIcon(StatusIcons::icon(StatusIcons::Kind::App));
    setWizardStyle(QWizard::ModernStyle);
    setPixmap(QWizard::LogoPixmap, StatusIcons::pixmap(StatusIcons::Kind::App, 48));
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveCustomButton1, true);
    setOption(QWizard::HaveCustomButton2, true);
    setButtonText(QWizard::CustomButton1, tr("&Open case..."));
    setButtonText(QWizard::CustomButton2, tr("&Save case..."));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("openCaseButton"));
    button(QWizard::CustomButton1)->setAccessibleName(tr("Open a saved case"));
    button(QWizard::CustomButton1)->setToolTip(tr("Open a case file saved earlier"));
    button(QWizard::CustomButton2)->setObjectName(QStringLiteral("saveCaseButton"));
    button(QWizard::CustomButton2)->setAccessibleName(tr("Save the case"));
    button(QWizard::CustomButton2)
        ->setToolTip(tr("Save the package paths, evidence files and case details to a file"));
    button(QWizard::BackButton)->setAccessibleName(tr("Back"));
    button(QWizard::NextButton)->setAccessibleName(tr("Next"));
    button(QWizard::FinishButton)->setAccessibleName(tr("Finish"));
    button(QWizard::CancelButton)->setAccessibleName(tr("Cancel"));
    setButtonLayout({QWizard::CustomButton1, QWizard::CustomButton2, QWizard::Stretch,
                     QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton,
                     QWizard::CancelButton});

    m_runner = new Runner(this);
    m_runner->setObjectName(QStringLiteral("runner"));
    m_runner->setModules(modules);
    m_contract = ModuleRegistry::contractOf(modules);
    m_runner->setClock(m_clock);

    m_welcomePage = new WelcomePage(this);
    m_packagePage = new PackagePage(this);
    m_evidencePage = new EvidencePage(this);
    m_checksPage = new ChecksPage(m_runner, this);
    m_diagnosisPage = new DiagnosisPage(this);
    m_reportPage = new ReportPage(this);
    setPage(Page_Welcome, m_welcomePage);
    setPage(Page_Package, m_packagePage);
    setPage(Page_Evidence, m_evidencePage);
    setPage(Page_Checks, m_checksPage);
    setPage(Page_Diagnosis, m_diagnosisPage);
    setPage(Page_Report, m_reportPage);
    setStartId(Page_Welcome);

    connect(m_welcomePage, &WelcomePage::detailsChanged, this, &MainWizard::pullDetails);
    connect(m_packagePage, &PackagePage::pathsChanged, this, &MainWizard::pullPaths);
    connect(m_evidencePage, &EvidencePage::evidenceChanged, this, &MainWizard::pullEvidence);
    connect(m_evidencePage, &EvidencePage::liveEventsChanged, this,
            [this] { m_case.options.liveEvents = m_evidencePage->liveEvents(); });
    connect(m_evidencePage, &EvidencePage::pathsSuggested, this, [this](const QStringList &paths) {
        QStringList all = m_case.packagePaths;
        for (const QString &p : paths) {
            if (!all.contains(p, Qt::CaseInsensitive))
                all << p;
        }
        m_case.packagePaths = all;
        m_packagePage->setPaths(all);
        m_evidencePage->setKnownPaths(all);
        qCInfo(lcMainWizard) << "added" << paths.size() << "package paths from the events";
    });
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            openCaseWithDialog();
        else if (which == QWizard::CustomButton2)
            saveCaseWithDialog();
    });

    setMinimumSize(760, 580);
    resize(980, 740);
    qCDebug(lcMainWizard) << "wizard with" << modules.size() << "modules and"
                          << m_knowledgeBase.causes().size() << "causes";
}

MainWizard::~MainWizard()
{
    // The pages hold pointers into the report model; drop them before the model goes.
    m_diagnosisPage->setModel(nullptr);
    m_reportPage->setModel(nullptr);
    if (m_runner->isRunning())
        m_runner->cancel();
}

void MainWizard::setCase(const Case &caseData)
{
    // Leave the pages that show results of the old case (cancelling a run in progress).
    while (currentId() > Page_Package)
        back();
    m_case = caseData;
    m_diagnosisPage->setModel(nullptr);
    m_reportPage->setModel(nullptr);
    m_report.reset();
    pushCaseToPages();
    qCInfo(lcMainWizard) << "case set:" << m_case.packagePaths.size() << "paths,"
                         << m_case.evidence.size() << "evidence files";
}

void MainWizard::setDemoMode(bool demo)
{
    m_demoMode = demo;
    m_welcomePage->setDemoMode(demo);
    setWindowTitle(demo ? tr("GPSI Doctor \u2014 demo scenario") : tr("GPSI Doctor"));
}

void MainWizard::setClock(std::shared_ptr<const Clock> clock)
{
    m_clock = clock ? std::move(clock) : Clock::system();
    m_runner->setClock(m_clock);
    m_evidencePage->setClock(m_clock);
}

void MainWizard::setModuleErrors(const QStringList &errors)
{
    m_moduleErrors = errors;
}

bool MainWizard::openCase(const QString &fileName, QString *error, EvidenceFiles evidence)
{
    Case loaded;
    if (!Case::load(fileName, &loaded, error))
        return false;
    if (evidence == EvidenceFiles::AskFirst && !loaded.evidence.isEmpty() &&
        !confirmEvidence(loaded.evidence))
        loaded.evidence.clear();
    setCase(loaded);
    return true;
}

bool MainWizard::saveCase(const QString &fileName, QString *error) const
{
    return m_case.save(fileName, error);
}

void MainWizard::showError(const QString &title, const QString &text)
{
    // The text holds a file name and a reason from outside: never let it be read as HTML.
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void MainWizard::openCaseWithDialog()
{
    QSettings settings;
    const QString dir = lastCaseDirectory(settings);
    const QString fileName = QFileDialog::getOpenFileName(
        this, tr("Open case"), dir, tr("GPSI Doctor cases (*.json);;All files (*)"));
    if (fileName.isEmpty())
        return;
    settings.setValue(kCaseDirectoryKey, QFileInfo(fileName).absolutePath());
    QString error;
    if (!openCase(fileName, &error, EvidenceFiles::AskFirst)) {
        showError(tr("Open case"),
                  tr("Could not open %1:\n%2").arg(QDir::toNativeSeparators(fileName), error));
    }
}

// A case file may come from someone else: the files it names on this computer (which could be
// devices, pipes or anything else) are shown, and only read once the admin agrees.
bool MainWizard::confirmEvidence(const QList<EvidenceFile> &evidence)
{
    QStringList paths;
    for (const EvidenceFile &e : evidence)
        paths << QDir::toNativeSeparators(ReportRenderer::neutralize(e.path));
    QMessageBox box(QMessageBox::Question, tr("Evidence files in this case"),
                    tr("This case names %n evidence file(s) on this computer. GPSI Doctor reads "
                       "them when you go on. Read them?",
                       nullptr, int(evidence.size())),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(paths.join(QLatin1Char('\n')));
    box.setObjectName(QStringLiteral("confirmEvidenceBox"));
    box.setDefaultButton(QMessageBox::Yes);
    box.button(QMessageBox::Yes)->setText(tr("Read the files"));
    box.button(QMessageBox::No)->setText(tr("Open without them"));
    return box.exec() == QMessageBox::Yes;
}

void MainWizard::saveCaseWithDialog()
{
    QSettings settings;
    const QString dir = lastCaseDirectory(settings);
    QFileDialog dialog(this, tr("Save case"), QDir(dir).filePath(QStringLiteral("case.json")),
                       tr("GPSI Doctor cases (*.json)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("json"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString fileName = dialog.selectedFiles().constFirst();
    settings.setValue(kCaseDirectoryKey, QFileInfo(fileName).absolutePath());
    QString error;
    if (!saveCase(fileName, &error)) {
        showError(tr("Save case"),
                  tr("Could not save %1:\n%2").arg(QDir::toNativeSeparators(fileName), error));
    }
}

void MainWizard::pushCaseToPages()
{
    m_pushing = true;
    m_welcomePage->setDetails(m_case.title, m_case.ticket, m_case.technician);
    m_packagePage->setPaths(m_case.packagePaths);
    m_evidencePage->setKnownPaths(m_case.packagePaths);
    m_evidencePage->setLiveEvents(m_case.options.liveEvents);
    m_evidencePage->setEvidence(m_case.evidence);
    m_pushing = false;
}

void MainWizard::pullDetails()
{
    if (m_pushing)
        return;
    m_case.title = m_welcomePage->caseTitle();
    m_case.ticket = m_welcomePage->ticket();
    m_case.technician = m_welcomePage->technician();
}

void MainWizard::pullPaths()
{
    if (m_pushing)
        return;
    m_case.packagePaths = m_packagePage->paths();
    m_evidencePage->setKnownPaths(m_case.packagePaths);
}

void MainWizard::pullEvidence()
{
    if (m_pushing)
        return;
    m_case.evidence = m_evidencePage->evidence();
}

void MainWizard::buildReport()
{
    m_diagnosisPage->setModel(nullptr);
    m_reportPage->setModel(nullptr);
    const Case &ran = m_checksPage->runCase();
    // A case file may name knowledge files (the option knowledgeFiles, as --knowledge gives):
    // their causes join the built-in ones; a file that breaks the fact contract is left out
    // and listed with the modules' load problems, one line per problem.
    KnowledgeBase knowledge = m_knowledgeBase;
    QStringList problems = m_moduleErrors;
    if (!ran.options.knowledgeFiles.isEmpty())
        KnowledgeBase::withFiles(ran.options.knowledgeFiles, m_contract, &knowledge, &problems);
    m_report = std::make_unique<ReportModel>(
        ReportModel::fromRun(ran, *m_runner, knowledge, problems, m_clock->now()));
    qCInfo(lcMainWizard) << "report built:" << m_report->verdictId();
}

void MainWizard::initializePage(int id)
{
    switch (id) {
    case Page_Checks:
        PackagePage::rememberPaths(m_case.packagePaths);
        m_checksPage->setCase(m_case);
        break;
    case Page_Diagnosis:
        buildReport();
        m_diagnosisPage->setModel(m_report.get());
        break;
    case Page_Report:
        m_reportPage->setModel(m_report.get());
        break;
    default:
        break;
    }
    QWizard::initializePage(id);
}

void MainWizard::done(int result)
{
    if (m_runner->isRunning())
        m_runner->cancel();
    QWizard::done(result);
}

} // namespace Gpsi

#pragma once

#include <QList>
#include <QStringList>
#include <QWizard>

#include <memory>

#include "engine/case.h"
#include "engine/clock.h"
#include "engine/diagnosis.h"
#include "engine/moduleregistry.h"
#include "report/reportmodel.h"

namespace Gpsi {

class Runner;
class WelcomePage;
class PackagePage;
class EvidencePage;
class ChecksPage;
class DiagnosisPage;
class ReportPage;

// The GPSI Doctor wizard: package path(s) and evidence in, checks run, diagnosis and report out.
// It owns the case, the runner and the report model; the pages only edit the case or render
// what the runner, the knowledge base and the report model produce.
class MainWizard : public QWizard
{
    Q_OBJECT

public:
    enum { Page_Welcome, Page_Package, Page_Evidence, Page_Checks, Page_Diagnosis, Page_Report };

    MainWizard(QList<ModuleDescriptor> modules, const KnowledgeBase &knowledgeBase,
               QWidget *parent = nullptr);
    ~MainWizard() override;

    // Replaces the case (package paths, evidence, options, details) and goes back to the
    // package page if the wizard was past it. Used by --demo and by "Open case...".
    void setCase(const Case &caseData);
    // The case as edited so far (including a path typed but not yet added to the list).
    const Case &currentCase() const { return m_case; }

    void setDemoMode(bool demo);
    bool isDemoMode() const { return m_demoMode; }

    // Time source for evidence timestamps, check runs and the report (tests inject a
    // FixedClock).
    void setClock(std::shared_ptr<const Clock> clock);
    // Lines about modules that could not be loaded; shown in the report.
    void setModuleErrors(const QStringList &errors);

    // The report model built when the Diagnosis page was entered; nullptr before.
    const ReportModel *report() const { return m_report.get(); }
    Runner *runner() const { return m_runner; }

    // Open and save a case file without file dialogs (the custom buttons call these).
    // AskFirst: a case may come from someone else, so the evidence files it names on this
    // computer are listed and read only if the admin agrees (the Open case button does this).
    enum class EvidenceFiles { Read, AskFirst };
    bool openCase(const QString &fileName, QString *error,
                  EvidenceFiles evidence = EvidenceFiles::Read);
    bool saveCase(const QString &fileName, QString *error) const;

    WelcomePage *welcomePage() const { return m_welcomePage; }
    PackagePage *packagePage() const { return m_packagePage; }
    EvidencePage *evidencePage() const { return m_evidencePage; }
    ChecksPage *checksPage() const { return m_checksPage; }
    DiagnosisPage *diagnosisPage() const { return m_diagnosisPage; }
    ReportPage *reportPage() const { return m_reportPage; }

protected:
    void initializePage(int id) override;
    void done(int result) override;

private:
    void openCaseWithDialog();
    bool confirmEvidence(const QList<EvidenceFile> &evidence);
    void saveCaseWithDialog();
    void showError(const QString &title, const QString &text);
    void pushCaseToPages();
    void pullDetails();
    void pullPaths();
    void pullEvidence();
    void buildReport();

    KnowledgeBase m_knowledgeBase;
    FactContract m_contract; // of the modules the wizard runs: checks knowledge files
    std::shared_ptr<const Clock> m_clock;
    Runner *m_runner = nullptr;
    Case m_case;
    std::unique_ptr<ReportModel> m_report;
    QStringList m_moduleErrors;
    bool m_demoMode = false;
    bool m_pushing = false;

    WelcomePage *m_welcomePage = nullptr;
    PackagePage *m_packagePage = nullptr;
    EvidencePage *m_evidencePage = nullptr;
    ChecksPage *m_checksPage = nullptr;
    DiagnosisPage *m_diagnosisPage = nullptr;
    ReportPage *m_reportPage = nullptr;
};

} // namespace Gpsi

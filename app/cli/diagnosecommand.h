#pragma once

#include <QCoreApplication>
#include <QTextStream>

#include <memory>

#include "cli/commandline.h"
#include "engine/case.h"
#include "engine/clock.h"
#include "engine/moduleregistry.h"
#include "report/reportmodel.h"

namespace Gpsi {

// The headless side of GPSI Doctor: the same engine the wizard drives, with no widgets.
class DiagnoseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::DiagnoseCommand)

public:
    // Runs every module on the case, evaluates the knowledge base and builds the report.
    // `progress` (may be null) gets one line per finished check.
    // `knowledge` defaults to the built-in knowledge base.
    static ReportModel diagnose(const Case &caseData, const ModuleRegistry &registry,
                                std::shared_ptr<const Clock> clock, QTextStream *progress,
                                const KnowledgeBase *knowledge = nullptr);

    // `gpsi-doctor diagnose ...`: returns the process exit code.
    static int run(const CommandLine &commandLine, QTextStream &out, QTextStream &err);
    // ExitClean, or the exit code after one line on `err` saying what is wrong.
    static int buildCase(const CommandLine &commandLine, Case &caseData, QTextStream &err);
    // `gpsi-doctor validate-knowledge FILE...`: ExitClean, or ExitUsage after every problem.
    static int validateKnowledge(const CommandLine &commandLine, QTextStream &out,
                                 QTextStream &err);
    // `gpsi-doctor --list-checks`.
    static int listChecks(const CommandLine &commandLine, QTextStream &out);

    static bool stderrIsTerminal();
};

} // namespace Gpsi

#pragma once

#include <QCoreApplication>
#include <QTextStream>

#include "core/case.h"

namespace Gpsi {

// The embedded demo scenario (resources/demo/scenario.json): a case that exercises the real
// code path and touches nothing but loopback.
class Demo
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::Demo)

public:
    static bool scenario(Case *out, QString *error);
    // Runs the scenario without a GUI: the text report on `out`, HTML and PDF reports written
    // into `directory`. Returns the process exit code (0 when the demo ran).
    static int runHeadless(const QString &directory, QTextStream &out, QTextStream &err);
};

} // namespace Gpsi

#pragma once

#include <QCoreApplication>

#include "engine/checkmodule.h"

namespace Gpsi {

// Check module "package-path": what form the package path has, from the text alone.
class PackagePathCheck final : public CheckModule
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::PackagePathCheck)

public:
    CheckResult run(CheckContext &context) override;
};

} // namespace Gpsi

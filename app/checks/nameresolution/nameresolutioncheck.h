#pragma once

#include <QCoreApplication>

#include "engine/checkmodule.h"

namespace Gpsi {

// Check module "name-resolution": can the server in the UNC path be found, and under which
// name.
class NameResolutionCheck final : public CheckModule
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::NameResolutionCheck)

public:
    CheckResult run(CheckContext &context) override;
};

} // namespace Gpsi

#pragma once

#include <QCoreApplication>

#include "engine/checkmodule.h"

namespace Gpsi {

// Check module "smb-server": what the package server is and whether it can take Kerberos,
// read from the wire (KB 323304).
class SmbServerCheck final : public CheckModule
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::SmbServerCheck)

public:
    CheckResult run(CheckContext &context) override;
};

} // namespace Gpsi

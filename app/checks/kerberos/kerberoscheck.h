#pragma once

#include <QCoreApplication>

#include "engine/checkmodule.h"

namespace Gpsi {

// Check module "kerberos": can this machine get a Kerberos service ticket for cifs/<host>,
// with the host exactly as the package path writes it (the second half of KB 323304: a
// Kerberos-capable server is still out of reach under an alias, an IP address or a name
// without an SPN, with clock skew or in another realm).
class KerberosCheck final : public CheckModule
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::KerberosCheck)

public:
    CheckResult run(CheckContext &context) override;
};

} // namespace Gpsi

#include "kerberosticket.h"

namespace Gpsi::KerberosTicket {

const char *outcomeId(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Issued:
        return "issued";
    case Outcome::UnknownPrincipal:
        return "unknown-principal";
    case Outcome::NoCredentials:
        return "no-credentials";
    case Outcome::KdcUnreachable:
        return "kdc-unreachable";
    case Outcome::ClockSkew:
        return "clock-skew";
    case Outcome::RealmUnknown:
        return "realm-unknown";
    case Outcome::Other:
        return "other";
    case Outcome::Unavailable:
        return "unavailable";
    }
    return "other";
}

} // namespace Gpsi::KerberosTicket

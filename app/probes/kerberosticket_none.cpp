// Built where neither GSSAPI (MIT krb5) nor SSPI is available: the Kerberos check then says
// so instead of guessing.
#include "kerberosticket.h"

namespace Gpsi::KerberosTicket {

Answer request(const Request &req)
{
    Answer a;
    a.backend = "none";
    a.spn = req.service + "/" + req.host;
    a.outcome = Outcome::Unavailable;
    a.majorText = "this build has no Kerberos implementation (GSSAPI was not found when it was "
                  "built, and SSPI exists only on Windows)";
    return a;
}

RealmInfo realmInfo(const std::string &)
{
    RealmInfo info;
    info.error = "no Kerberos implementation in this build";
    return info;
}

const char *backendId()
{
    return "none";
}

bool available()
{
    return false;
}

} // namespace Gpsi::KerberosTicket

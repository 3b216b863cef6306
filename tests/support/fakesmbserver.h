#pragma once

// A minimal modern SMB server for tests that need a healthy one (SMB 2.0.2 to 3.0.2, signing
// enabled, SPNEGO offering Kerberos and NTLMSSP), built by hand from MS-SMB2 2.2.1/2.2.4. It is
// no replay of a real server: it exists so that a test can see the "no problem" side of the
// diagnosis without a domain. Use with LoopbackServer.
#include "loopbackserver.h"

namespace GpsiTest {

LoopbackServer::Behaviour modernSmbServer();

} // namespace GpsiTest

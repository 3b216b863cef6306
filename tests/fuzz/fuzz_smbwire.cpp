// Fuzz target: the SMB wire layer (NetBIOS framing, SMB1/SMB2 NEGOTIATE and SESSION_SETUP
// replies, NTLMSSP CHALLENGE, SPNEGO NegTokenInit/NegTokenResp). Every parser sees the input
// as a raw message and, through FrameReader, as a byte stream cut into frames; whatever the
// parsers accept is checked for the invariants the probe relies on.
#include <QByteArray>

#include <cstdint>
#include <cstdlib>

#include "probes/smbwire.h"
#include "probes/spnego.h"

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void checkError(bool ok, const Gpsi::WireError &e, qsizetype size)
{
    if (!ok)
        check(!e.reason.isEmpty() && e.offset >= 0 && e.offset <= size);
}

void parseAll(const QByteArray &m)
{
    using namespace Gpsi;
    WireError e;
    {
        Smb::Smb1NegotiateResponse r;
        const bool ok = Smb::parseSmb1NegotiateResponse(m, &r, &e);
        checkError(ok, e, m.size());
        if (ok)
            check(r.challenge.size() <= m.size() && r.securityBlob.size() <= m.size());
        if (ok && !r.securityBlob.isEmpty()) {
            Spnego::NegTokenInit init;
            checkError(Spnego::parseNegTokenInit(r.securityBlob, &init, &e), e,
                       r.securityBlob.size());
        }
    }
    {
        Smb::Smb1SessionSetupResponse r;
        const bool ok = Smb::parseSmb1SessionSetupResponse(m, &r, &e);
        checkError(ok, e, m.size());
        if (ok)
            (void)Smb::findNtlmssp(r.securityBlob);
    }
    {
        Smb::Smb2NegotiateResponse r;
        const bool ok = Smb::parseSmb2NegotiateResponse(m, &r, &e);
        checkError(ok, e, m.size());
        if (ok)
            check(r.contextTypes.size() <= r.negotiateContextCount);
    }
    {
        Smb::Smb2SessionSetupResponse r;
        const bool ok = Smb::parseSmb2SessionSetupResponse(m, &r, &e);
        checkError(ok, e, m.size());
        if (ok) {
            const QByteArray ntlm = Smb::findNtlmssp(r.securityBlob);
            Smb::NtlmChallenge c;
            if (!ntlm.isEmpty())
                checkError(Smb::parseNtlmChallenge(ntlm, &c, &e), e, ntlm.size());
        }
    }
    {
        Smb::NtlmChallenge c;
        checkError(Smb::parseNtlmChallenge(m, &c, &e), e, m.size());
    }
    {
        Spnego::NegTokenInit init;
        checkError(Spnego::parseNegTokenInit(m, &init, &e), e, m.size());
        Spnego::NegTokenResp resp;
        checkError(Spnego::parseNegTokenResp(m, &resp, &e), e, m.size());
        (void)Smb::findNtlmssp(m);
        const QString oid = Spnego::decodeOid(m.left(64));
        if (!oid.isEmpty())
            check(Spnego::encodeOid(oid) == m.left(64));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    parseAll(input);

    // The same bytes as a transport stream, fed in uneven pieces.
    Gpsi::Smb::FrameReader reader;
    Gpsi::Smb::FrameReader::Frame frame;
    qsizetype fed = 0;
    qsizetype piece = 1;
    int frames = 0;
    while (fed < input.size()) {
        reader.feed(input.mid(fed, piece));
        fed += piece;
        piece = piece * 3 + 1;
        while (reader.next(&frame)) {
            check(frame.payload.size() <= Gpsi::Smb::MaxMessageSize);
            check(frame.type == 0x00 || frame.type == 0x82 || frame.type == 0x83);
            if (frame.type == 0x00)
                parseAll(frame.payload);
            else if (frame.type == 0x83 && !frame.payload.isEmpty())
                (void)Gpsi::Smb::netbiosErrorText(quint8(frame.payload.at(0)));
            ++frames;
        }
        if (reader.hasError()) {
            check(reader.error().offset >= 0 && reader.error().offset <= input.size());
            break;
        }
    }
    check(frames <= input.size() / 4 + 1);
    return 0;
}

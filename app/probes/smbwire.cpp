#include "smbwire.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include "spnego.h"

namespace Gpsi::Smb {

namespace {

// What we call ourselves in SESSION_SETUP_ANDX (MS-CIFS 2.2.4.53.1 NativeOS/NativeLanMan).
constexpr const char *OurNativeOs = "Unix";
constexpr const char *OurNativeLanMan = "GPSI Doctor";

constexpr quint8 Smb1FlagsReply = 0x80;
constexpr quint8 Smb1FlagsRequest = 0x18; // caseless + canonicalized paths, as Windows sends
constexpr qsizetype Smb1HeaderSize = 32;
constexpr qsizetype Smb2HeaderSize = 64;
constexpr quint16 Smb2CommandNegotiate = 0x0000;
constexpr quint16 Smb2CommandSessionSetup = 0x0001;
constexpr quint32 Smb2FlagsResponse = 0x00000001;
constexpr quint16 Smb2CreditRequest = 31;
constexpr quint16 Smb1ClientMaxBuffer = 16644;
constexpr quint16 Smb1ClientMaxMpx = 2;
constexpr quint16 Smb1ClientVcNumber = 1;

// MS-SMB2 2.2.3 capabilities offered when a 3.x dialect is on the list.
constexpr quint32 Smb2CapDfs = 0x00000001;
constexpr quint32 Smb2CapLeasing = 0x00000002;
constexpr quint32 Smb2CapLargeMtu = 0x00000004;
constexpr quint32 Smb2CapEncryption = 0x00000040;
// MS-SMB2 2.2.3.1 negotiate contexts.
constexpr quint16 Smb2PreauthIntegrityCapabilities = 0x0001;
constexpr quint16 Smb2EncryptionCapabilities = 0x0002;
constexpr quint16 Smb2HashSha512 = 0x0001;
constexpr quint16 Smb2CipherAes128Ccm = 0x0001;
constexpr quint16 Smb2CipherAes128Gcm = 0x0002;
constexpr qsizetype Smb2SaltSize = 32;

// MS-NLMP 2.2.2.5.
constexpr quint32 NtlmNegotiateUnicode = 0x00000001;
constexpr quint32 NtlmNegotiateOem = 0x00000002;
constexpr quint32 NtlmRequestTarget = 0x00000004;
constexpr quint32 NtlmNegotiateNtlm = 0x00000200;
constexpr quint32 NtlmNegotiateAlwaysSign = 0x00008000;
constexpr quint32 NtlmNegotiateExtendedSessionSecurity = 0x00080000;
constexpr quint32 NtlmNegotiateTargetInfo = 0x00800000;
constexpr quint32 NtlmNegotiateVersion = 0x02000000;
constexpr quint32 NtlmNegotiate128 = 0x20000000;
constexpr quint32 NtlmNegotiate56 = 0x80000000;
constexpr qsizetype NtlmNegotiateSize = 40;

const QByteArray &ntlmSignature()
{
    static const QByteArray sig("NTLMSSP\0", 8);
    return sig;
}

QString hexOffset(qsizetype offset)
{
    return QStringLiteral("0x") + QString::number(offset, 16);
}

QString hex(quint64 value, int digits)
{
    return QStringLiteral("0x") +
           QString::number(value, 16).rightJustified(digits, QLatin1Char('0'));
}

bool failAt(WireError *error, qsizetype offset, const QString &reason)
{
    if (error) {
        error->offset = offset;
        error->reason = reason;
    }
    return false;
}

bool failFrom(WireError *error, const WireReader &r)
{
    if (error)
        *error = r.error();
    return false;
}

void putU8(QByteArray &b, quint8 v)
{
    b.append(char(v));
}

void putU16(QByteArray &b, quint16 v)
{
    b.append(char(v & 0xFF));
    b.append(char(v >> 8));
}

void putU32(QByteArray &b, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b.append(char((v >> (8 * i)) & 0xFF));
}

void putU64(QByteArray &b, quint64 v)
{
    for (int i = 0; i < 8; ++i)
        b.append(char((v >> (8 * i)) & 0xFF));
}

void setU16(QByteArray &b, qsizetype at, quint16 v)
{
    b[at] = char(v & 0xFF);
    b[at + 1] = char(v >> 8);
}

void setU32(QByteArray &b, qsizetype at, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b[at + i] = char((v >> (8 * i)) & 0xFF);
}

void padTo8(QByteArray &b)
{
    while (b.size() % 8)
        b.append('\0');
}

void putSmbString(QByteArray &b, const QString &s, bool unicode)
{
    if (unicode) {
        for (const QChar c : s)
            putU16(b, c.unicode());
        putU16(b, 0);
    } else {
        b.append(s.toLatin1());
        b.append('\0');
    }
}

QString decodeUtf16(const QByteArray &raw)
{
    QString out;
    out.reserve(raw.size() / 2);
    const auto *p = reinterpret_cast<const uchar *>(raw.constData());
    for (qsizetype i = 0; i + 1 < raw.size(); i += 2)
        out.append(QChar(char16_t(p[i] | (p[i + 1] << 8))));
    return out;
}

// SMB1 header, MS-CIFS 2.2.3.1: PID 0xFEFF, TID 0xFFFF, UID 0 before a session exists.
QByteArray smb1Header(quint8 command, quint16 flags2, quint16 mid)
{
    QByteArray h;
    h.reserve(Smb1HeaderSize);
    h.append("\xFFSMB", 4);
    putU8(h, command);
    putU32(h, 0); // status
    putU8(h, Smb1FlagsRequest);
    putU16(h, flags2);
    putU16(h, 0);      // PIDHigh
    h.append(8, '\0'); // SecurityFeatures
    putU16(h, 0);      // Reserved
    putU16(h, 0xFFFF); // TID
    putU16(h, 0xFEFF); // PIDLow
    putU16(h, 0);      // UID
    putU16(h, mid);    // MID
    return h;
}

// SMB2 header, MS-SMB2 2.2.1.2 (sync).
QByteArray smb2Header(quint16 command, quint64 messageId)
{
    QByteArray h;
    h.reserve(Smb2HeaderSize);
    h.append("\xFESMB", 4);
    putU16(h, quint16(Smb2HeaderSize)); // StructureSize
    putU16(h, 0);                       // CreditCharge
    putU32(h, 0);                       // Status / ChannelSequence
    putU16(h, command);
    putU16(h, Smb2CreditRequest);
    putU32(h, 0); // Flags
    putU32(h, 0); // NextCommand
    putU64(h, messageId);
    putU32(h, 0xFEFF);  // Reserved (ProcessId)
    putU32(h, 0);       // TreeId
    putU64(h, 0);       // SessionId
    h.append(16, '\0'); // Signature
    return h;
}

// The size cap and the 4-byte protocol id shared by both header readers.
bool readProtocolId(WireReader &r, bool smb2, WireError *error)
{
    const QByteArray &m = r.data();
    if (m.size() > MaxMessageSize)
        return failAt(error, 0,
                      QCoreApplication::translate(
                          "Gpsi::Smb", "the %1-byte message is larger than the %2 bytes accepted")
                          .arg(m.size())
                          .arg(MaxMessageSize));
    const QByteArray magic =
        r.field(QT_TRANSLATE_NOOP("Gpsi::WireReader", "the protocol id")).bytes(4);
    if (!r.ok())
        return failFrom(error, r);
    const QByteArray smb1Id("\xFFSMB", 4);
    const QByteArray smb2Id("\xFESMB", 4);
    if (magic == (smb2 ? smb2Id : smb1Id))
        return true;
    if (magic == (smb2 ? smb1Id : smb2Id))
        return failAt(error, 0,
                      smb2 ? QCoreApplication::translate("Gpsi::Smb",
                                                         "an SMB1 message where SMB2 was expected")
                           : QCoreApplication::translate(
                                 "Gpsi::Smb", "an SMB2 message where SMB1 was expected"));
    return failAt(error, 0,
                  smb2 ? QCoreApplication::translate("Gpsi::Smb",
                                                     "not an SMB2 message (no \\xFESMB signature)")
                       : QCoreApplication::translate(
                             "Gpsi::Smb", "not an SMB1 message (no \\xFFSMB signature)"));
}

// Common SMB1 reply header checks. Leaves the reader at WordCount (offset 32).
bool readSmb1ReplyHeader(WireReader &r, quint8 command, quint32 *status, quint16 *flags2,
                         quint16 *uid, WireError *error)
{
    if (!readProtocolId(r, false, error))
        return false;
    const quint8 cmd = r.u8();
    *status = r.u32le();
    const quint8 flags = r.u8();
    *flags2 = r.u16le();
    r.field(QT_TRANSLATE_NOOP("Gpsi::WireReader", "the SMB1 header")).skip(2 + 8 + 2 + 2 + 2);
    *uid = r.u16le();
    r.field(QT_TRANSLATE_NOOP("Gpsi::WireReader", "the SMB1 header")).skip(2);
    if (!r.ok())
        return failFrom(error, r);
    if (cmd != command)
        return failAt(
            error, 4,
            QCoreApplication::translate("Gpsi::Smb", "SMB1 command %1 where %2 was expected")
                .arg(hex(cmd, 2), hex(command, 2)));
    if (!(flags & Smb1FlagsReply))
        return failAt(
            error, 9,
            QCoreApplication::translate("Gpsi::Smb", "the SMB1 message is a request, not a reply"));
    return true;
}

// Reads ByteCount and checks it against the message; returns the end of the byte block.
bool readByteCount(WireReader &r, qsizetype *end, WireError *error)
{
    const qsizetype at = r.pos();
    const quint16 count = r.field(QT_TRANSLATE_NOOP("Gpsi::WireReader", "ByteCount")).u16le();
    if (!r.ok())
        return failFrom(error, r);
    if (count > r.remaining())
        return failAt(error, at,
                      QCoreApplication::translate(
                          "Gpsi::Smb", "ByteCount %1 at %2 runs past the end of the message "
                                       "(%3 bytes left)")
                          .arg(count)
                          .arg(hexOffset(at))
                          .arg(r.remaining()));
    *end = r.pos() + count;
    return true;
}

QString readSmbString(WireReader &r, bool unicode)
{
    return unicode ? r.utf16leZ() : r.asciiZ();
}

// Reads a 2-byte-aligned (relative to the SMB header) Unicode or OEM string, if any is left.
QString readAlignedString(WireReader &r, bool unicode)
{
    if (r.remaining() == 0)
        return {};
    if (unicode && (r.pos() % 2))
        r.skip(1);
    return readSmbString(r, unicode);
}

QDateTime fromDosDateTime(quint16 date, quint16 time, qint16 zoneMinutes)
{
    if (date == 0)
        return {};
    const QDate d(1980 + (date >> 9), (date >> 5) & 0x0F, date & 0x1F);
    const QTime t(time >> 11, (time >> 5) & 0x3F, (time & 0x1F) * 2);
    if (!d.isValid() || !t.isValid())
        return {};
    // ServerTimeZone is the bias in minutes (UTC = local + bias; Hong Kong sends -480).
    return QDateTime(d, t, Qt::UTC).addSecs(qint64(zoneMinutes) * 60);
}

bool readSmb2ResponseHeader(WireReader &r, quint16 command, quint32 *status, quint64 *sessionId,
                            WireError *error)
{
    if (!readProtocolId(r, true, error))
        return false;
    const quint16 structureSize = r.u16le();
    r.field(QT_TRANSLATE_NOOP("Gpsi::WireReader", "the SMB2 header")).skip(2); // CreditCharge
    *status = r.u32le();
    const quint16 cmd = r.u16le();
    r.field(QT_TRANSLATE_NOOP("Gpsi::WireReader", "the SMB2 header")).skip(2); // credits
    const quint32 flags = r.u32le();
    r.field(QT_TRANSLATE_NOOP("Gpsi::WireReader", "the SMB2 header")).skip(4 + 8 + 8);
    *sessionId = r.u64le();
    r.field(QT_TRANSLATE_NOOP("Gpsi::WireReader", "the SMB2 header")).skip(16);
    if (!r.ok())
        return failFrom(error, r);
    if (structureSize != Smb2HeaderSize)
        return failAt(
            error, 4,
            QCoreApplication::translate("Gpsi::Smb", "SMB2 header StructureSize %1, expected 64")
                .arg(structureSize));
    if (cmd != command)
        return failAt(
            error, 12,
            QCoreApplication::translate("Gpsi::Smb", "SMB2 command %1 where %2 was expected")
                .arg(hex(cmd, 4), hex(command, 4)));
    if (!(flags & Smb2FlagsResponse))
        return failAt(error, 16,
                      QCoreApplication::translate("Gpsi::Smb",
                                                  "the SMB2 message is a request, not a response"));
    return true;
}

// Checks an SMB2 buffer (offset from the header start, length) and copies it out.
bool readSmb2Buffer(const QByteArray &m, qsizetype fieldAt, quint16 offset, quint32 length,
                    qsizetype fixedEnd, QByteArray *out, WireError *error)
{
    out->clear();
    if (length == 0)
        return true; // the offset of an empty buffer means nothing
    if (offset < fixedEnd)
        return failAt(error, fieldAt,
                      QCoreApplication::translate(
                          "Gpsi::Smb", "security buffer offset %1 points into the fixed part "
                                       "of the message (which ends at %2)")
                          .arg(hexOffset(offset), hexOffset(fixedEnd)));
    if (qint64(offset) + qint64(length) > m.size())
        return failAt(error, fieldAt,
                      QCoreApplication::translate(
                          "Gpsi::Smb", "security buffer (offset %1, %2 bytes) runs past the "
                                       "end of the %3-byte message")
                          .arg(hexOffset(offset))
                          .arg(length)
                          .arg(m.size()));
    *out = m.mid(offset, length);
    return true;
}

QStringList bitNames(quint32 value, const QList<QPair<quint32, const char *>> &known)
{
    QStringList out;
    for (int bit = 0; bit < 32; ++bit) {
        const quint32 mask = quint32(1) << bit;
        if (!(value & mask))
            continue;
        QString name;
        for (const auto &k : known) {
            if (k.first == mask)
                name = QLatin1String(k.second);
        }
        out << (name.isEmpty() ? hex(mask, 8) : name);
    }
    return out;
}

} // namespace

// --- capability and dialect names ---

QStringList smb1CapabilityNames(quint32 capabilities)
{
    static const QList<QPair<quint32, const char *>> known = {
        {CapRawMode, "CAP_RAW_MODE"},
        {CapMpxMode, "CAP_MPX_MODE"},
        {CapUnicode, "CAP_UNICODE"},
        {CapLargeFiles, "CAP_LARGE_FILES"},
        {CapNtSmbs, "CAP_NT_SMBS"},
        {CapRpcRemoteApis, "CAP_RPC_REMOTE_APIS"},
        {CapStatus32, "CAP_STATUS32"},
        {CapLevelIIOplocks, "CAP_LEVEL_II_OPLOCKS"},
        {CapLockAndRead, "CAP_LOCK_AND_READ"},
        {CapNtFind, "CAP_NT_FIND"},
        {CapDfs, "CAP_DFS"},
        {CapInfoLevelPassthru, "CAP_INFOLEVEL_PASSTHRU"},
        {CapLargeReadX, "CAP_LARGE_READX"},
        {CapLargeWriteX, "CAP_LARGE_WRITEX"},
        {CapLwio, "CAP_LWIO"},
        {CapUnix, "CAP_UNIX"},
        {0x02000000, "CAP_COMPRESSED_DATA"},
        {0x20000000, "CAP_DYNAMIC_REAUTH"},
        {CapExtendedSecurity, "CAP_EXTENDED_SECURITY"},
    };
    return bitNames(capabilities, known);
}

QString smb2DialectName(quint16 dialect)
{
    switch (dialect) {
    case Smb2Dialect202:
        return QStringLiteral("2.0.2");
    case Smb2Dialect210:
        return QStringLiteral("2.1");
    case Smb2Dialect300:
        return QStringLiteral("3.0");
    case Smb2Dialect302:
        return QStringLiteral("3.0.2");
    case Smb2Dialect311:
        return QStringLiteral("3.1.1");
    case Smb2DialectWildcard:
        return QStringLiteral("2.???");
    default:
        return hex(dialect, 4);
    }
}

QStringList smb2CapabilityNames(quint32 capabilities)
{
    static const QList<QPair<quint32, const char *>> known = {
        {0x00000001, "SMB2_GLOBAL_CAP_DFS"},
        {0x00000002, "SMB2_GLOBAL_CAP_LEASING"},
        {0x00000004, "SMB2_GLOBAL_CAP_LARGE_MTU"},
        {0x00000008, "SMB2_GLOBAL_CAP_MULTI_CHANNEL"},
        {0x00000010, "SMB2_GLOBAL_CAP_PERSISTENT_HANDLES"},
        {0x00000020, "SMB2_GLOBAL_CAP_DIRECTORY_LEASING"},
        {0x00000040, "SMB2_GLOBAL_CAP_ENCRYPTION"},
        {0x00000080, "SMB2_GLOBAL_CAP_NOTIFICATIONS"},
    };
    return bitNames(capabilities, known);
}

// --- transport ---

QByteArray frameSessionMessage(const QByteArray &smb)
{
    if (smb.size() > 0xFFFFFF)
        return {};
    QByteArray out;
    out.reserve(4 + smb.size());
    out.append('\0');
    out.append(char((smb.size() >> 16) & 0xFF));
    out.append(char((smb.size() >> 8) & 0xFF));
    out.append(char(smb.size() & 0xFF));
    out.append(smb);
    return out;
}

QByteArray encodeNetbiosName(const QString &name, quint8 suffix)
{
    QByteArray raw = name.toUpper().toLatin1().left(15);
    if (raw == "*")
        raw = QByteArray("*") + QByteArray(14, '\0'); // RFC 1002 wildcard: NUL padding
    else
        raw = raw.leftJustified(15, ' ');
    raw.append(char(suffix));
    QByteArray out;
    out.reserve(34);
    out.append(char(0x20));
    for (const char c : std::as_const(raw)) {
        const quint8 b = quint8(c);
        out.append(char('A' + (b >> 4)));
        out.append(char('A' + (b & 0x0F)));
    }
    out.append('\0');
    return out;
}

QByteArray netbiosSessionRequest(const QString &calledName, const QString &callingName)
{
    const QByteArray names =
        encodeNetbiosName(calledName, 0x20) + encodeNetbiosName(callingName, 0x00);
    QByteArray out;
    out.append(char(0x81));
    out.append('\0');
    out.append(char((names.size() >> 8) & 0xFF));
    out.append(char(names.size() & 0xFF));
    out.append(names);
    return out;
}

void FrameReader::feed(const QByteArray &bytes)
{
    if (hasError())
        return; // the stream is out of step: nothing after the bad header can be trusted
    m_buffer.append(bytes);
}

bool FrameReader::next(Frame *frame)
{
    while (!hasError()) {
        if (m_buffer.size() < 4)
            return false;
        const auto *p = reinterpret_cast<const uchar *>(m_buffer.constData());
        const quint8 type = p[0];
        qsizetype length = 0;
        switch (type) {
        case 0x00: // session message: 24-bit length on port 445, 17-bit on 139
            length = (qsizetype(p[1]) << 16) | (qsizetype(p[2]) << 8) | p[3];
            break;
        case 0x82:
        case 0x83:
        case 0x85:
            length = (qsizetype(p[1] & 0x01) << 16) | (qsizetype(p[2]) << 8) | p[3];
            break;
        default:
            m_error.offset = m_consumed;
            m_error.reason =
                QCoreApplication::translate("Gpsi::Smb", "not an SMB session message: "
                                                         "header type %1 at stream offset %2")
                    .arg(hex(type, 2), hexOffset(m_consumed));
            return false;
        }
        if (length > MaxMessageSize) {
            m_error.offset = m_consumed;
            m_error.reason = QCoreApplication::translate(
                                 "Gpsi::Smb", "a %1-byte message at stream offset %2 is larger "
                                              "than the %3 bytes accepted")
                                 .arg(length)
                                 .arg(hexOffset(m_consumed))
                                 .arg(MaxMessageSize);
            return false;
        }
        if (m_buffer.size() - 4 < length)
            return false;
        const QByteArray payload = m_buffer.mid(4, length);
        m_buffer.remove(0, 4 + length);
        m_consumed += 4 + length;
        if (type == 0x85)
            continue; // keepalive
        frame->type = type;
        frame->payload = payload;
        return true;
    }
    return false;
}

QString netbiosErrorText(quint8 code)
{
    switch (code) {
    case 0x80:
        return QCoreApplication::translate("Gpsi::Smb", "Not listening on called name");
    case 0x81:
        return QCoreApplication::translate("Gpsi::Smb", "Not listening for calling name");
    case 0x82:
        return QCoreApplication::translate("Gpsi::Smb", "Called name not present");
    case 0x83:
        return QCoreApplication::translate("Gpsi::Smb",
                                           "Called name present, but insufficient resources");
    case 0x8F:
        return QCoreApplication::translate("Gpsi::Smb", "Unspecified error");
    default:
        return QCoreApplication::translate("Gpsi::Smb", "Unknown NetBIOS session error %1")
            .arg(hex(code, 2));
    }
}

// --- SMB1 ---

bool isSmb1(const QByteArray &message)
{
    return message.startsWith(QByteArray("\xFFSMB", 4));
}

bool isSmb2(const QByteArray &message)
{
    return message.startsWith(QByteArray("\xFESMB", 4));
}

QByteArray smb1NegotiateRequest(const QStringList &dialects, quint16 flags2, quint16 mid)
{
    QByteArray bytes;
    for (const QString &d : dialects) {
        bytes.append(char(0x02)); // BufferFormat: dialect
        bytes.append(d.toLatin1());
        bytes.append('\0');
    }
    if (bytes.size() > 0xFFFF)
        return {};
    QByteArray m = smb1Header(Smb1Negotiate, flags2, mid);
    putU8(m, 0); // WordCount
    putU16(m, quint16(bytes.size()));
    m.append(bytes);
    return m;
}

// The 13 words of a LAN Manager 1.0 - 2.1 reply (MS-CIFS 2.2.4.52.2, [SMB-LM21]) and its bytes.
static bool readLanmanNegotiate(const QByteArray &message, WireReader &r,
                                Smb1NegotiateResponse *out, WireError *error)
{
    out->dialectIndex = r.u16le();
    out->securityMode = quint8(r.u16le() & 0xFF);
    out->maxBufferSize = r.u16le();
    out->maxMpxCount = r.u16le();
    out->maxNumberVcs = r.u16le();
    r.field(QT_TRANSLATE_NOOP("Gpsi::WireReader", "RawMode")).skip(2);
    out->sessionKey = r.u32le();
    const quint16 time = r.u16le();
    const quint16 date = r.u16le();
    out->serverTimeZone = qint16(r.u16le());
    const quint16 keyLength = r.u16le();
    r.field(QT_TRANSLATE_NOOP("Gpsi::WireReader", "Reserved")).skip(2);
    if (!r.ok())
        return failFrom(error, r);
    out->systemTime = fromDosDateTime(date, time, out->serverTimeZone);
    out->challengeLength = quint8(qMin<quint16>(keyLength, 0xFF));
    qsizetype end = 0;
    if (!readByteCount(r, &end, error))
        return false;
    const QByteArray block = message.left(end);
    WireReader b(block, r.pos());
    out->challenge =
        b.field(QT_TRANSLATE_NOOP("Gpsi::WireReader", "the challenge")).bytes(keyLength);
    if (!b.ok())
        return failFrom(error, b);
    out->domainName = b.asciiZ(); // OEM even when FLAGS2 says Unicode
    return true;
}

// The 17 words of an NT LAN Manager reply (MS-CIFS 2.2.4.52.2, MS-SMB 2.2.4.5.2) and its
// bytes: a GUID and security blob with extended security, else challenge and names.
static bool readNtLmNegotiate(const QByteArray &message, WireReader &r, Smb1NegotiateResponse *out,
                              WireError *error)
{
    const bool unicode = out->flags2 & Flags2Unicode;
    out->dialectIndex = r.u16le();
    out->securityMode = r.u8();
    out->maxMpxCount = r.u16le();
    out->maxNumberVcs = r.u16le();
    out->maxBufferSize = r.u32le();
    out->maxRawSize = r.u32le();
    out->sessionKey = r.u32le();
    out->capabilities = r.u32le();
    out->systemTime = fromFileTime(r.u64le());
    out->serverTimeZone = qint16(r.u16le());
    out->challengeLength = r.u8();
    if (!r.ok())
        return failFrom(error, r);
    qsizetype end = 0;
    if (!readByteCount(r, &end, error))
        return false;
    const QByteArray block = message.left(end);
    WireReader b(block, r.pos());
    if (out->extendedSecurity()) {
        out->serverGuid =
            b.field(QT_TRANSLATE_NOOP("Gpsi::WireReader", "the server GUID")).bytes(16);
        out->securityBlob = b.bytes(b.remaining()); // may be empty (XP: client's choice)
    } else {
        out->challenge = b.field(QT_TRANSLATE_NOOP("Gpsi::WireReader", "the challenge"))
                             .bytes(out->challengeLength);
        // No alignment pad here: the strings follow the challenge directly.
        if (b.ok() && b.remaining() > 0)
            out->domainName = readSmbString(b, unicode);
        if (b.ok() && b.remaining() > 0)
            out->serverName = readSmbString(b, unicode);
    }
    if (!b.ok())
        return failFrom(error, b);
    return true;
}

bool parseSmb1NegotiateResponse(const QByteArray &message, Smb1NegotiateResponse *out,
                                WireError *error)
{
    *out = Smb1NegotiateResponse();
    WireReader r(message);
    quint16 uid = 0;
    if (!readSmb1ReplyHeader(r, Smb1Negotiate, &out->status, &out->flags2, &uid, error))
        return false;
    out->wordCount = r.field(QT_TRANSLATE_NOOP("Gpsi::WireReader", "WordCount")).u8();
    if (!r.ok())
        return failFrom(error, r);
    qsizetype end = 0;
    switch (out->wordCount) {
    case 0: // error reply (MS-CIFS 2.2.4.52.2: WordCount and ByteCount 0)
        if (r.remaining() >= 2 && !readByteCount(r, &end, error))
            return false;
        return true;
    case 1: // no dialect acceptable (or the Core Protocol)
        out->dialectIndex = r.u16le();
        if (!r.ok())
            return failFrom(error, r);
        return readByteCount(r, &end, error);
    case 13:
        return readLanmanNegotiate(message, r, out, error);
    case 17:
        return readNtLmNegotiate(message, r, out, error);
    default:
        return failAt(error, Smb1HeaderSize,
                      QCoreApplication::translate(
                          "Gpsi::Smb",
                          "unexpected WordCount %1 in an SMB1 NEGOTIATE reply (0, 1, 13 or 17 "
                          "expected)")
                          .arg(out->wordCount));
    }
}

// SMB1 header and the SESSION_SETUP_ANDX words both request forms share: WordCount, no AndX
// command, our buffer size, multiplex count and VC number, session key 0.
static QByteArray sessionSetupPrefix(quint16 flags2, quint16 mid, quint8 wordCount)
{
    QByteArray m = smb1Header(Smb1SessionSetupAndX, flags2, mid);
    putU8(m, wordCount);
    putU8(m, 0xFF); // AndXCommand: none
    putU8(m, 0);    // AndXReserved
    putU16(m, 0);   // AndXOffset
    putU16(m, Smb1ClientMaxBuffer);
    putU16(m, Smb1ClientMaxMpx);
    putU16(m, Smb1ClientVcNumber);
    putU32(m, 0); // SessionKey
    return m;
}

QByteArray smb1SessionSetupExtended(quint16 flags2, quint16 mid, const QByteArray &securityBlob)
{
    if (securityBlob.size() > 0xFF00)
        return {};
    const bool unicode = flags2 & Flags2Unicode;
    // WordCount 12 (MS-SMB 2.2.4.6.1)
    QByteArray m = sessionSetupPrefix(flags2, mid, 12);
    putU16(m, quint16(securityBlob.size()));
    putU32(m, 0); // Reserved
    putU32(m, CapExtendedSecurity | CapUnicode | CapNtSmbs | CapStatus32);
    const qsizetype byteCountAt = m.size();
    putU16(m, 0);
    m.append(securityBlob);
    if (unicode && (m.size() % 2))
        m.append('\0'); // align the strings to 2 bytes from the SMB header start
    putSmbString(m, QLatin1String(OurNativeOs), unicode);
    putSmbString(m, QLatin1String(OurNativeLanMan), unicode);
    setU16(m, byteCountAt, quint16(m.size() - byteCountAt - 2));
    return m;
}

QByteArray smb1SessionSetupNull(quint16 flags2, quint16 mid)
{
    const bool unicode = flags2 & Flags2Unicode;
    // WordCount 13 (MS-CIFS 2.2.4.53.1)
    QByteArray m = sessionSetupPrefix(flags2, mid, 13);
    putU16(m, 0); // OEMPasswordLen
    putU16(m, 0); // UnicodePasswordLen
    putU32(m, 0); // Reserved
    putU32(m, CapUnicode | CapNtSmbs | CapStatus32);
    const qsizetype byteCountAt = m.size();
    putU16(m, 0);
    if (unicode && (m.size() % 2))
        m.append('\0');
    putSmbString(m, QString(), unicode); // AccountName
    putSmbString(m, QString(), unicode); // PrimaryDomain
    putSmbString(m, QLatin1String(OurNativeOs), unicode);
    putSmbString(m, QLatin1String(OurNativeLanMan), unicode);
    setU16(m, byteCountAt, quint16(m.size() - byteCountAt - 2));
    return m;
}

bool parseSmb1SessionSetupResponse(const QByteArray &message, Smb1SessionSetupResponse *out,
                                   WireError *error)
{
    *out = Smb1SessionSetupResponse();
    WireReader r(message);
    if (!readSmb1ReplyHeader(r, Smb1SessionSetupAndX, &out->status, &out->flags2, &out->uid, error))
        return false;
    const bool unicode = out->flags2 & Flags2Unicode;
    out->wordCount = r.field(QT_TRANSLATE_NOOP("Gpsi::WireReader", "WordCount")).u8();
    if (!r.ok())
        return failFrom(error, r);
    qsizetype end = 0;
    if (out->wordCount == 0) {
        if (r.remaining() >= 2 && !readByteCount(r, &end, error))
            return false;
        return true;
    }
    if (out->wordCount != 3 && out->wordCount != 4)
        return failAt(error, Smb1HeaderSize,
                      QCoreApplication::translate(
                          "Gpsi::Smb",
                          "unexpected WordCount %1 in a SESSION_SETUP_ANDX reply (0, 3 or 4 "
                          "expected)")
                          .arg(out->wordCount));
    r.field(QT_TRANSLATE_NOOP("Gpsi::WireReader", "the AndX block")).skip(4);
    out->action = r.u16le();
    const qsizetype blobLengthAt = r.pos();
    const quint16 blobLength = out->wordCount == 4 ? r.u16le() : 0;
    if (!r.ok())
        return failFrom(error, r);
    if (!readByteCount(r, &end, error))
        return false;
    if (blobLength > end - r.pos())
        return failAt(error, blobLengthAt,
                      QCoreApplication::translate("Gpsi::Smb",
                                                  "SecurityBlobLength %1 is larger than the %2 "
                                                  "data bytes")
                          .arg(blobLength)
                          .arg(end - r.pos()));
    const QByteArray block = message.left(end);
    WireReader b(block, r.pos());
    out->securityBlob = b.bytes(blobLength);
    out->nativeOs = readAlignedString(b, unicode);
    if (b.remaining() > 0)
        out->nativeLanMan = readSmbString(b, unicode);
    if (b.remaining() > 0)
        out->primaryDomain = readSmbString(b, unicode);
    if (!b.ok())
        return failFrom(error, b);
    return true;
}

// --- SMB2 ---

QByteArray smb2NegotiateRequest(const QList<quint16> &dialects, quint16 securityMode,
                                const QByteArray &clientGuid, quint64 messageId)
{
    if (dialects.size() > 0xFF)
        return {};
    const bool has311 = dialects.contains(Smb2Dialect311);
    bool has3x = false;
    for (const quint16 d : dialects)
        has3x = has3x || (d >= Smb2Dialect300 && d != Smb2DialectWildcard);
    QByteArray m = smb2Header(Smb2CommandNegotiate, messageId);
    putU16(m, 36); // StructureSize (MS-SMB2 2.2.3)
    putU16(m, quint16(dialects.size()));
    putU16(m, securityMode);
    putU16(m, 0); // Reserved
    putU32(m, has3x ? (Smb2CapDfs | Smb2CapLeasing | Smb2CapLargeMtu | Smb2CapEncryption) : 0);
    m.append(clientGuid.left(16).leftJustified(16, '\0'));
    const qsizetype contextOffsetAt = m.size();
    putU64(m, 0); // ClientStartTime, or NegotiateContextOffset/Count/Reserved2 for 3.1.1
    for (const quint16 d : dialects)
        putU16(m, d);
    if (!has311)
        return m;

    padTo8(m); // contexts start 8-byte aligned from the SMB2 header start
    setU32(m, contextOffsetAt, quint32(m.size()));
    setU16(m, contextOffsetAt + 4, 2);
    // SMB2_PREAUTH_INTEGRITY_CAPABILITIES (2.2.3.1.1): SHA-512 and a random salt.
    putU16(m, Smb2PreauthIntegrityCapabilities);
    putU16(m, quint16(2 + 2 + 2 + Smb2SaltSize));
    putU32(m, 0);
    putU16(m, 1); // HashAlgorithmCount
    putU16(m, quint16(Smb2SaltSize));
    putU16(m, Smb2HashSha512);
    for (qsizetype i = 0; i < Smb2SaltSize; ++i)
        m.append(char(QRandomGenerator::global()->bounded(256)));
    padTo8(m);
    // SMB2_ENCRYPTION_CAPABILITIES (2.2.3.1.2): AES-128-GCM preferred, AES-128-CCM.
    putU16(m, Smb2EncryptionCapabilities);
    putU16(m, 2 + 2 * 2);
    putU32(m, 0);
    putU16(m, 2); // CipherCount
    putU16(m, Smb2CipherAes128Gcm);
    putU16(m, Smb2CipherAes128Ccm);
    return m;
}

bool parseSmb2NegotiateResponse(const QByteArray &message, Smb2NegotiateResponse *out,
                                WireError *error)
{
    *out = Smb2NegotiateResponse();
    WireReader r(message);
    quint64 sessionId = 0;
    if (!readSmb2ResponseHeader(r, Smb2CommandNegotiate, &out->status, &sessionId, error))
        return false;
    const quint16 structureSize =
        r.field(QT_TRANSLATE_NOOP("Gpsi::WireReader", "the NEGOTIATE response")).u16le();
    if (!r.ok())
        return failFrom(error, r);
    if (out->status != StatusSuccess && structureSize != 65)
        return true; // an SMB2 ERROR response: the status says it all
    if (structureSize != 65)
        return failAt(error, Smb2HeaderSize,
                      QCoreApplication::translate(
                          "Gpsi::Smb", "NEGOTIATE response StructureSize %1, expected 65")
                          .arg(structureSize));
    out->securityMode = r.u16le();
    out->dialect = r.u16le();
    const quint16 contextCount = r.u16le();
    out->serverGuid = r.field(QT_TRANSLATE_NOOP("Gpsi::WireReader", "the server GUID")).bytes(16);
    out->capabilities = r.u32le();
    out->maxTransactSize = r.u32le();
    out->maxReadSize = r.u32le();
    out->maxWriteSize = r.u32le();
    out->systemTime = fromFileTime(r.u64le());
    out->serverStartTime = fromFileTime(r.u64le());
    const qsizetype bufferFieldAt = r.pos();
    const quint16 bufferOffset = r.u16le();
    const quint16 bufferLength = r.u16le();
    const qsizetype contextFieldAt = r.pos();
    const quint32 contextOffset = r.u32le();
    if (!r.ok())
        return failFrom(error, r);
    const qsizetype fixedEnd = r.pos(); // 128
    if (!readSmb2Buffer(message, bufferFieldAt, bufferOffset, bufferLength, fixedEnd,
                        &out->securityBlob, error))
        return false;
    // Before 3.1.1 the context fields are Reserved, and real servers leave garbage there
    // (Server 2008 R2 answers "SMB 2.???" with 0x204d4c20): look only for 3.1.1.
    if (out->dialect != Smb2Dialect311 || contextCount == 0)
        return true;
    out->negotiateContextCount = contextCount;
    if (contextOffset < quint32(fixedEnd) || contextOffset % 8 ||
        contextOffset > quint32(message.size()))
        return failAt(error, contextFieldAt,
                      QCoreApplication::translate(
                          "Gpsi::Smb",
                          "NegotiateContextOffset %1 is not an 8-byte aligned offset into the "
                          "%2-byte message")
                          .arg(hexOffset(contextOffset))
                          .arg(message.size()));
    WireReader c(message, contextOffset);
    for (quint16 i = 0; i < contextCount; ++i) {
        if (i > 0 && c.pos() % 8)
            c.field(QT_TRANSLATE_NOOP("Gpsi::WireReader", "negotiate context padding"))
                .skip(8 - c.pos() % 8);
        const quint16 type =
            c.field(QT_TRANSLATE_NOOP("Gpsi::WireReader", "a negotiate context")).u16le();
        const quint16 length = c.u16le();
        c.field(QT_TRANSLATE_NOOP("Gpsi::WireReader", "a negotiate context")).skip(4);
        c.field(QT_TRANSLATE_NOOP("Gpsi::WireReader", "negotiate context data")).skip(length);
        if (!c.ok())
            return failFrom(error, c);
        out->contextTypes.append(type);
    }
    return true;
}

QByteArray smb2SessionSetupRequest(quint64 messageId, const QByteArray &securityBlob)
{
    if (securityBlob.size() > 0xFFFF - 88)
        return {};
    QByteArray m = smb2Header(Smb2CommandSessionSetup, messageId);
    putU16(m, 25); // StructureSize (MS-SMB2 2.2.5)
    putU8(m, 0);   // Flags
    putU8(m, quint8(Smb2SigningEnabled));
    putU32(m, 0);                            // Capabilities
    putU32(m, 0);                            // Channel
    putU16(m, quint16(Smb2HeaderSize + 24)); // SecurityBufferOffset
    putU16(m, quint16(securityBlob.size()));
    putU64(m, 0); // PreviousSessionId
    m.append(securityBlob);
    return m;
}

bool parseSmb2SessionSetupResponse(const QByteArray &message, Smb2SessionSetupResponse *out,
                                   WireError *error)
{
    *out = Smb2SessionSetupResponse();
    WireReader r(message);
    if (!readSmb2ResponseHeader(r, Smb2CommandSessionSetup, &out->status, &out->sessionId, error))
        return false;
    const quint16 structureSize =
        r.field(QT_TRANSLATE_NOOP("Gpsi::WireReader", "the SESSION_SETUP response")).u16le();
    if (!r.ok())
        return failFrom(error, r);
    // Both this response and the SMB2 ERROR response have StructureSize 9: the status tells.
    if (out->status != StatusSuccess && out->status != StatusMoreProcessingRequired)
        return true;
    if (structureSize != 9)
        return failAt(error, Smb2HeaderSize,
                      QCoreApplication::translate(
                          "Gpsi::Smb", "SESSION_SETUP response StructureSize %1, expected 9")
                          .arg(structureSize));
    out->sessionFlags = r.u16le();
    const qsizetype bufferFieldAt = r.pos();
    const quint16 bufferOffset = r.u16le();
    const quint16 bufferLength = r.u16le();
    if (!r.ok())
        return failFrom(error, r);
    return readSmb2Buffer(message, bufferFieldAt, bufferOffset, bufferLength, r.pos(),
                          &out->securityBlob, error);
}

// --- NTLMSSP ---

QByteArray ntlmNegotiateMessage()
{
    QByteArray m = ntlmSignature();
    putU32(m, 1); // NtLmNegotiate
    putU32(m, NtlmNegotiateUnicode | NtlmNegotiateOem | NtlmRequestTarget | NtlmNegotiateNtlm |
                  NtlmNegotiateAlwaysSign | NtlmNegotiateExtendedSessionSecurity |
                  NtlmNegotiateVersion | NtlmNegotiate128 | NtlmNegotiate56);
    // DomainNameFields, WorkstationFields: empty, offsets where the payload would start.
    putU16(m, 0);
    putU16(m, 0);
    putU32(m, quint32(NtlmNegotiateSize));
    putU16(m, 0);
    putU16(m, 0);
    putU32(m, quint32(NtlmNegotiateSize));
    m.append(8, '\0'); // VERSION, zero: we are not a Windows build
    return m;
}

namespace {

// Where the CHALLENGE_MESSAGE's variable fields lie (a length of 0: the field is absent).
struct NtlmPayload
{
    quint16 nameLength = 0;
    quint32 nameOffset = 0;
    quint16 infoLength = 0;
    quint32 infoOffset = 0;
};

// The signature and MessageType: the reader is left at TargetNameFields.
bool readNtlmChallengeType(WireReader &r, WireError *error)
{
    const QByteArray signature =
        r.field(QT_TRANSLATE_NOOP("Gpsi::WireReader", "the NTLMSSP signature")).bytes(8);
    if (!r.ok())
        return failFrom(error, r);
    if (signature != ntlmSignature())
        return failAt(error, 0,
                      QCoreApplication::translate(
                          "Gpsi::Smb", "not an NTLMSSP message (no \"NTLMSSP\" signature)"));
    const quint32 type = r.field(QT_TRANSLATE_NOOP("Gpsi::WireReader", "MessageType")).u32le();
    if (!r.ok())
        return failFrom(error, r);
    if (type != 2)
        return failAt(error, 8,
                      QCoreApplication::translate(
                          "Gpsi::Smb", "NTLM message type %1, expected 2 (CHALLENGE_MESSAGE)")
                          .arg(type));
    return true;
}

// Reserved(8) and TargetInfoFields(8) exist in every NTLM version that sends target info;
// very old servers end the message after the challenge. The VERSION field follows them when
// the payload leaves room for it.
void readNtlmInfoAndVersion(const QByteArray &message, WireReader &r, NtlmPayload &payload,
                            NtlmChallenge *out)
{
    const bool hasInfoFields = message.size() >= 48 && (out->flags & NtlmNegotiateTargetInfo);
    if (hasInfoFields) {
        r.seek(40);
        payload.infoLength = r.u16le();
        r.skip(2);
        payload.infoOffset = r.u32le();
    }
    qint64 payloadStart = message.size();
    if (payload.nameLength > 0)
        payloadStart = qMin<qint64>(payloadStart, payload.nameOffset);
    if (payload.infoLength > 0)
        payloadStart = qMin<qint64>(payloadStart, payload.infoOffset);
    if ((out->flags & NtlmNegotiateVersion) && message.size() >= 56 && payloadStart >= 56) {
        r.seek(48);
        out->hasVersion = true;
        out->major = r.u8();
        out->minor = r.u8();
        out->build = r.u16le();
        r.skip(3);
        out->ntlmRevision = r.u8();
    }
}

bool readNtlmTargetName(const QByteArray &message, const NtlmPayload &payload, NtlmChallenge *out,
                        WireError *error)
{
    if (payload.nameLength == 0)
        return true;
    if (qint64(payload.nameOffset) + payload.nameLength > message.size())
        return failAt(error, 12,
                      QCoreApplication::translate(
                          "Gpsi::Smb", "TargetName (offset %1, %2 bytes) runs past the end of "
                                       "the %3-byte message")
                          .arg(hexOffset(payload.nameOffset))
                          .arg(payload.nameLength)
                          .arg(message.size()));
    const QByteArray raw = message.mid(payload.nameOffset, payload.nameLength);
    out->targetName =
        (out->flags & NtlmNegotiateUnicode) ? decodeUtf16(raw) : QString::fromLatin1(raw);
    return true;
}

void storeAvPair(quint16 id, const QByteArray &value, NtlmChallenge *out)
{
    switch (id) {
    case 1:
        out->nbComputerName = decodeUtf16(value);
        break;
    case 2:
        out->nbDomainName = decodeUtf16(value);
        break;
    case 3:
        out->dnsComputerName = decodeUtf16(value);
        break;
    case 4:
        out->dnsDomainName = decodeUtf16(value);
        break;
    case 5:
        out->dnsTreeName = decodeUtf16(value);
        break;
    case 7:
        if (value.size() == 8) {
            WireReader t(value);
            out->timestamp = fromFileTime(t.u64le());
        }
        break;
    default:
        break; // MsvAvFlags, restrictions, channel bindings, ...: not needed here
    }
}

// AV_PAIRs (MS-NLMP 2.2.2.1), each checked against the TargetInfo buffer.
bool readNtlmTargetInfo(const QByteArray &message, const NtlmPayload &payload, NtlmChallenge *out,
                        WireError *error)
{
    if (payload.infoLength == 0)
        return true;
    if (qint64(payload.infoOffset) + payload.infoLength > message.size())
        return failAt(error, 40,
                      QCoreApplication::translate(
                          "Gpsi::Smb", "TargetInfo (offset %1, %2 bytes) runs past the end of the "
                                       "%3-byte message")
                          .arg(hexOffset(payload.infoOffset))
                          .arg(payload.infoLength)
                          .arg(message.size()));
    const QByteArray info = message.left(qsizetype(payload.infoOffset) + payload.infoLength);
    WireReader a(info, payload.infoOffset);
    while (a.remaining() > 0) {
        const quint16 id = a.field(QT_TRANSLATE_NOOP("Gpsi::WireReader", "an AV_PAIR")).u16le();
        const quint16 length = a.field(QT_TRANSLATE_NOOP("Gpsi::WireReader", "an AV_PAIR")).u16le();
        if (!a.ok())
            return failFrom(error, a);
        if (id == 0) // MsvAvEOL
            break;
        const QByteArray value =
            a.field(QT_TRANSLATE_NOOP("Gpsi::WireReader", "an AV_PAIR value")).bytes(length);
        if (!a.ok())
            return failFrom(error, a);
        storeAvPair(id, value, out);
    }
    return true;
}

} // namespace

bool parseNtlmChallenge(const QByteArray &message, NtlmChallenge *out, WireError *error)
{
    *out = NtlmChallenge();
    if (message.size() > MaxMessageSize)
        return failAt(
            error, 0,
            QCoreApplication::translate(
                "Gpsi::Smb", "the %1-byte NTLM message is larger than the %2 bytes accepted")
                .arg(message.size())
                .arg(MaxMessageSize));
    WireReader r(message);
    if (!readNtlmChallengeType(r, error))
        return false;
    NtlmPayload payload;
    payload.nameLength = r.field(QT_TRANSLATE_NOOP("Gpsi::WireReader", "TargetNameFields")).u16le();
    r.field(QT_TRANSLATE_NOOP("Gpsi::WireReader", "TargetNameFields")).skip(2);
    payload.nameOffset = r.field(QT_TRANSLATE_NOOP("Gpsi::WireReader", "TargetNameFields")).u32le();
    out->flags = r.field(QT_TRANSLATE_NOOP("Gpsi::WireReader", "NegotiateFlags")).u32le();
    out->serverChallenge =
        r.field(QT_TRANSLATE_NOOP("Gpsi::WireReader", "the server challenge")).bytes(8);
    if (!r.ok())
        return failFrom(error, r);
    readNtlmInfoAndVersion(message, r, payload, out);
    if (!r.ok())
        return failFrom(error, r);
    return readNtlmTargetName(message, payload, out, error) &&
           readNtlmTargetInfo(message, payload, out, error);
}

QByteArray findNtlmssp(const QByteArray &blob)
{
    if (blob.startsWith(ntlmSignature()))
        return blob;
    WireError ignored;
    Spnego::NegTokenResp resp;
    if (Spnego::parseNegTokenResp(blob, &resp, &ignored) &&
        resp.responseToken.startsWith(ntlmSignature()))
        return resp.responseToken;
    Spnego::NegTokenInit init;
    if (Spnego::parseNegTokenInit(blob, &init, &ignored) &&
        init.mechToken.startsWith(ntlmSignature()))
        return init.mechToken;
    return {};
}

QDateTime fromFileTime(quint64 filetime)
{
    if (filetime == 0)
        return {};
    constexpr qint64 UnixEpochInFileTimeMs = 11644473600000LL; // 1601-01-01 to 1970-01-01
    const qint64 ms = qint64(filetime / 10000) - UnixEpochInFileTimeMs;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace Gpsi::Smb

#include "spnego.h"

#include <QCoreApplication>

#include <limits>

namespace Gpsi::Spnego {

namespace {

constexpr int MaxDepth = 16; // deeper than any real token (NegTokenInit2 needs 7)

// DER tags used by RFC 2743 / RFC 4178 / MS-SPNG.
constexpr quint8 TagGssApplication = 0x60; // [APPLICATION 0] constructed
constexpr quint8 TagSequence = 0x30;
constexpr quint8 TagOid = 0x06;
constexpr quint8 TagOctetString = 0x04;
constexpr quint8 TagEnumerated = 0x0A;
constexpr quint8 TagGeneralString = 0x1B;
constexpr quint8 TagUtf8String = 0x0C;
constexpr quint8 TagIa5String = 0x16;
constexpr quint8 TagNegTokenInit = 0xA0;
constexpr quint8 TagNegTokenResp = 0xA1;

QString hexOffset(qsizetype offset)
{
    return QStringLiteral("0x") + QString::number(offset, 16);
}

QString hexTag(quint8 tag)
{
    return QStringLiteral("0x") + QString::number(tag, 16).rightJustified(2, QLatin1Char('0'));
}

// One DER element: the tag at `offset`, contents in [start, end).
struct Tlv
{
    quint8 tag = 0;
    qsizetype offset = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    bool constructed() const { return tag & 0x20; }
    qsizetype length() const { return end - start; }
};

class DerParser
{
public:
    explicit DerParser(const QByteArray &data)
        : m_data(data)
    {}

    WireError error() const { return m_error; }
    const QByteArray &data() const { return m_data; }

    bool fail(qsizetype offset, const QString &reason)
    {
        if (m_error.reason.isEmpty()) {
            m_error.offset = offset;
            m_error.reason = reason;
        }
        return false;
    }

    // Reads the element at `pos`, which must lie (header and contents) before `limit`.
    bool read(qsizetype pos, qsizetype limit, Tlv *out)
    {
        if (pos >= limit)
            return fail(pos, QCoreApplication::translate(
                                 "Gpsi::Spnego", "truncated at %1: a DER element was expected")
                                 .arg(hexOffset(pos)));
        const auto *p = reinterpret_cast<const uchar *>(m_data.constData());
        out->offset = pos;
        out->tag = p[pos];
        if ((out->tag & 0x1F) == 0x1F)
            return fail(pos, QCoreApplication::translate(
                                 "Gpsi::Spnego",
                                 "DER tag %1 at %2 uses the multi-byte form, which SPNEGO never "
                                 "uses")
                                 .arg(hexTag(out->tag), hexOffset(pos)));
        qsizetype at = pos + 1;
        if (at >= limit)
            return fail(
                at, QCoreApplication::translate(
                        "Gpsi::Spnego", "truncated at %1: the length of DER element %2 is missing")
                        .arg(hexOffset(at), hexTag(out->tag)));
        const quint8 first = p[at++];
        qsizetype length = 0;
        if (first < 0x80) {
            length = first;
        } else if (first == 0x80) {
            return fail(at - 1, QCoreApplication::translate(
                                    "Gpsi::Spnego",
                                    "DER element %1 at %2 has an indefinite length (BER), which "
                                    "DER forbids")
                                    .arg(hexTag(out->tag), hexOffset(pos)));
        } else {
            const int count = first & 0x7F;
            if (count > 4)
                return fail(at - 1,
                            QCoreApplication::translate(
                                "Gpsi::Spnego", "DER element %1 at %2 has a %3-byte length field")
                                .arg(hexTag(out->tag), hexOffset(pos))
                                .arg(count));
            if (count > limit - at)
                return fail(at, QCoreApplication::translate(
                                    "Gpsi::Spnego",
                                    "truncated at %1: the length of DER element %2 is cut off")
                                    .arg(hexOffset(at), hexTag(out->tag)));
            quint64 value = 0;
            for (int i = 0; i < count; ++i)
                value = (value << 8) | p[at++];
            if (value > quint64(std::numeric_limits<qsizetype>::max()))
                return fail(pos + 1,
                            QCoreApplication::translate(
                                "Gpsi::Spnego", "DER element %1 at %2 claims an impossible length")
                                .arg(hexTag(out->tag), hexOffset(pos)));
            length = qsizetype(value);
        }
        if (length > limit - at)
            return fail(pos + 1, QCoreApplication::translate(
                                     "Gpsi::Spnego",
                                     "DER element %1 at %2 claims %3 bytes, but only %4 are left "
                                     "in what encloses it")
                                     .arg(hexTag(out->tag), hexOffset(pos))
                                     .arg(length)
                                     .arg(limit - at));
        out->start = at;
        out->end = at + length;
        return true;
    }

    // Reads the element at `pos` and insists on its tag.
    bool expect(qsizetype pos, qsizetype limit, quint8 tag, const char *what, Tlv *out)
    {
        if (!read(pos, limit, out))
            return false;
        if (out->tag != tag)
            return fail(pos, QCoreApplication::translate("Gpsi::Spnego",
                                                         "wrong DER tag %1 at %2: expected %3 (%4)")
                                 .arg(hexTag(out->tag), hexOffset(pos), hexTag(tag),
                                      QCoreApplication::translate("Gpsi::Spnego", what)));
        return true;
    }

    // An explicit context tag [n] holds exactly one element: read it, and refuse extra bytes.
    bool single(const Tlv &wrapper, quint8 tag, const char *what, Tlv *out)
    {
        if (!expect(wrapper.start, wrapper.end, tag, what, out))
            return false;
        if (out->end != wrapper.end)
            return fail(
                out->end,
                QCoreApplication::translate("Gpsi::Spnego", "%1 trailing bytes after %2 at %3")
                    .arg(wrapper.end - out->end)
                    .arg(QCoreApplication::translate("Gpsi::Spnego", what), hexOffset(out->end)));
        return true;
    }

    bool checkDepth(int depth, qsizetype offset)
    {
        if (depth > MaxDepth)
            return fail(offset, QCoreApplication::translate(
                                    "Gpsi::Spnego", "DER nesting deeper than %1 levels at %2")
                                    .arg(MaxDepth)
                                    .arg(hexOffset(offset)));
        return true;
    }

    // Skips an element nobody asked for, but still checks that every length inside it fits.
    bool validate(const Tlv &t, int depth)
    {
        if (!checkDepth(depth, t.offset))
            return false;
        if (!t.constructed())
            return true;
        qsizetype pos = t.start;
        while (pos < t.end) {
            Tlv child;
            if (!read(pos, t.end, &child) || !validate(child, depth + 1))
                return false;
            pos = child.end;
        }
        return true;
    }

private:
    const QByteArray &m_data;
    WireError m_error;
};

bool setError(WireError *error, const WireError &e)
{
    if (error)
        *error = e;
    return false;
}

QByteArray derLength(qsizetype length)
{
    QByteArray out;
    if (length < 0x80) {
        out.append(char(length));
        return out;
    }
    QByteArray digits;
    for (qsizetype v = length; v > 0; v >>= 8)
        digits.prepend(char(v & 0xFF));
    out.append(char(0x80 | digits.size()));
    out.append(digits);
    return out;
}

QByteArray der(quint8 tag, const QByteArray &contents)
{
    QByteArray out;
    out.append(char(tag));
    out.append(derLength(contents.size()));
    out.append(contents);
    return out;
}

// Parses mechTypes ([0] MechTypeList) into dotted OIDs.
bool parseMechTypes(DerParser &p, const Tlv &wrapper, int depth, QStringList *out)
{
    Tlv list;
    if (!p.checkDepth(depth + 1, wrapper.start) ||
        !p.single(wrapper, TagSequence, QT_TRANSLATE_NOOP("Gpsi::Spnego", "the mechTypes list"),
                  &list))
        return false;
    qsizetype pos = list.start;
    while (pos < list.end) {
        Tlv oid;
        if (!p.checkDepth(depth + 2, pos) ||
            !p.expect(pos, list.end, TagOid, QT_TRANSLATE_NOOP("Gpsi::Spnego", "a mechanism OID"),
                      &oid))
            return false;
        const QString dotted = decodeOid(p.data().mid(oid.start, oid.length()));
        if (dotted.isEmpty())
            return p.fail(oid.offset, QCoreApplication::translate("Gpsi::Spnego",
                                                                  "malformed mechanism OID at %1")
                                          .arg(hexOffset(oid.offset)));
        out->append(dotted);
        pos = oid.end;
    }
    return true;
}

bool parseNegHints(DerParser &p, const Tlv &hints, int depth, QString *hintName)
{
    qsizetype pos = hints.start;
    while (pos < hints.end) {
        Tlv field;
        if (!p.checkDepth(depth + 1, pos) || !p.read(pos, hints.end, &field))
            return false;
        if (field.tag == 0xA0) {
            Tlv name;
            if (!p.checkDepth(depth + 2, field.start) || !p.read(field.start, field.end, &name))
                return false;
            if (name.end != field.end)
                return p.fail(name.end,
                              QCoreApplication::translate(
                                  "Gpsi::Spnego", "trailing bytes after the hint name at %1")
                                  .arg(hexOffset(name.end)));
            if (name.tag != TagGeneralString && name.tag != TagUtf8String &&
                name.tag != TagIa5String)
                return p.fail(name.offset,
                              QCoreApplication::translate(
                                  "Gpsi::Spnego", "wrong DER tag %1 at %2: expected a string "
                                                  "(the hint name)")
                                  .arg(hexTag(name.tag), hexOffset(name.offset)));
            const QByteArray raw = p.data().mid(name.start, name.length());
            *hintName =
                name.tag == TagUtf8String ? QString::fromUtf8(raw) : QString::fromLatin1(raw);
        } else if ((field.tag & 0xC0) == 0x80) {
            if (!p.validate(field, depth + 1))
                return false; // hintAddress and future fields: checked, skipped
        } else {
            return p.fail(field.offset,
                          QCoreApplication::translate("Gpsi::Spnego",
                                                      "unexpected DER tag %1 at %2 in negHints")
                              .arg(hexTag(field.tag), hexOffset(field.offset)));
        }
        pos = field.end;
    }
    return true;
}

// The outermost TLV of a security blob; an empty blob is an error of its own.
bool readOutermost(DerParser &p, const QByteArray &blob, Tlv *top)
{
    if (blob.isEmpty()) {
        p.fail(0,
               QCoreApplication::translate("Gpsi::Spnego", "empty security blob: no SPNEGO token"));
        return false;
    }
    return p.read(0, blob.size(), top);
}

// RFC 2743 3.1: [APPLICATION 0] { thisMech OID, innerContextToken }, or a bare
// NegotiationToken. *init is the NegotiationToken, *depth its nesting depth.
bool unwrapGssToken(DerParser &p, const QByteArray &blob, const Tlv &top, Tlv *init, int *depth)
{
    if (top.tag != TagGssApplication) {
        *init = top;
        return true;
    }
    Tlv mech;
    if (!p.checkDepth(*depth + 1, top.start) ||
        !p.expect(top.start, top.end, TagOid,
                  QT_TRANSLATE_NOOP("Gpsi::Spnego", "the GSS-API mechanism OID"), &mech))
        return false;
    const QString oid = decodeOid(blob.mid(mech.start, mech.length()));
    if (oid != QLatin1String(OidSpnego))
        return p.fail(
            mech.offset,
            QCoreApplication::translate("Gpsi::Spnego", "the GSS-API token is for %1, not SPNEGO")
                .arg(oid.isEmpty() ? QCoreApplication::translate("Gpsi::Spnego", "a malformed OID")
                                   : mechanismName(oid)));
    ++*depth;
    return p.read(mech.end, top.end, init);
}

// One field of the NegTokenInit sequence, at the given depth of the sequence.
bool parseNegTokenInitField(DerParser &p, const QByteArray &blob, const Tlv &field, int depth,
                            NegTokenInit *out)
{
    switch (field.tag) {
    case 0xA0: // mechTypes
        return parseMechTypes(p, field, depth + 1, &out->mechTypes);
    case 0xA2: { // mechToken
        Tlv token;
        const bool ok = p.checkDepth(depth + 2, field.start) &&
                        p.single(field, TagOctetString,
                                 QT_TRANSLATE_NOOP("Gpsi::Spnego", "the mechToken"), &token);
        if (ok)
            out->mechToken = blob.mid(token.start, token.length());
        return ok;
    }
    case 0xA3: { // negHints (MS-SPNG NegTokenInit2) or mechListMIC (RFC 4178)
        Tlv inner;
        bool ok = p.checkDepth(depth + 2, field.start) && p.read(field.start, field.end, &inner);
        if (ok && inner.end != field.end)
            ok = p.fail(inner.end, QCoreApplication::translate(
                                       "Gpsi::Spnego", "trailing bytes after negHints at %1")
                                       .arg(hexOffset(inner.end)));
        if (ok && inner.tag == TagSequence)
            ok = parseNegHints(p, inner, depth + 2, &out->hintName);
        else if (ok && inner.tag != TagOctetString)
            ok = p.fail(
                inner.offset,
                QCoreApplication::translate(
                    "Gpsi::Spnego", "wrong DER tag %1 at %2: expected negHints or a mechListMIC")
                    .arg(hexTag(inner.tag), hexOffset(inner.offset)));
        return ok;
    }
    default:
        if ((field.tag & 0xC0) != 0x80)
            return p.fail(field.offset,
                          QCoreApplication::translate(
                              "Gpsi::Spnego", "unexpected DER tag %1 at %2 in the NegTokenInit")
                              .arg(hexTag(field.tag), hexOffset(field.offset)));
        return p.validate(field, depth + 1); // reqFlags, mechListMIC, later additions
    }
}

} // namespace

bool parseNegTokenInit(const QByteArray &blob, NegTokenInit *out, WireError *error)
{
    *out = NegTokenInit();
    DerParser p(blob);
    Tlv top;
    if (!readOutermost(p, blob, &top))
        return setError(error, p.error());
    int depth = 1;
    Tlv init;
    if (!unwrapGssToken(p, blob, top, &init, &depth))
        return setError(error, p.error());
    if (init.tag != TagNegTokenInit) {
        p.fail(init.offset,
               init.tag == TagNegTokenResp
                   ? QCoreApplication::translate(
                         "Gpsi::Spnego", "the token at %1 is a NegTokenResp, not a NegTokenInit")
                         .arg(hexOffset(init.offset))
                   : QCoreApplication::translate(
                         "Gpsi::Spnego", "wrong DER tag %1 at %2: expected a NegTokenInit (0xa0)")
                         .arg(hexTag(init.tag), hexOffset(init.offset)));
        return setError(error, p.error());
    }
    Tlv seq;
    if (!p.checkDepth(depth + 1, init.start) ||
        !p.single(init, TagSequence, QT_TRANSLATE_NOOP("Gpsi::Spnego", "the NegTokenInit"), &seq))
        return setError(error, p.error());
    depth += 1;
    qsizetype pos = seq.start;
    while (pos < seq.end) {
        Tlv field;
        if (!p.checkDepth(depth + 1, pos) || !p.read(pos, seq.end, &field) ||
            !parseNegTokenInitField(p, blob, field, depth, out))
            return setError(error, p.error());
        pos = field.end;
    }
    return true;
}

bool parseNegTokenResp(const QByteArray &blob, NegTokenResp *out, WireError *error)
{
    *out = NegTokenResp();
    DerParser p(blob);
    Tlv top;
    if (!readOutermost(p, blob, &top))
        return setError(error, p.error());
    if (top.tag != TagNegTokenResp) {
        p.fail(0,
               top.tag == TagGssApplication || top.tag == TagNegTokenInit
                   ? QCoreApplication::translate("Gpsi::Spnego",
                                                 "the token is a NegTokenInit, not a NegTokenResp")
                   : QCoreApplication::translate(
                         "Gpsi::Spnego", "wrong DER tag %1 at 0x0: expected a NegTokenResp (0xa1)")
                         .arg(hexTag(top.tag)));
        return setError(error, p.error());
    }
    Tlv seq;
    if (!p.single(top, TagSequence, QT_TRANSLATE_NOOP("Gpsi::Spnego", "the NegTokenResp"), &seq))
        return setError(error, p.error());
    const int depth = 2;
    qsizetype pos = seq.start;
    while (pos < seq.end) {
        Tlv field;
        if (!p.read(pos, seq.end, &field))
            return setError(error, p.error());
        bool ok = true;
        Tlv inner;
        switch (field.tag) {
        case 0xA0: // negState
            ok = p.single(field, TagEnumerated, QT_TRANSLATE_NOOP("Gpsi::Spnego", "negState"),
                          &inner);
            if (ok && inner.length() != 1)
                ok = p.fail(inner.offset,
                            QCoreApplication::translate(
                                "Gpsi::Spnego", "negState at %1 is %2 bytes long, expected 1")
                                .arg(hexOffset(inner.offset))
                                .arg(inner.length()));
            if (ok)
                out->negState = quint8(blob.at(inner.start));
            break;
        case 0xA1: // supportedMech
            ok =
                p.single(field, TagOid, QT_TRANSLATE_NOOP("Gpsi::Spnego", "supportedMech"), &inner);
            if (ok) {
                out->supportedMech = decodeOid(blob.mid(inner.start, inner.length()));
                if (out->supportedMech.isEmpty())
                    ok = p.fail(inner.offset,
                                QCoreApplication::translate("Gpsi::Spnego",
                                                            "malformed supportedMech OID at %1")
                                    .arg(hexOffset(inner.offset)));
            }
            break;
        case 0xA2: // responseToken
            ok = p.single(field, TagOctetString,
                          QT_TRANSLATE_NOOP("Gpsi::Spnego", "the responseToken"), &inner);
            if (ok)
                out->responseToken = blob.mid(inner.start, inner.length());
            break;
        default:
            if ((field.tag & 0xC0) != 0x80)
                ok = p.fail(field.offset,
                            QCoreApplication::translate(
                                "Gpsi::Spnego", "unexpected DER tag %1 at %2 in the NegTokenResp")
                                .arg(hexTag(field.tag), hexOffset(field.offset)));
            else
                ok = p.validate(field, depth + 1); // mechListMIC, later additions
            break;
        }
        if (!ok)
            return setError(error, p.error());
        pos = field.end;
    }
    return true;
}

QByteArray buildNegTokenInit(const QStringList &mechTypes, const QByteArray &mechToken)
{
    QByteArray oids;
    for (const QString &mech : mechTypes) {
        const QByteArray encoded = encodeOid(mech);
        if (!encoded.isEmpty())
            oids.append(der(TagOid, encoded));
    }
    QByteArray fields = der(0xA0, der(TagSequence, oids));
    if (!mechToken.isEmpty())
        fields.append(der(0xA2, der(TagOctetString, mechToken)));
    QByteArray inner = der(TagOid, encodeOid(QLatin1String(OidSpnego)));
    inner.append(der(TagNegTokenInit, der(TagSequence, fields)));
    return der(TagGssApplication, inner);
}

QByteArray encodeOid(const QString &dotted)
{
    const QStringList parts = dotted.split(QLatin1Char('.'));
    if (parts.size() < 2)
        return {};
    QList<quint64> arcs;
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 20)
            return {};
        for (const QChar c : part) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return {};
        }
        bool ok = false;
        const quint64 v = part.toULongLong(&ok);
        if (!ok)
            return {};
        arcs.append(v);
    }
    if (arcs.at(0) > 2 || (arcs.at(0) < 2 && arcs.at(1) >= 40))
        return {};
    if (arcs.at(1) > std::numeric_limits<quint64>::max() - 80)
        return {};
    QList<quint64> subids;
    subids.append(arcs.at(0) * 40 + arcs.at(1));
    for (qsizetype i = 2; i < arcs.size(); ++i)
        subids.append(arcs.at(i));
    QByteArray out;
    for (const quint64 id : std::as_const(subids)) {
        QByteArray chunk;
        quint64 v = id;
        chunk.prepend(char(v & 0x7F));
        v >>= 7;
        while (v > 0) {
            chunk.prepend(char(0x80 | (v & 0x7F)));
            v >>= 7;
        }
        out.append(chunk);
    }
    return out;
}

QString decodeOid(const QByteArray &contents)
{
    if (contents.isEmpty())
        return {};
    QStringList arcs;
    quint64 value = 0;
    bool fresh = true;
    for (const char ch : contents) {
        const quint8 b = quint8(ch);
        if (fresh && b == 0x80)
            return {}; // non-minimal encoding
        if (value > (std::numeric_limits<quint64>::max() >> 7))
            return {};
        value = (value << 7) | (b & 0x7F);
        fresh = !(b & 0x80);
        if (fresh) {
            if (arcs.isEmpty()) {
                const quint64 first = value < 40 ? 0 : (value < 80 ? 1 : 2);
                arcs << QString::number(first) << QString::number(value - first * 40);
            } else {
                arcs << QString::number(value);
            }
            value = 0;
        }
    }
    if (!fresh)
        return {}; // the last sub-identifier is cut off
    return arcs.join(QLatin1Char('.'));
}

QString mechanismName(const QString &oid)
{
    if (oid == QLatin1String(OidKerberos))
        return QCoreApplication::translate("Gpsi::Spnego", "Kerberos 5");
    if (oid == QLatin1String(OidMsKerberos))
        return QCoreApplication::translate("Gpsi::Spnego", "MS Kerberos 5 (legacy OID)");
    if (oid == QLatin1String(OidKerberosU2U))
        return QCoreApplication::translate("Gpsi::Spnego", "Kerberos 5 user-to-user");
    if (oid == QLatin1String(OidNtlmssp))
        return QStringLiteral("NTLMSSP");
    if (oid == QLatin1String(OidNegoEx))
        return QStringLiteral("NEGOEX");
    if (oid == QLatin1String(OidSpnego))
        return QStringLiteral("SPNEGO");
    return oid;
}

bool isKerberos(const QString &oid)
{
    return oid == QLatin1String(OidKerberos) || oid == QLatin1String(OidMsKerberos) ||
           oid == QLatin1String(OidKerberosU2U);
}

} // namespace Gpsi::Spnego

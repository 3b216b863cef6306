#include "packagepath.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace Gpsi {

namespace {

bool isInvisible(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x200B && u <= 0x200F) || (u >= 0x202A && u <= 0x202E) ||
           (u >= 0x2060 && u <= 0x2069) || u == 0xFEFF || u == 0x061C || u == 0x00AD;
}

bool isControl(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7F || (c.unicode() >= 0x80 && c.unicode() < 0xA0);
}

QString visible(QChar c)
{
    if (isControl(c) || isInvisible(c) || c.isSpace())
        return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
    return QStringLiteral("'%1'").arg(c);
}

bool isReservedDeviceName(const QString &component)
{
    static const QRegularExpression reserved(
        QStringLiteral("^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\\..*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return reserved.match(component).hasMatch();
}

class Parser
{
public:
    explicit Parser(PackagePath &p)
        : m_p(p)
    {}

    void addProblem(const QString &id, const QString &message)
    {
        for (const PackagePath::Problem &existing : std::as_const(m_p.problems)) {
            if (existing.id == id && existing.message == message)
                return;
        }
        m_p.problems.append({id, message});
    }

    // Characters no Windows path component may contain, plus invisible ones pasted from
    // documents and control characters.
    void checkCharacters(const QString &component, const QString &what, const QString &illegal)
    {
        for (QChar c : component) {
            if (isControl(c)) {
                addProblem(QStringLiteral("control-character"),
                           PackagePath::tr("The %1 \"%2\" contains the control character %3.")
                               .arg(what, component, visible(c)));
            } else if (isInvisible(c)) {
                addProblem(QStringLiteral("invisible-character"),
                           PackagePath::tr("The %1 contains the invisible character %2 (often "
                                           "pasted from a document or web page).")
                               .arg(what, visible(c)));
            } else if (illegal.contains(c)) {
                addProblem(QStringLiteral("illegal-character"),
                           PackagePath::tr("The %1 \"%2\" contains %3, which Windows does not "
                                           "allow there.")
                               .arg(what, component, visible(c)));
            }
        }
    }

    void checkComponent(const QString &component, const QString &what)
    {
        checkCharacters(component, what, QStringLiteral("<>:\"|?*"));
        if (component == QLatin1String(".") || component == QLatin1String("..")) {
            addProblem(QStringLiteral("dot-segment"),
                       PackagePath::tr("The path contains a \"%1\" segment; give the plain path "
                                       "to the package.")
                           .arg(component));
            return;
        }
        if (component.endsWith(QLatin1Char('.')) || component.endsWith(QLatin1Char(' '))) {
            addProblem(QStringLiteral("trailing-dot-or-space"),
                       PackagePath::tr("The %1 \"%2\" ends with a dot or space, which Windows "
                                       "strips: the name on disk cannot match.")
                           .arg(what, component));
        }
        if (isReservedDeviceName(component)) {
            addProblem(QStringLiteral("reserved-name"),
                       PackagePath::tr("The %1 \"%2\" is a reserved device name in Windows.")
                           .arg(what, component));
        }
        if (component.size() > PackagePath::MaxComponent) {
            addProblem(QStringLiteral("component-too-long"),
                       PackagePath::tr("A path component is %1 characters long; Windows allows "
                                       "at most %2.")
                           .arg(component.size())
                           .arg(PackagePath::MaxComponent));
        }
    }

    void classifyHost(QString host)
    {
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
        m_p.host = host;
        if (host.isEmpty()) {
            addProblem(QStringLiteral("no-host"), PackagePath::tr("The path names no server."));
            return;
        }
        checkCharacters(host, PackagePath::tr("server name"), QString());
        if (classifyIpv6Literal(host) || classifyColonHost(host) || classifyIpv4(host))
            return;
        classifyName(host);
    }

    // Windows' own way of writing an IPv6 address in a UNC path: '-' for ':' and 's' for the
    // zone separator '%'. True when the host is one.
    bool classifyIpv6Literal(const QString &host)
    {
        static const QString literalSuffix = QStringLiteral(".ipv6-literal.net");
        if (!host.endsWith(literalSuffix, Qt::CaseInsensitive))
            return false;
        QString address = host.chopped(literalSuffix.size());
        address.replace(QLatin1Char('-'), QLatin1Char(':'));
        address.replace(QLatin1Char('s'), QLatin1Char('%'));
        QHostAddress parsed;
        if (!parsed.setAddress(address) || parsed.protocol() != QAbstractSocket::IPv6Protocol)
            return false;
        m_p.hostForm = PackagePath::HostForm::IPv6;
        m_p.loopbackHost = parsed.isLoopback();
        return true;
    }

    // A host with ':' is an IPv6 address in the colon form Windows refuses, or no host at
    // all. True when the host has a colon.
    bool classifyColonHost(const QString &host)
    {
        if (!host.contains(QLatin1Char(':')))
            return false;
        QHostAddress parsed;
        if (parsed.setAddress(host) && parsed.protocol() == QAbstractSocket::IPv6Protocol) {
            m_p.hostForm = PackagePath::HostForm::IPv6;
            m_p.loopbackHost = parsed.isLoopback();
            addProblem(QStringLiteral("ipv6-colon-form"),
                       PackagePath::tr("Windows does not accept an IPv6 address with colons "
                                       "in a UNC path; it must be written as "
                                       "\"%1.ipv6-literal.net\".")
                           .arg(QString(host)
                                    .replace(QLatin1Char(':'), QLatin1Char('-'))
                                    .replace(QLatin1Char('%'), QLatin1Char('s'))));
            return true;
        }
        addProblem(QStringLiteral("bad-host"),
                   PackagePath::tr("The server name \"%1\" contains ':'; a UNC path cannot "
                                   "carry a port or a drive.")
                       .arg(host));
        return true;
    }

    // A dotted quad, or a number the resolver reads as an IPv4 address. True when the host
    // is either.
    bool classifyIpv4(const QString &host)
    {
        static const QRegularExpression ipv4Strict(
            QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$"));
        static const QRegularExpression numeric(QStringLiteral("^[0-9.]+$"));
        static const QRegularExpression hex(QStringLiteral("^0x[0-9a-f]+$"),
                                            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch quad = ipv4Strict.match(host);
        if (quad.hasMatch()) {
            bool inRange = true;
            for (int i = 1; i <= 4; ++i)
                inRange = inRange && quad.captured(i).toInt() <= 255;
            if (inRange) {
                m_p.hostForm = PackagePath::HostForm::IPv4;
                m_p.loopbackHost = host.startsWith(QLatin1String("127."));
                return true;
            }
            addProblem(QStringLiteral("bad-host"),
                       PackagePath::tr("\"%1\" looks like an IPv4 address but a part is above "
                                       "255.")
                           .arg(host));
            return true;
        }
        if (!numeric.match(host).hasMatch() && !hex.match(host).hasMatch())
            return false;
        // 10.1, 167772161, 0x7f000001: the resolver reads these as IPv4 addresses.
        m_p.hostForm = PackagePath::HostForm::IPv4;
        addProblem(QStringLiteral("ipv4-shorthand"),
                   PackagePath::tr("\"%1\" is an abbreviated or numeric IPv4 address; write "
                                   "the server's name instead.")
                       .arg(host));
        QHostAddress parsed;
        m_p.loopbackHost = parsed.setAddress(host) && parsed.isLoopback();
        return true;
    }

    // A DNS or NetBIOS name.
    void classifyName(const QString &host)
    {
        QString name = host;
        if (name.endsWith(QLatin1Char('.')))
            name.chop(1); // an absolute DNS name: the trailing dot is legal
        if (!checkNameCharacters(host, name))
            return;
        const QStringList labels = name.split(QLatin1Char('.'));
        if (name.size() > 253) {
            addProblem(QStringLiteral("bad-host"),
                       PackagePath::tr("The server name is longer than the 253 characters DNS "
                                       "allows."));
        }
        checkLabels(host, labels);
        m_p.hostForm =
            labels.size() > 1 ? PackagePath::HostForm::Fqdn : PackagePath::HostForm::NetBios;
        m_p.loopbackHost = name.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
                           name.startsWith(QLatin1String("localhost."), Qt::CaseInsensitive);
        if (m_p.hostForm == PackagePath::HostForm::NetBios && name.size() > 15) {
            addProblem(QStringLiteral("netbios-too-long"),
                       PackagePath::tr("The short server name \"%1\" is longer than the 15 "
                                       "characters a NetBIOS name can have; use the server's "
                                       "fully qualified DNS name.")
                           .arg(host));
        }
    }

    // Control and invisible characters were reported by checkCharacters already. False when
    // the name holds a character no DNS or NetBIOS name may contain.
    bool checkNameCharacters(const QString &host, const QString &name)
    {
        for (QChar c : name) {
            const bool ok = c.isLetterOrNumber() || c == QLatin1Char('-') ||
                            c == QLatin1Char('_') || c == QLatin1Char('.');
            if (!ok && !isControl(c) && !isInvisible(c)) {
                addProblem(QStringLiteral("bad-host"),
                           PackagePath::tr("The server name \"%1\" contains %2, which no DNS or "
                                           "NetBIOS name may contain.")
                               .arg(host, visible(c)));
                return false;
            }
        }
        return true;
    }

    // Reports the first malformed label only.
    void checkLabels(const QString &host, const QStringList &labels)
    {
        for (const QString &label : labels) {
            if (label.isEmpty()) {
                addProblem(QStringLiteral("bad-host"),
                           PackagePath::tr("The server name \"%1\" has an empty label (two dots "
                                           "in a row, or a leading dot).")
                               .arg(host));
                return;
            }
            if (label.size() > 63) {
                addProblem(QStringLiteral("bad-host"),
                           PackagePath::tr("A label of the server name is longer than 63 "
                                           "characters."));
                return;
            }
            if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-'))) {
                addProblem(QStringLiteral("bad-host"),
                           PackagePath::tr("The server name \"%1\" has a label that starts or "
                                           "ends with '-'.")
                               .arg(host));
                return;
            }
        }
    }

    void classifyShare(const QString &share)
    {
        m_p.share = share;
        checkCharacters(share, PackagePath::tr("share name"), QStringLiteral("\"/[]:|<>+=;,?*"));
        static const QRegularExpression admin(QStringLiteral("^([A-Z]\\$|ADMIN\\$|IPC\\$)$"),
                                              QRegularExpression::CaseInsensitiveOption);
        m_p.administrativeShare = admin.match(share).hasMatch();
        m_p.hiddenShare = !m_p.administrativeShare && share.endsWith(QLatin1Char('$'));
        if (share.size() > 80) {
            addProblem(QStringLiteral("share-too-long"),
                       PackagePath::tr("The share name is longer than the 80 characters Windows "
                                       "allows."));
        }
        if (share.endsWith(QLatin1Char(' ')) || share.startsWith(QLatin1Char(' '))) {
            addProblem(
                QStringLiteral("trailing-dot-or-space"),
                PackagePath::tr("The share name \"%1\" starts or ends with a space.").arg(share));
        }
    }

    // Splits the part after the root into directory and file, checking each component.
    void classifyRest(const QStringList &segments, bool rootIsShare)
    {
        if (segments.isEmpty()) {
            addProblem(QStringLiteral("no-file"),
                       rootIsShare
                           ? PackagePath::tr("The path ends at the share; it must name the "
                                             "package file (for example \\\\%1\\%2\\app.msi).")
                                 .arg(m_p.host, m_p.share)
                           : PackagePath::tr("The path names no package file."));
            return;
        }
        bool trailingSeparator = segments.last().isEmpty();
        QStringList parts = segments;
        if (trailingSeparator)
            parts.removeLast();
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (parts.at(i).isEmpty()) {
                addProblem(QStringLiteral("empty-segment"),
                           PackagePath::tr("The path contains an empty segment (two backslashes "
                                           "in a row)."));
                continue;
            }
            checkComponent(parts.at(i), i + 1 == parts.size() && !trailingSeparator
                                            ? PackagePath::tr("file name")
                                            : PackagePath::tr("folder name"));
        }
        if (trailingSeparator || parts.isEmpty()) {
            addProblem(QStringLiteral("no-file"),
                       PackagePath::tr("The path ends with a backslash: it names a folder, not a "
                                       "package file."));
            parts.removeAll(QString());
            m_p.directory = parts.join(QLatin1Char('\\'));
            return;
        }
        m_p.fileName = parts.last();
        parts.removeLast();
        m_p.directory = parts.join(QLatin1Char('\\'));
        const qsizetype dot = m_p.fileName.lastIndexOf(QLatin1Char('.'));
        if (dot > 0 && dot + 1 < m_p.fileName.size())
            m_p.extension = m_p.fileName.mid(dot + 1).toLower();
        if (m_p.extension.isEmpty())
            m_p.packageType = PackagePath::PackageType::None;
        else if (m_p.extension == QLatin1String("msi"))
            m_p.packageType = PackagePath::PackageType::Msi;
        else if (m_p.extension == QLatin1String("zap"))
            m_p.packageType = PackagePath::PackageType::Zap;
        else if (m_p.extension == QLatin1String("mst"))
            m_p.packageType = PackagePath::PackageType::Mst;
        else if (m_p.extension == QLatin1String("msp"))
            m_p.packageType = PackagePath::PackageType::Msp;
        else
            m_p.packageType = PackagePath::PackageType::Other;
    }

    void parseUnc(const QString &path)
    {
        // path starts with two backslashes
        m_p.kind = PackagePath::Kind::Unc;
        QStringList segments = path.mid(2).split(QLatin1Char('\\'));
        if (segments.first().isEmpty()) {
            m_p.kind = PackagePath::Kind::Malformed;
            addProblem(QStringLiteral("no-host"),
                       PackagePath::tr("The path starts with more than two backslashes or names "
                                       "no server."));
            while (!segments.isEmpty() && segments.first().isEmpty())
                segments.removeFirst();
            if (segments.isEmpty())
                return;
        }
        classifyHost(segments.takeFirst());
        if (segments.isEmpty() || segments.first().isEmpty()) {
            addProblem(
                QStringLiteral("no-share"),
                PackagePath::tr("The path names the server \"%1\" but no share.").arg(m_p.host));
            if (!segments.isEmpty())
                segments.removeFirst();
            if (segments.isEmpty() || segments == QStringList{QString()})
                return;
            classifyRest(segments, false);
            return;
        }
        classifyShare(segments.takeFirst());
        classifyRest(segments, true);
    }

    void parseDrive(const QString &path)
    {
        m_p.kind = PackagePath::Kind::Drive;
        m_p.driveLetter = path.at(0).toUpper();
        QString rest = path.mid(2);
        if (!rest.startsWith(QLatin1Char('\\'))) {
            addProblem(QStringLiteral("drive-relative"),
                       PackagePath::tr("\"%1:\" without a backslash is relative to the current "
                                       "folder of drive %1.")
                           .arg(m_p.driveLetter));
        } else {
            rest = rest.mid(1);
        }
        classifyRest(rest.isEmpty() ? QStringList() : rest.split(QLatin1Char('\\')), false);
    }

    void parseRelative(const QString &path)
    {
        m_p.kind = PackagePath::Kind::Relative;
        QString rest = path;
        while (rest.startsWith(QLatin1Char('\\')))
            rest = rest.mid(1);
        classifyRest(rest.isEmpty() ? QStringList() : rest.split(QLatin1Char('\\')), false);
    }

    void parseUrl(const QString &text, const QString &scheme)
    {
        m_p.scheme = scheme.toLower();
        if (m_p.scheme != QLatin1String("file")) {
            m_p.kind = PackagePath::Kind::WebUrl;
            const QUrl url(text, QUrl::TolerantMode);
            m_p.host = url.host();
            const QString fileName = url.fileName();
            if (!fileName.isEmpty()) {
                QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
                classifyRest(parts, false);
                m_p.problems.removeIf(
                    [](const PackagePath::Problem &p) { return p.id != QLatin1String("no-file"); });
            }
            return;
        }
        m_p.kind = PackagePath::Kind::FileUrl;
        // file://server/share/x.msi, file:///C:/x.msi, file:////server/share/x.msi
        QString rest = text.mid(scheme.size() + 3);
        rest = QUrl::fromPercentEncoding(rest.toUtf8());
        rest.replace(QLatin1Char('/'), QLatin1Char('\\'));
        static const QRegularExpression driveAfterSlash(QStringLiteral("^\\\\?[A-Za-z]:"));
        if (driveAfterSlash.match(rest).hasMatch()) {
            if (rest.startsWith(QLatin1Char('\\')))
                rest = rest.mid(1);
            const PackagePath::Kind keep = PackagePath::Kind::FileUrl;
            parseDrive(rest);
            m_p.kind = keep;
            return;
        }
        while (rest.startsWith(QLatin1Char('\\')))
            rest = rest.mid(1);
        parseUnc(QStringLiteral("\\\\") + rest);
        if (m_p.kind == PackagePath::Kind::Unc)
            m_p.kind = PackagePath::Kind::FileUrl;
    }

private:
    PackagePath &m_p;
};

} // namespace

PackagePath PackagePath::parse(const QString &text)
{
    PackagePath p;
    p.input = text;
    Parser parser(p);

    QString s = text.trimmed();
    static const QList<QPair<QChar, QChar>> quotes = {{u'"', u'"'},
                                                      {u'\'', u'\''},
                                                      {QChar(0x201C), QChar(0x201D)},
                                                      {QChar(0x201E), QChar(0x201C)},
                                                      {QChar(0x00AB), QChar(0x00BB)}};
    for (const auto &q : quotes) {
        if (s.size() >= 2 && s.front() == q.first && s.back() == q.second) {
            s = s.mid(1, s.size() - 2).trimmed();
            p.wasQuoted = true;
            break;
        }
    }
    static const QRegularExpression fileListPrefix(QStringLiteral("^(\\d{1,4}):(?=[\\\\/]{2})"));
    if (const auto m = fileListPrefix.match(s); m.hasMatch()) {
        p.fileListIndex = m.captured(1).toInt();
        s = s.mid(m.capturedLength());
    }
    if (s.isEmpty()) {
        p.kind = Kind::Empty;
        p.normalized.clear();
        parser.addProblem(QStringLiteral("empty"), tr("No package path was given."));
        return p;
    }

    static const QRegularExpression urlScheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]+)://"));
    if (const auto m = urlScheme.match(s); m.hasMatch()) {
        p.normalized = s;
        parser.parseUrl(s, m.captured(1));
    } else {
        p.forwardSlashes = s.contains(QLatin1Char('/'));
        s.replace(QLatin1Char('/'), QLatin1Char('\\'));
        static const QRegularExpression longUnc(QStringLiteral("^\\\\\\\\\\?\\\\UNC\\\\"),
                                                QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression longDrive(QStringLiteral("^\\\\\\\\\\?\\\\[A-Za-z]:"));
        static const QRegularExpression device(QStringLiteral("^\\\\\\\\[.?]\\\\"));
        static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
        if (const auto lm = longUnc.match(s); lm.hasMatch()) {
            p.longPathPrefix = true;
            s = QStringLiteral("\\\\") + s.mid(lm.capturedLength());
        } else if (longDrive.match(s).hasMatch()) {
            p.longPathPrefix = true;
            s = s.mid(4);
        }
        p.normalized = s;
        if (device.match(s).hasMatch()) {
            p.kind = Kind::Device;
            parser.addProblem(
                QStringLiteral("device-path"),
                tr("\"%1\" is a Windows device or volume path, not a file share.").arg(s));
        } else if (s.startsWith(QLatin1String("\\\\"))) {
            parser.parseUnc(s);
        } else if (drive.match(s).hasMatch()) {
            parser.parseDrive(s);
        } else {
            parser.parseRelative(s);
        }
    }
    if (p.normalized.size() > MaxPath) {
        parser.addProblem(QStringLiteral("too-long"),
                          tr("The path is %1 characters long; Windows Installer sources are "
                             "limited to %2.")
                              .arg(p.normalized.size())
                              .arg(MaxPath));
    }
    return p;
}

bool PackagePath::hasProblem(const QString &id) const
{
    for (const Problem &p : problems) {
        if (p.id == id)
            return true;
    }
    return false;
}

QStringList PackagePath::problemIds() const
{
    QStringList ids;
    for (const Problem &p : problems) {
        if (!ids.contains(p.id))
            ids << p.id;
    }
    return ids;
}

QStringList PackagePath::problemMessages() const
{
    QStringList out;
    for (const Problem &p : problems)
        out << p.message;
    return out;
}

QString PackagePath::canonicalUnc() const
{
    if (host.isEmpty() || share.isEmpty() || (kind != Kind::Unc && kind != Kind::FileUrl))
        return {};
    QString out = QStringLiteral("\\\\%1\\%2").arg(host, share);
    if (!directory.isEmpty())
        out += QLatin1Char('\\') + directory;
    if (!fileName.isEmpty())
        out += QLatin1Char('\\') + fileName;
    return out;
}

QString PackagePath::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Empty:
        return QStringLiteral("empty");
    case Kind::Unc:
        return QStringLiteral("unc");
    case Kind::Drive:
        return QStringLiteral("drive");
    case Kind::Relative:
        return QStringLiteral("relative");
    case Kind::FileUrl:
        return QStringLiteral("file-url");
    case Kind::WebUrl:
        return QStringLiteral("url");
    case Kind::Device:
        return QStringLiteral("device");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    }
    return QStringLiteral("malformed");
}

QString PackagePath::hostFormId(HostForm form)
{
    switch (form) {
    case HostForm::None:
        return QStringLiteral("none");
    case HostForm::NetBios:
        return QStringLiteral("netbios");
    case HostForm::Fqdn:
        return QStringLiteral("fqdn");
    case HostForm::IPv4:
        return QStringLiteral("ipv4");
    case HostForm::IPv6:
        return QStringLiteral("ipv6");
    }
    return QStringLiteral("none");
}

QString PackagePath::packageTypeId(PackageType type)
{
    switch (type) {
    case PackageType::None:
        return QStringLiteral("none");
    case PackageType::Msi:
        return QStringLiteral("msi");
    case PackageType::Zap:
        return QStringLiteral("zap");
    case PackageType::Mst:
        return QStringLiteral("mst");
    case PackageType::Msp:
        return QStringLiteral("msp");
    case PackageType::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

QString PackagePath::hostFormTitle() const
{
    switch (hostForm) {
    case HostForm::None:
        return tr("no server");
    case HostForm::NetBios:
        return tr("short (NetBIOS) server name");
    case HostForm::Fqdn:
        return tr("fully qualified server name");
    case HostForm::IPv4:
        return tr("IPv4 address");
    case HostForm::IPv6:
        return tr("IPv6 address");
    }
    return {};
}

QString PackagePath::kindTitle() const
{
    switch (kind) {
    case Kind::Empty:
        return tr("No path");
    case Kind::Unc:
        return tr("UNC path with a %1").arg(hostFormTitle());
    case Kind::Drive:
        return tr("Drive-letter path (%1:)").arg(driveLetter);
    case Kind::Relative:
        return tr("Relative path");
    case Kind::FileUrl:
        return host.isEmpty() ? tr("file:// URL to a local file") : tr("file:// URL to a share");
    case Kind::WebUrl:
        return tr("%1 URL").arg(scheme);
    case Kind::Device:
        return tr("Windows device path");
    case Kind::Malformed:
        return tr("Malformed path");
    }
    return {};
}

} // namespace Gpsi

#include "packagepathcheck.h"

#include <QLoggingCategory>

#include "engine/packagepath.h"
#include "probes/localdrives.h"

Q_LOGGING_CATEGORY(lcPackagePath, "gpsi.checks.packagepath", QtInfoMsg)

namespace Gpsi {

namespace {

// The form of the path as written: what was given, how it normalises, what is wrong with it.
void addFormFacts(const PackagePath &p, const QString &evidence, CheckContext &ctx)
{
    ctx.addFact(QStringLiteral("path.input"), p.input, evidence);
    ctx.addFact(QStringLiteral("path.normalized"), p.normalized, evidence);
    ctx.addFact(QStringLiteral("path.kind"), PackagePath::kindId(p.kind), evidence);
    ctx.addFact(QStringLiteral("path.malformed"), p.isMalformed(), evidence);
    ctx.addFact(QStringLiteral("path.valid"), !p.isMalformed(), evidence);
    ctx.addFact(QStringLiteral("path.problems"), p.problemIds(), evidence);
    if (!p.problems.isEmpty()) {
        ctx.addFact(QStringLiteral("path.problems.text"),
                    p.problemMessages().join(QLatin1Char(' ')), evidence);
    }
    ctx.addFact(QStringLiteral("path.length"), qint64(p.normalized.size()), evidence);
    ctx.addFact(QStringLiteral("path.quoted"), p.wasQuoted, evidence);
    ctx.addFact(QStringLiteral("path.long-prefix"), p.longPathPrefix, evidence);
    ctx.addFact(QStringLiteral("path.forward-slashes"), p.forwardSlashes, evidence);
    if (p.fileListIndex >= 0)
        ctx.addFact(QStringLiteral("path.filelist.index"), qint64(p.fileListIndex), evidence);
    if (!p.scheme.isEmpty())
        ctx.addFact(QStringLiteral("path.url.scheme"), p.scheme, evidence);
}

// The parts the path names: server, share, directory, file, and the UNC form it should have.
void addPartFacts(const PackagePath &p, const QString &evidence, CheckContext &ctx)
{
    if (!p.host.isEmpty()) {
        ctx.addFact(QStringLiteral("path.host"), p.host, evidence);
        ctx.addFact(QStringLiteral("path.host.form"), PackagePath::hostFormId(p.hostForm),
                    evidence);
        ctx.addFact(QStringLiteral("path.host.loopback"), p.loopbackHost, evidence);
    }
    if (!p.share.isEmpty()) {
        ctx.addFact(QStringLiteral("path.share"), p.share, evidence);
        ctx.addFact(QStringLiteral("path.share.administrative"), p.administrativeShare, evidence);
        ctx.addFact(QStringLiteral("path.share.hidden"), p.hiddenShare, evidence);
    }
    if (!p.directory.isEmpty())
        ctx.addFact(QStringLiteral("path.directory"), p.directory, evidence);
    if (!p.fileName.isEmpty()) {
        ctx.addFact(QStringLiteral("path.file"), p.fileName, evidence);
        ctx.addFact(QStringLiteral("path.extension"), p.extension, evidence);
    }
    if (p.kind != PackagePath::Kind::Empty && p.kind != PackagePath::Kind::Device &&
        p.kind != PackagePath::Kind::Malformed) {
        ctx.addFact(QStringLiteral("path.package.type"), PackagePath::packageTypeId(p.packageType),
                    evidence);
    }
    const QString suggested = p.canonicalUnc();
    if (!suggested.isEmpty() && suggested != p.normalized)
        ctx.addFact(QStringLiteral("path.unc.suggested"), suggested, evidence);
}

// Whether a drive letter is local or mapped. Returns "local" or "mapped", or nothing for a
// path without a drive letter.
QString addDriveFacts(const PackagePath &p, const QString &evidence, CheckContext &ctx)
{
    if (p.driveLetter.isNull())
        return QString();
    QString driveKind;
    const DriveType type = localDriveType(p.driveLetter.unicode());
    const QString typeId = QString::fromLatin1(driveTypeId(type));
    // On Windows the OS says whether the letter is a network drive. Elsewhere (or for a
    // letter not present here) judge by the letter: A-C are local by convention, later
    // letters are what the Browse button over a mapped drive produces.
    QString source = QStringLiteral("os");
    if (type == DriveType::Remote) {
        driveKind = QStringLiteral("mapped");
    } else if (type == DriveType::Unknown || type == DriveType::NotPresent) {
        driveKind =
            p.driveLetter.unicode() <= u'C' ? QStringLiteral("local") : QStringLiteral("mapped");
        source = QStringLiteral("letter");
    } else {
        driveKind = QStringLiteral("local");
    }
    const QString driveEvidence =
        source == QLatin1String("os")
            ? PackagePathCheck::tr("drive %1: is %2 on this machine").arg(p.driveLetter).arg(typeId)
            : PackagePathCheck::tr("drive %1: judged by its letter (drive type %2 here)")
                  .arg(p.driveLetter)
                  .arg(typeId);
    ctx.addFact(QStringLiteral("path.drive.letter"), QString(p.driveLetter), evidence);
    ctx.addFact(QStringLiteral("path.drive.type"), typeId, driveEvidence);
    ctx.addFact(QStringLiteral("path.drive.kind"), driveKind, driveEvidence);
    ctx.addFact(QStringLiteral("path.drive.kind.source"), source, driveEvidence);
    return driveKind;
}

// A UNC path can still name the server badly, the wrong share or not a package.
CheckResult uncVerdict(const PackagePath &p, const QStringList &lines)
{
    if (p.hostForm == PackagePath::HostForm::IPv4 || p.hostForm == PackagePath::HostForm::IPv6)
        return CheckResult::fail(
            PackagePathCheck::tr("UNC path names the server by IP address (%1).").arg(p.host),
            lines);
    if (p.isMalformed())
        return CheckResult::fail(PackagePathCheck::tr("The UNC path is malformed."), lines);
    if (p.administrativeShare)
        return CheckResult::fail(
            PackagePathCheck::tr("UNC path to the administrative share %1.").arg(p.share), lines);
    if (p.packageType != PackagePath::PackageType::Msi)
        return CheckResult::fail(
            p.extension.isEmpty()
                ? PackagePathCheck::tr("The path does not name a Windows Installer package (.msi).")
                : PackagePathCheck::tr("The file is a .%1, not a Windows Installer package (.msi).")
                      .arg(p.extension),
            lines);
    if (p.loopbackHost)
        return CheckResult::fail(
            PackagePathCheck::tr("UNC path names this computer (%1), not a server.").arg(p.host),
            lines);
    if (p.hostForm == PackagePath::HostForm::NetBios)
        return CheckResult::warning(
            PackagePathCheck::tr(
                "UNC path with the short name %1; a fully qualified name is preferred.")
                .arg(p.host),
            lines);
    return CheckResult::pass(
        PackagePathCheck::tr("UNC path with the fully qualified name %1.").arg(p.host), lines);
}

CheckResult verdict(const PackagePath &p, const QString &driveKind)
{
    QStringList lines = p.problemMessages();
    lines.prepend(PackagePathCheck::tr("form: %1").arg(p.kindTitle()));
    switch (p.kind) {
    case PackagePath::Kind::Empty:
        return CheckResult::fail(PackagePathCheck::tr("No package path was given."), lines);
    case PackagePath::Kind::Device:
    case PackagePath::Kind::Malformed:
        return CheckResult::fail(PackagePathCheck::tr("The package path is malformed."), lines);
    case PackagePath::Kind::Drive:
        return CheckResult::fail(
            driveKind == QLatin1String("mapped")
                ? PackagePathCheck::tr("Mapped drive letter %1: instead of a UNC path.")
                      .arg(p.driveLetter)
                : PackagePathCheck::tr("Local path on drive %1: instead of a UNC path.")
                      .arg(p.driveLetter),
            lines);
    case PackagePath::Kind::Relative:
        return CheckResult::fail(PackagePathCheck::tr("Relative path instead of a UNC path."),
                                 lines);
    case PackagePath::Kind::WebUrl:
        return CheckResult::fail(
            PackagePathCheck::tr("%1 URL instead of a UNC path.").arg(p.scheme), lines);
    case PackagePath::Kind::FileUrl:
        return CheckResult::fail(PackagePathCheck::tr("file:// URL instead of a UNC path."), lines);
    case PackagePath::Kind::Unc:
        break;
    }
    return uncVerdict(p, lines);
}

} // namespace

CheckResult PackagePathCheck::run(CheckContext &ctx)
{
    const PackagePath p = PackagePath::parse(ctx.subject());
    const QString evidence = tr("as given: %1").arg(p.input);
    qCDebug(lcPackagePath) << "classified" << p.input << "as" << PackagePath::kindId(p.kind);

    addFormFacts(p, evidence, ctx);
    addPartFacts(p, evidence, ctx);
    const QString driveKind = addDriveFacts(p, evidence, ctx);
    return verdict(p, driveKind);
}

} // namespace Gpsi

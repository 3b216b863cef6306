#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Gpsi {

// The form of a package path as an admin typed or pasted it, classified without touching the
// network: UNC (and the form of its host), drive letter, relative, URL, device path; the share,
// the file and its extension; and every way in which it is malformed.
struct PackagePath
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::PackagePath)

public:
    enum class Kind { Empty, Unc, Drive, Relative, FileUrl, WebUrl, Device, Malformed };
    enum class HostForm { None, NetBios, Fqdn, IPv4, IPv6 };
    enum class PackageType { None, Msi, Zap, Mst, Msp, Other };

    struct Problem
    {
        QString id;      // stable: "empty-segment", "illegal-character", "too-long", ...
        QString message; // translated, for people
    };

    QString input;      // exactly as given
    QString normalized; // trimmed, unquoted, index prefix removed, backslashes
    Kind kind = Kind::Empty;
    HostForm hostForm = HostForm::None;
    QString host;
    QString share;
    QString directory; // between share (or drive root) and the file, backslash-separated
    QString fileName;
    QString extension; // lower case, without the dot
    PackageType packageType = PackageType::None;
    QChar driveLetter;
    QString scheme;                   // for URLs
    bool administrativeShare = false; // C$, ADMIN$, IPC$
    bool hiddenShare = false;         // ends in $ (and is not administrative)
    bool loopbackHost = false;        // localhost, 127.x, ::1
    bool longPathPrefix = false;      // \\?\ or \\?\UNC\ form
    bool forwardSlashes = false;
    bool wasQuoted = false;
    int fileListIndex = -1; // the "0:" of an msiFileList value, when pasted with it
    QList<Problem> problems;

    static PackagePath parse(const QString &text);

    bool isUnc() const { return kind == Kind::Unc || (kind == Kind::FileUrl && !host.isEmpty()); }
    bool isMalformed() const { return !problems.isEmpty() || kind == Kind::Malformed; }
    bool hasProblem(const QString &id) const;
    QStringList problemIds() const;
    QStringList problemMessages() const;

    // The path rebuilt as \\host\share\dir\file (for URLs and long-path forms), or empty.
    QString canonicalUnc() const;

    static QString kindId(Kind kind);
    static QString hostFormId(HostForm form);
    static QString packageTypeId(PackageType type);
    QString kindTitle() const;     // translated one-liner: "UNC path with a fully qualified name"
    QString hostFormTitle() const; // translated

    static constexpr int MaxPath = 259; // MAX_PATH less the terminating NUL
    static constexpr int MaxComponent = 255;
};

} // namespace Gpsi

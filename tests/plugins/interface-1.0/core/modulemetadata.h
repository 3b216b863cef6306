#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Gpsi {

// The JSON metadata every check module ships (built-in or plugin), validated before use.
struct ModuleMetadata
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::ModuleMetadata)

public:
    enum class Scope { Package, Case };

    QString id;
    QString title;
    QString description;
    QString category;
    QString version;
    QStringList requiredFacts;
    // Facts the module reads when they exist ("uses"): it runs after the modules that provide
    // them, but runs without them too (a Kerberos check still asks the KDC when the name did
    // not resolve).
    QStringList usedFacts;
    QStringList providedFacts; // may end in ".*" to provide a family of keys
    QStringList platforms;     // "any", "windows", "linux", "macos"
    Scope scope = Scope::Package;
    QString source; // "built-in" or the plugin file it came from

    // Parses and validates; on failure returns false and fills `errors` with one line per
    // problem, each naming the offending field.
    static bool fromJson(const QJsonObject &object, ModuleMetadata *out, QStringList *errors);
    QJsonObject toJson() const;

    bool provides(const QString &factKey) const;
    bool supportsCurrentPlatform() const;
    static QString currentPlatform();
    static const QStringList &knownCategories();
    static const QStringList &knownPlatforms();
    static bool isValidFactKey(const QString &key, bool allowWildcard);
};

} // namespace Gpsi

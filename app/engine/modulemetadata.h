#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "factdeclaration.h"

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
    // The facts it provides, each declared with type, allowed values or range, whether it is
    // optional and what it means; providedFacts lists their keys ("x.*" for a family).
    QList<FactDeclaration> declarations;
    QStringList providedFacts;
    QStringList platforms; // "any", "windows", "linux", "macos"
    Scope scope = Scope::Package;
    QString source; // "built-in" or the plugin file it came from

    // Parses and validates; on failure returns false and fills `errors` with one line per
    // problem, each naming the offending field.
    static bool fromJson(const QJsonObject &object, ModuleMetadata *out, QStringList *errors);
    QJsonObject toJson() const;

    bool provides(const QString &factKey) const { return declaration(factKey) != nullptr; }
    const FactDeclaration *declaration(const QString &factKey) const;
    // Whether the module may read the fact: it requires or uses it.
    bool reads(const QString &factKey) const;
    bool supportsCurrentPlatform() const;
    static QString currentPlatform();
    static const QStringList &knownCategories();
    static const QStringList &knownPlatforms();
    static bool isValidFactKey(const QString &key, bool allowWildcard);
};

} // namespace Gpsi

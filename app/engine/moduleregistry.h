#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

#include "checkmodule.h"
#include "factcontract.h"
#include "modulemetadata.h"

namespace Gpsi {

struct ModuleDescriptor
{
    ModuleMetadata metadata;
    std::function<std::unique_ptr<CheckModule>()> create;
};

struct ModuleLoadError
{
    QString source;  // "built-in" or a plugin file
    QString message; // one line saying what is wrong
};

// Knows every usable check module: built-in ones registered by the application, third-party
// ones loaded from plugin folders. A module with broken metadata, a wrong interface version or
// a duplicate id is skipped with an error; nothing here crashes on a bad plugin.
class ModuleRegistry
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::ModuleRegistry)

public:
    // Registers a module from its JSON metadata and a factory. Returns false (and records the
    // error) when the metadata is invalid or the id is taken.
    bool registerModule(const QJsonObject &metadata,
                        std::function<std::unique_ptr<CheckModule>()> factory,
                        const QString &source = QStringLiteral("built-in"));
    // Same, with the metadata read from a file or Qt resource.
    bool registerModuleFromFile(const QString &metadataFile,
                                std::function<std::unique_ptr<CheckModule>()> factory);

    // Loads every plugin (shared library) in the folder. Returns the number loaded.
    int loadPlugins(const QString &directory);
    // Loads one plugin file. Returns false and records the error on any problem.
    bool loadPlugin(const QString &fileName);

    // Folders searched for third-party modules: $GPSI_CHECK_PLUGIN_PATH (':'-separated), then
    // <application dir>/../lib/gpsi-doctor/checks and <application dir>/checks.
    static QStringList defaultPluginDirectories();

    const QList<ModuleDescriptor> &modules() const { return m_modules; }
    const ModuleDescriptor *find(const QString &id) const;
    const QList<ModuleLoadError> &errors() const { return m_errors; }
    // Every fact the registered modules (or the given ones) declare.
    FactContract contract() const { return contractOf(m_modules); }
    static FactContract contractOf(const QList<ModuleDescriptor> &modules);
    // Once every module is registered: drops each module whose "requires" or "uses" names a
    // fact no registered module declares, with an error naming the fact.
    void checkFactReferences();

    // The errors as "source: message" lines, as the report and the wizard list them.
    QStringList errorLines() const;

private:
    bool add(const QJsonObject &metadata, std::function<std::unique_ptr<CheckModule>()> factory,
             const QString &source);

    QList<ModuleDescriptor> m_modules;
    QList<ModuleLoadError> m_errors;
};

} // namespace Gpsi

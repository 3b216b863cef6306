#include "builtinmodules.h"

#include "engine/moduleregistry.h"
#include "events/eventscheck.h"
#include "kerberos/kerberoscheck.h"
#include "nameresolution/nameresolutioncheck.h"
#include "packagepath/packagepathcheck.h"
#include "smbserver/smbservercheck.h"

namespace Gpsi {

void registerBuiltinModules(ModuleRegistry &registry)
{
    registry.registerModuleFromFile(QStringLiteral(":/gpsi/checks/packagepath/packagepath.json"),
                                    [] { return std::make_unique<PackagePathCheck>(); });
    registry.registerModuleFromFile(
        QStringLiteral(":/gpsi/checks/nameresolution/nameresolution.json"),
        [] { return std::make_unique<NameResolutionCheck>(); });
    registry.registerModuleFromFile(QStringLiteral(":/gpsi/checks/smbserver/smbserver.json"),
                                    [] { return std::make_unique<SmbServerCheck>(); });
    registry.registerModuleFromFile(QStringLiteral(":/gpsi/checks/kerberos/kerberos.json"),
                                    [] { return std::make_unique<KerberosCheck>(); });
    registry.registerModuleFromFile(QStringLiteral(":/gpsi/checks/events/events.json"),
                                    [] { return std::make_unique<EventsCheck>(); });
}

void setUpModuleRegistry(ModuleRegistry &registry, const QStringList &extraPluginDirs)
{
    registerBuiltinModules(registry);
    for (const QString &dir : ModuleRegistry::defaultPluginDirectories() + extraPluginDirs)
        registry.loadPlugins(dir);
    registry.checkFactReferences();
}

} // namespace Gpsi

#pragma once

#include <QStringList>

namespace Gpsi {

class ModuleRegistry;

// Registers the check modules compiled into GPSI Doctor, each from its JSON metadata.
void registerBuiltinModules(ModuleRegistry &registry);

// The registry every use of the tool runs with (command line, wizard, demo): the built-in
// modules, then the plugins in the default folders and in extraPluginDirs. Problems are kept
// in registry.errors().
void setUpModuleRegistry(ModuleRegistry &registry, const QStringList &extraPluginDirs = {});

} // namespace Gpsi

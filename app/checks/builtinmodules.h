#pragma once

namespace Gpsi {

class ModuleRegistry;

// Registers the check modules compiled into GPSI Doctor, each from its JSON metadata.
void registerBuiltinModules(ModuleRegistry &registry);

} // namespace Gpsi

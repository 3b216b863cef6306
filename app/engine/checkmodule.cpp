#include "checkmodule.h"

namespace Gpsi {

// Out of line, so each interface's vtable and type information live in the engine once.
CheckContext::~CheckContext() = default;
CheckModule::~CheckModule() = default;
CheckModuleFactory::~CheckModuleFactory() = default;

} // namespace Gpsi

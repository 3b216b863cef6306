// Compiled with the event-log layer's include folders only (tests/CMakeLists.txt,
// style.layers-enforced): the engine sits above that layer, so this must not compile.
#include "engine/case.h"

#include "localdrives.h"

namespace Gpsi {

DriveType localDriveType(char16_t)
{
    return DriveType::Unknown;
}

} // namespace Gpsi

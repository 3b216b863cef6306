#include "localdrives.h"

namespace Gpsi {

const char *driveTypeId(DriveType type)
{
    switch (type) {
    case DriveType::Unknown:
        return "unknown";
    case DriveType::Fixed:
        return "fixed";
    case DriveType::Removable:
        return "removable";
    case DriveType::Remote:
        return "remote";
    case DriveType::CdRom:
        return "cdrom";
    case DriveType::RamDisk:
        return "ramdisk";
    case DriveType::NotPresent:
        return "not-present";
    }
    return "unknown";
}

} // namespace Gpsi

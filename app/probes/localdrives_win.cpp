#include "localdrives.h"

#include <windows.h>

namespace Gpsi {

DriveType localDriveType(char16_t letter)
{
    if (letter >= u'a' && letter <= u'z')
        letter = char16_t(letter - u'a' + u'A');
    if (letter < u'A' || letter > u'Z')
        return DriveType::Unknown;
    const wchar_t root[] = {wchar_t(letter), L':', L'\\', 0};
    switch (GetDriveTypeW(root)) {
    case DRIVE_FIXED:
        return DriveType::Fixed;
    case DRIVE_REMOVABLE:
        return DriveType::Removable;
    case DRIVE_REMOTE:
        return DriveType::Remote;
    case DRIVE_CDROM:
        return DriveType::CdRom;
    case DRIVE_RAMDISK:
        return DriveType::RamDisk;
    case DRIVE_NO_ROOT_DIR:
        return DriveType::NotPresent;
    default:
        return DriveType::Unknown;
    }
}

} // namespace Gpsi

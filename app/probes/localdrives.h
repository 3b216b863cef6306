#pragma once

// Platform seam, free of Qt so that the Windows side compiles with a bare mingw-w64.
namespace Gpsi {

enum class DriveType { Unknown, Fixed, Removable, Remote, CdRom, RamDisk, NotPresent };

// What a drive letter is on this machine (GetDriveTypeW on Windows). Elsewhere drive letters
// do not exist and the answer is Unknown.
DriveType localDriveType(char16_t letter);

// Stable id: "unknown", "fixed", "removable", "remote", "cdrom", "ramdisk", "not-present".
const char *driveTypeId(DriveType type);

} // namespace Gpsi

; GPSI Doctor setup program (NSIS 3, Unicode, Modern UI 2).
;
;   makensis -DVERSION=0.1.0 -DDEPLOY=/path/to/deploy -DOUTFILE=/path/gpsi-doctor-0.1.0-setup.exe \
;            packaging/windows/installer.nsi
;
; VERSION  numeric major.minor.patch[.build] (make-installers.sh takes major.minor.patch only:
;          Windows Installer ignores a fourth field, and both installers carry one version)
; DEPLOY   the self-contained Windows folder (gpsi-doctor.exe, DLLs, plugin subfolders, ...);
;          everything in it is installed, recursively
; OUTFILE  the setup program to write
;
; Per-machine install into "C:\Program Files\GPSI Doctor", a Start-menu shortcut for all users,
; an entry in Programs and Features, silent install and uninstall with /S. Installing over an
; installed copy (the same or an older version; a newer one only when the user agrees, never
; with /S) first runs the installed uninstaller silently, so files an older version shipped and
; this one does not are removed too.
;
; The build host is POSIX (Debian): the uninstall list below is made with find, sort and awk.

Unicode true
; A 64-bit setup program: the application is x64 only, and a 64-bit installer sees the native
; Program Files folder and registry view without redirection (it also runs on a Wine that has
; no 32-bit support, which is what the tests use). The SetRegView 64 calls below keep the
; script right if the stub is ever changed back to x86-unicode.
Target amd64-unicode
; COMPRESSOR may be given as zlib for quick test builds (lzma takes ~20 s for a Qt deploy).
!ifdef COMPRESSOR
    SetCompressor /SOLID ${COMPRESSOR}
!else
    SetCompressor /SOLID lzma
!endif
RequestExecutionLevel admin
ManifestSupportedOS all
ManifestDPIAware true

!macro REQUIRE_DEFINE NAME
    !ifndef ${NAME}
        !error "${NAME} is not defined: makensis -DVERSION=0.1.0 -DDEPLOY=dir -DOUTFILE=x.exe installer.nsi"
    !endif
!macroend
!insertmacro REQUIRE_DEFINE VERSION
!insertmacro REQUIRE_DEFINE DEPLOY
!insertmacro REQUIRE_DEFINE OUTFILE

!define PRODUCT     "GPSI Doctor"
!define PUBLISHER   "GPSI Doctor maintainers"
!define EXE         "gpsi-doctor.exe"
!define UNINST_EXE  "uninstall.exe"
!define UNINST_KEY  "Software\Microsoft\Windows\CurrentVersion\Uninstall\GPSIDoctor"
!define SHORTCUT    "$SMPROGRAMS\${PRODUCT}.lnk"

!include MUI2.nsh
!include LogicLib.nsh
!include WordFunc.nsh
!include x64.nsh

Name "${PRODUCT} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${PRODUCT}"
; An installed copy's folder is the default, so an upgrade replaces it where it is.
InstallDirRegKey HKLM "${UNINST_KEY}" "InstallLocation"
BrandingText "${PRODUCT} ${VERSION}"

; Version resource of the setup program: VIProductVersion needs exactly four numbers.
!searchparse /noerrors "${VERSION}" "" V_MAJOR "." V_MINOR "." V_PATCH "." V_BUILD
!ifndef V_BUILD
    !define V_BUILD 0
!endif
VIProductVersion "${V_MAJOR}.${V_MINOR}.${V_PATCH}.${V_BUILD}"
VIAddVersionKey /LANG=0 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "${PRODUCT} setup"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

; The uninstaller deletes exactly the files and folders of DEPLOY, listed here at build time,
; then removes $INSTDIR only if it is empty (RMDir without /r). That is safe for any folder the
; user may have picked, e.g. "C:\Tools" holding other programs, which a guarded RMDir /r on
; $INSTDIR could not promise. Files are deleted first, then folders deepest first (reverse
; sort puts "a\b" before "a"). Names holding a double quote or a dollar sign, which would need
; NSIS escaping, stop the build. (makensis turns backslashes in !system commands into slashes
; on POSIX, hence chr(92) and chr(34) from awk's sprintf.)
!tempfile UNINST_LIST
!system `cd "${DEPLOY}" && { find . -type f | LC_ALL=C sort; find . -mindepth 1 -type d | LC_ALL=C sort -r | sed 's|^|D|'; } | awk 'BEGIN { bs = sprintf("%c", 92); q = sprintf("%c", 34); n = 0 } { dir = (substr($0, 1, 1) == "D"); p = substr($0, dir ? 4 : 3); if (index(p, q) || index(p, "$")) { print "unsupported file name: " p > "/dev/stderr"; exit 3 } gsub("/", bs, p); print (dir ? "RMDir " : "Delete ") q "$INSTDIR" bs p q; n++ } END { if (n == 0) exit 4 }' > "${UNINST_LIST}"` = 0

; EstimatedSize for Programs and Features, in KiB: what DEPLOY holds (measuring $INSTDIR at
; install time would also count whatever else a user-picked folder holds).
!tempfile SIZE_FILE
!system `du -s -k --apparent-size "${DEPLOY}" | cut -f1 | tr -d '[:space:]' > "${SIZE_FILE}"` = 0
!define /file SIZE_KB "${SIZE_FILE}"
!delfile "${SIZE_FILE}"

!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_NOAUTOCLOSE
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "German"

Function .onInit
    SetShellVarContext all
    SetRegView 64
    ${IfNot} ${RunningX64}
        MessageBox MB_OK|MB_ICONSTOP "${PRODUCT} needs 64-bit Windows." /SD IDOK
        Abort
    ${EndIf}
    ; Refuse a downgrade unless the user says so (silent: refuse, exit code 2), as the MSI does.
    ReadRegStr $0 HKLM "${UNINST_KEY}" "DisplayVersion"
    ${If} $0 != ""
        ${VersionCompare} "$0" "${VERSION}" $1
        ${If} $1 == 1
            MessageBox MB_YESNO|MB_ICONEXCLAMATION \
                "${PRODUCT} $0 is installed, which is newer than ${VERSION}. Replace it with ${VERSION}?" \
                /SD IDNO IDYES +2
            Abort
        ${EndIf}
    ${EndIf}
FunctionEnd

Function un.onInit
    SetShellVarContext all
    SetRegView 64
FunctionEnd

; Removes an installed copy (any version) with its own uninstaller, silently and in place
; (_?= keeps it from copying itself to %TEMP%, so ExecWait really waits for it), so that files
; the old version shipped and this one does not are gone after the upgrade.
Function RemovePrevious
    ReadRegStr $0 HKLM "${UNINST_KEY}" "InstallLocation"
    ${If} $0 == ""
    ${OrIfNot} ${FileExists} "$0\${UNINST_EXE}"
        Return
    ${EndIf}
    DetailPrint "Removing the installed copy in $0"
    ExecWait '"$0\${UNINST_EXE}" /S _?=$0' $1
    ${If} $1 != 0
        DetailPrint "The old uninstaller returned $1; installing over the old files"
    ${EndIf}
    ; Run in place, the old uninstaller cannot delete itself or, therefore, its folder.
    Delete "$0\${UNINST_EXE}"
    RMDir "$0"
FunctionEnd

Section "GPSI Doctor" SecMain
    SectionIn RO
    SetRegView 64
    Call RemovePrevious

    SetOutPath "$INSTDIR"
    File /r "${DEPLOY}/*"
    WriteUninstaller "$INSTDIR\${UNINST_EXE}"

    CreateShortcut "${SHORTCUT}" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0 SW_SHOWNORMAL "" \
        "Diagnose Group Policy software installation failures"

    WriteRegStr HKLM "${UNINST_KEY}" "DisplayName" "${PRODUCT}"
    WriteRegStr HKLM "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr HKLM "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
    WriteRegStr HKLM "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr HKLM "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
    WriteRegStr HKLM "${UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINST_EXE}"'
    WriteRegStr HKLM "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINST_EXE}" /S'
    WriteRegDWORD HKLM "${UNINST_KEY}" "NoModify" 1
    WriteRegDWORD HKLM "${UNINST_KEY}" "NoRepair" 1
    WriteRegDWORD HKLM "${UNINST_KEY}" "VersionMajor" ${V_MAJOR}
    WriteRegDWORD HKLM "${UNINST_KEY}" "VersionMinor" ${V_MINOR}
    WriteRegDWORD HKLM "${UNINST_KEY}" "EstimatedSize" ${SIZE_KB}
SectionEnd

Section "Uninstall"
    SetRegView 64
    Delete "${SHORTCUT}"
    !include "${UNINST_LIST}"
    Delete "$INSTDIR\${UNINST_EXE}"
    RMDir "$INSTDIR"
    DeleteRegKey HKLM "${UNINST_KEY}"
SectionEnd

!delfile "${UNINST_LIST}"

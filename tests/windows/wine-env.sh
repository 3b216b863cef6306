# Sourced by every script that runs the Windows build under Wine (ctest's emulator, the CLI and
# installer tests). Sets up one Wine prefix without Mono or Gecko, Windows version 10, quiet:
#   WINEPREFIX   kept when set (a folder that may not exist yet), else a fresh temp folder
#   GPSI_WINE    the wine launcher
#   wine_path P  prints the Windows form (Y:\...) of the Unix path P
# Returns non-zero (with one line on stderr) when Wine is not installed.
GPSI_WINE=$(command -v wine || command -v wine64 || true)
if [ -z "$GPSI_WINE" ]; then
    echo "wine-env: SKIP: Wine is not installed (apt-get install wine wine64)" >&2
    return 1 2>/dev/null || exit 1
fi
export WINEDEBUG=${WINEDEBUG:--all}
export WINEDLLOVERRIDES="mscoree,mshtml="
export WINEARCH=win64
: "${WINEPREFIX:=$(mktemp -d /tmp/gpsi-wine.XXXXXX)}"
export WINEPREFIX
# Creating a prefix takes 5-10 s; a marker says it is complete (a killed wineboot leaves half).
# Tests run in parallel: the first one creates it under a lock, the others wait.
if [ ! -e "$WINEPREFIX/.gpsi-ready" ]; then
    mkdir -p "$WINEPREFIX"
    (
        flock 9
        if [ ! -e "$WINEPREFIX/.gpsi-ready" ]; then
            "$GPSI_WINE" wineboot -i >/dev/null 2>&1 || true
            "$GPSI_WINE" reg add 'HKCU\Software\Wine' /v Version /d win10 /f >/dev/null 2>&1
            # Drive letters as on a typical Windows desktop, so that tests mean the same on both
            # platforms: Wine puts the Unix root on Z:, where the tests' Z:\apps\office.msi
            # would then be a local drive; here it is Y: and Z: does not exist (judged by its
            # letter, as on Linux). N: is a network drive (GetDriveTypeW: DRIVE_REMOTE).
            "$(dirname "$GPSI_WINE")/wineserver" -k 2>/dev/null || true
            rm -f "$WINEPREFIX/dosdevices/z:"
            ln -sfn / "$WINEPREFIX/dosdevices/y:"
            mkdir -p "$WINEPREFIX/network-drive"
            ln -sfn "$WINEPREFIX/network-drive" "$WINEPREFIX/dosdevices/n:"
            "$GPSI_WINE" reg add 'HKLM\Software\Wine\Drives' /v 'n:' /d network /f >/dev/null 2>&1
            # The mount manager reads drive types when it starts: restart it.
            "$(dirname "$GPSI_WINE")/wineserver" -k 2>/dev/null || true
            touch "$WINEPREFIX/.gpsi-ready"
        fi
    ) 9>"$WINEPREFIX/.gpsi-lock"
fi
wine_path() {
    local p
    p=$(readlink -f "$1" 2>/dev/null || printf '%s' "$1")
    printf 'Y:%s' "${p//\//\\}"
}

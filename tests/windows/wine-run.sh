#!/usr/bin/env bash
# ctest's emulator for the Windows build: runs a Windows program under Wine with the Qt SDK's
# and the MinGW runtime's DLLs on its path and Qt's plugins found, in one Wine prefix per build.
#   wine-run.sh --dll-dirs=D1:D2 --plugins=DIR --prefix=DIR PROGRAM.exe [ARGS...]
# Qt test programs are console programs: their output and exit code pass through unchanged.
set -euo pipefail
dll_dirs= plugins= prefix=
while [ $# -gt 0 ]; do
    case $1 in
        --dll-dirs=*) dll_dirs=${1#*=} ;;
        --plugins=*) plugins=${1#*=} ;;
        --prefix=*) prefix=${1#*=} ;;
        *) break ;;
    esac
    shift
done
[ -n "$prefix" ] && export WINEPREFIX=${WINEPREFIX:-$prefix}
# shellcheck source=wine-env.sh
source "$(dirname "$0")/wine-env.sh" || exit 1
winepath=
IFS=: read -ra dirs <<<"$dll_dirs"
for d in "${dirs[@]}"; do
    [ -n "$d" ] && winepath+="$(wine_path "$d");"
done
export WINEPATH="${winepath}${WINEPATH:-}"
[ -n "$plugins" ] && export QT_PLUGIN_PATH="$(wine_path "$plugins")"
# Without a terminal Wine gives the program no console window, and Qt Test then sends its log
# to OutputDebugString (qplaintestlogger.cpp) instead of standard output: ask for stdout.
export QT_FORCE_STDERR_LOGGING=1
# Wine does not hand QT_* variables to Windows programs (ntdll's is_special_env_var); it
# passes WINEQT_X as QT_X. So QT_QPA_PLATFORM=offscreen and the rest reach the program.
while IFS='=' read -r name _; do
    case $name in QT_*) export "WINE$name=${!name}" ;; esac
done < <(env)
exec "$GPSI_WINE" "$@"

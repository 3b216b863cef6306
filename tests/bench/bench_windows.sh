#!/usr/bin/env bash
# The EVTX reader of the Windows build under Wine, side by side with the Linux build, in one run
# on the same files (docs/benchmarks.md, "Windows build under Wine"): full XML render and
# filtered scan, one thread pinned to one core, runs alternating Linux / Windows, median of RUNS
# (default 3) by bench_evtx's own read time (open, map, parse, render).
#   tests/bench/bench_windows.sh LINUX_BUILD WINDOWS_BUILD [WORK_DIR]
# LINUX_BUILD: a RelWithDebInfo or Release tree with tests/bench/bench_evtx; WINDOWS_BUILD: the
# build tree of packaging/windows/build.sh (OUT/build) with bench_evtx.exe
# (cmake --build OUT/build --target bench_evtx).
set -euo pipefail
linux=$1/tests/bench/bench_evtx
win_build=$(cd "$2" && pwd)
# The toolchain puts Windows executables at the top of the build tree, beside the DLLs.
win=$(ls "$win_build"/bench_evtx.exe "$win_build"/tests/bench/bench_evtx.exe 2>/dev/null | head -1 || true)
here=$(cd "$(dirname "$0")" && pwd)
shared=${GPSI_SHARED_DIR:-$here/../../../shared}
[ -x "$linux" ] && [ -n "$win" ] || { echo "bench_windows.sh: build bench_evtx in both trees" >&2; exit 2; }
work=${3:-$(mktemp -d /tmp/gpsi-bench-win.XXXXXX)}
mkdir -p "$work"
export WINEPREFIX=$work/prefix
# shellcheck source=../windows/wine-env.sh
source "$here/../windows/wine-env.sh"
qt=$(sed -n 's/^Qt6_DIR:PATH=//p' "$win_build/CMakeCache.txt")/../../..
gcc_dir=$(dirname "$(x86_64-w64-mingw32-g++-posix -print-file-name=libstdc++-6.dll)")
export WINEPATH="$(wine_path "$qt/bin");$(wine_path "$gcc_dir");$(wine_path /usr/x86_64-w64-mingw32/lib)"
runs=${RUNS:-3}
pin=
command -v taskset >/dev/null && pin="taskset -c 0"

[ -f "$work/real-100.evtx" ] || python3 "$here/makebigevtx.py" "$work/real-100.evtx" 100 "$shared/data/evtx" >&2
[ -f "$work/writer-100.evtx" ] || "$linux" generate "$work/writer-100.evtx" 100 >&2
"$GPSI_WINE" "$win" read "$work/real-100.evtx" filter 1 >/dev/null 2>&1 || true # warm the prefix

field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p"; }
echo "| build | file | mode | records | read s (median of $runs) | MiB/s | records/s |"
echo "|---|---|---|---|---|---|---|"
for file in real-100 writer-100; do
    for mode in xml filter; do
        : >"$work/linux.txt"; : >"$work/win.txt"
        for _ in $(seq "$runs"); do
            $pin "$linux" read "$work/$file.evtx" $mode 1 >>"$work/linux.txt"
            $pin "$GPSI_WINE" "$win" read "$(wine_path "$work/$file.evtx")" $mode 1 2>/dev/null | tr -d '\r' >>"$work/win.txt"
        done
        for b in linux win; do
            line=$(while read -r l; do echo "$(field seconds <<<"$l") $l"; done <"$work/$b.txt" | sort -n | sed -n "$(( (runs + 1) / 2 ))p" | cut -d' ' -f2-)
            label=$([ $b = linux ] && echo "Linux (gcc 12, glibc)" || echo "Windows (mingw gcc 12, msvcrt) under Wine 8.0")
            echo "| $label | $file.evtx | $mode | $(field records_matched <<<"$line") | $(field seconds <<<"$line") | $(field mib_per_s <<<"$line") | $(field records_per_s <<<"$line") |"
        done
    done
done
[ $# -ge 3 ] || rm -rf "$work"

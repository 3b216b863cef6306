#!/usr/bin/env bash
# Quick start, tests: installs what is missing, builds with warnings as errors (Linux, and
# Windows cross-built), and runs the whole suite (unit, GUI offscreen, integration; the Windows
# build under Wine) inside a private network namespace when run as root.
set -euo pipefail
cd "$(dirname "$0")"
packaging/deps.sh test
build=${GPSI_BUILD_DIR:-build-tests}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGPSI_WERROR=ON
cmake --build "$build" -j"$(nproc)"
XDG_RUNTIME_DIR=$(mktemp -d)
export XDG_RUNTIME_DIR
# The parsers under libFuzzer for a bounded time (GPSI_FUZZ_SECONDS each; 0 skips).
if [ "${GPSI_FUZZ_SECONDS:-20}" -gt 0 ]; then
    tests/fuzz/run-libfuzzer.sh "${GPSI_FUZZ_SECONDS:-20}" "${build}-fuzz"
fi
# The Windows build: cross-built against the Qt SDK in ../shared/toolchains (GPSI_QT_MINGW=DIR
# for another), with its test programs; packaging/windows/build.sh says so in one line and the
# Windows part is skipped where no SDK is available.
win=
if GPSI_WIN_TESTS=ON packaging/windows/build.sh "${build}-win"; then
    win=${build}-win
elif [ $? -ne 3 ]; then
    exit 1
fi
exec tests/netns-run.sh tests/run-suites.sh "$build" $win

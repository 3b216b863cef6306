#!/usr/bin/env bash
# Quick start, tests: installs what is missing, builds with warnings as errors, and runs the
# whole suite (unit, GUI offscreen, integration) through ctest inside a private network
# namespace when run as root.
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
exec tests/netns-run.sh ctest --test-dir "$build" --output-on-failure -j2 --timeout 600

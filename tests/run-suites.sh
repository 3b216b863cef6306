#!/usr/bin/env bash
# The whole test suite after the builds (test.sh), run inside the private namespace
# (tests/netns-run.sh): the Linux build's ctest, then, when the Windows build exists, its ctest
# under Wine, the command line end to end next to the Linux build, and the installers.
#   tests/run-suites.sh LINUX_BUILD [WINDOWS_OUT]
# Runs every part even when one fails; exits non-zero if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
build=$1 win=${2:-}
status=0
run() { # run NAME COMMAND...
    local start=$SECONDS
    echo "=== $1"
    shift
    "$@" || { echo "=== FAILED: $*"; status=1; }
    echo "=== $((SECONDS - start)) s"
}
run "Linux: ctest" ctest --test-dir "$build" --output-on-failure -j2 --timeout 600
if [ -n "$win" ] && [ -d "$win/deploy" ]; then
    version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$win/build/CMakeCache.txt")
    run "Windows: ctest under Wine" ctest --test-dir "$win/build" --output-on-failure -j2 --timeout 600
    run "Windows: command line end to end under Wine" \
        tests/windows/cli-e2e.sh "$build/gpsi-doctor" "$build/tests/nt4sim" "$win/deploy"
    run "Windows: setup.exe and MSI under Wine" tests/windows/installers.sh "$win/deploy" "$version"
fi
exit $status

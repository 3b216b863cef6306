#!/usr/bin/env bash
# Quick start, demo: installs what is missing, builds, and opens the wizard on the embedded
# demo scenario. Without a display it runs the scenario headless, prints the report and writes
# gpsi-doctor-demo.html and .pdf into the current folder (gpsi-doctor-demo-2.* and so on when
# those names are taken: no file of yours is replaced).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
"$here/packaging/deps.sh" build
build=${GPSI_BUILD_DIR:-$here/build}
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$(nproc)"
exec "$build/gpsi-doctor" --demo

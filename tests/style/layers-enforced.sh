#!/usr/bin/env bash
# Proves that a wrong-way include fails: (1) the build refuses to compile an event-log source
# that includes an engine header; (2) tests/style/layers.py refuses the same include written
# as a relative path, which a compiler would find.
#   tests/style/layers-enforced.sh SOURCE_DIR BUILD_DIR
set -uo pipefail
src=$1 build=$2
out=$(cmake --build "$build" --target gpsi_upward_include 2>&1)
if [ $? -eq 0 ]; then
    echo "FAIL: an event-log source including engine/case.h compiled"
    exit 1
fi
if ! grep -q 'engine/case.h: No such file' <<<"$out"; then
    echo "FAIL: the build failed for another reason than the upward include:"
    echo "$out" | tail -n 20
    exit 1
fi
echo "build: the upward include is refused (engine/case.h: No such file or directory)"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r "$src/app" "$src/ui" "$tmp/"
sed -i '0,/^#include/s//#include "..\/engine\/case.h"\n#include/' "$tmp/app/eventlog/eventrecord.h"
out=$(python3 "$src/tests/style/layers.py" "$tmp" 2>&1)
if [ $? -eq 0 ] || ! grep -q 'app/eventlog/eventrecord.h:[0-9]*: eventlog -> engine' <<<"$out"; then
    echo "FAIL: layers.py accepted a relative include from eventlog into engine:"
    echo "$out"
    exit 1
fi
echo "layers.py: $(grep 'eventlog -> engine' <<<"$out")"

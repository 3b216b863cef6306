#!/usr/bin/env bash
# Coverage-guided fuzzing for a bounded time: builds every fuzz target with clang, libFuzzer,
# AddressSanitizer and UBSan (the parsers in gpsi_cli instrumented too) in BUILD_DIR, then runs
# each target for SECONDS on a scratch copy of its seed corpus. Exits non-zero on the first
# crash, leak or sanitizer report (the reproducer is kept in the scratch directory).
#   tests/fuzz/run-libfuzzer.sh [SECONDS] [BUILD_DIR]      (defaults: 30, build-fuzz)
# Skips (exit 0 with a message) when clang or its libFuzzer runtime is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-30}
build=${2:-build-fuzz}

if ! command -v clang++ >/dev/null 2>&1 || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
    echo "run-libfuzzer: SKIP: clang++ or libFuzzer (libclang-rt-dev) is not installed"
    exit 0
fi

targets=(smbwire packagepath eventtext knowledgebase casefile logformat evtx evt eventxml eventcsv eventtextlog)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DGPSI_BUILD_FUZZERS=ON -DGPSI_SANITIZE=ON >/dev/null
cmake --build "$build" -j"$(nproc)" --target "${targets[@]/#/fuzz_}" >/dev/null

scratch=$(mktemp -d)
status=0
for t in "${targets[@]}"; do
    mkdir -p "$scratch/$t/corpus" "$scratch/$t/artifacts"
    cp tests/fuzz/corpus/"$t"/* "$scratch/$t/corpus/"
    case $t in
        knowledgebase) cp resources/knowledge/causes.json "$scratch/$t/corpus/" ;;
        casefile) cp resources/demo/scenario.json "$scratch/$t/corpus/" ;;
    esac
    if "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
        -artifact_prefix="$scratch/$t/artifacts/" "$scratch/$t/corpus" >"$scratch/$t/log" 2>&1; then
        echo "run-libfuzzer: fuzz_$t: $(grep -E '^Done [0-9]+ runs' "$scratch/$t/log" | tail -1)"
    else
        echo "run-libfuzzer: fuzz_$t FAILED; log and reproducer in $scratch/$t" >&2
        tail -40 "$scratch/$t/log" >&2
        status=1
    fi
done
[ $status -eq 0 ] && rm -rf "$scratch"
exit $status

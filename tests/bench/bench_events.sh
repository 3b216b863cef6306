#!/bin/sh
# Event-log reading benchmark (issue 5): GPSI Doctor's EVTX reader side by side with evtxexport
# (libevtx-utils) and python-evtx, in one run, on the same files. Figures: docs/benchmarks.md.
#
#   tests/bench/bench_events.sh BUILD_DIR [WORK_DIR]
#
# BUILD_DIR holds tests/bench/bench_evtx (build it: ninja -C BUILD_DIR bench_evtx; use a
# RelWithDebInfo or Release build for figures). WORK_DIR (default: a new directory under /tmp,
# removed at the end) receives the generated files:
#   real-100.evtx   >= 100 MiB of real chunks from ../shared/data/evtx (makebigevtx.py)
#   real-200.evtx   >= 200 MiB of the same (peak RSS must not grow with the file)
#   writer-100.evtx >= 100 MiB from the test writer (bench_evtx generate)
#   real-10.evtx    a 10 MiB cut for python-evtx (it is slow)
# Each run is timed with /usr/bin/time -v (wall clock and peak RSS); "taskset -c 0" pins the
# one-core runs. GPSI rows: the median of RUNS (default 3) runs by bench_evtx's own read time,
# which MiB/s and records/s use; peer tools run once and use the wall time. Needs: python3, /usr/bin/time (apt-get install time); optional: evtxexport
# (libevtx-utils), python3-evtx, taskset (util-linux).
set -eu

BUILD=${1:?usage: bench_events.sh BUILD_DIR [WORK_DIR]}
HERE=$(cd "$(dirname "$0")" && pwd)
BENCH="$BUILD/tests/bench/bench_evtx"
[ -x "$BENCH" ] || { echo "bench_events.sh: $BENCH missing (ninja -C $BUILD bench_evtx)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench_events.sh: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }
PY=/usr/bin/python3
SHARED=${GPSI_SHARED_DIR:-$HERE/../../../shared}
SOURCE="$SHARED/data/evtx"
[ -d "$SOURCE" ] || { echo "bench_events.sh: no samples in $SOURCE (set GPSI_SHARED_DIR)" >&2; exit 2; }

if [ $# -ge 2 ]; then
    WORK=$2
    mkdir -p "$WORK"
    CLEAN=
else
    WORK=$(mktemp -d /tmp/gpsi-bench-events.XXXXXX)
    CLEAN=$WORK
fi
cleanup() {
    if [ -n "$CLEAN" ]; then rm -rf "$CLEAN"; fi
}
trap cleanup EXIT INT TERM

RUNS=${RUNS:-3}
PIN=
command -v taskset >/dev/null 2>&1 && PIN="taskset -c 0"

echo "# files" >&2
[ -f "$WORK/real-100.evtx" ] || $PY "$HERE/makebigevtx.py" "$WORK/real-100.evtx" 100 "$SOURCE" >&2
[ -f "$WORK/real-200.evtx" ] || $PY "$HERE/makebigevtx.py" "$WORK/real-200.evtx" 200 "$SOURCE" >&2
[ -f "$WORK/real-10.evtx" ] || $PY "$HERE/makebigevtx.py" "$WORK/real-10.evtx" 10 "$SOURCE" >&2
[ -f "$WORK/writer-100.evtx" ] || "$BENCH" generate "$WORK/writer-100.evtx" 100 >&2

# run_once FILE COMMAND...: runs COMMAND under /usr/bin/time -v; sets wall (s), rss (KiB) and
# leaves the command's output in $WORK/out.txt. Returns 1 when the command fails.
run_once() {
    /usr/bin/time -v -o "$WORK/time.txt" "$@" >"$WORK/out.txt" 2>"$WORK/stderr.txt" || return 1
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0;
             for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$WORK/time.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$WORK/time.txt")
}

row() { # LABEL FILE RECORDS WALL READ RSS ANON
    awk -v l="$1" -v f="$(basename "$2")" -v b="$(stat -c %s "$2")" -v r="$3" -v w="$4" \
        -v s="$5" -v m="$6" -v a="$7" 'BEGIN {
            mib = b / 1048576;
            t = (s == "" ? w : s);
            rs = (s == "" ? "-" : sprintf("%.3f", s));
            heap = (a == "" ? "-" : sprintf("%.0f", a / 1024));
            printf "| %s | %s | %.0f | %d | %.2f | %s | %.1f | %.0f | %.0f | %s |\n",
                   l, f, mib, r, w, rs, mib / t, r / t, m / 1024, heap }'
}

# gpsi LABEL FILE COMMAND...: bench_evtx, run RUNS times; the row of the run with the median
# read time (bench_evtx's own timer around EvtxReader::read: open, map, parse, render).
gpsi() {
    label=$1
    file=$2
    shift 2
    : >"$WORK/runs.txt"
    i=0
    while [ $i -lt "$RUNS" ]; do
        run_once "$@" || { echo "| $label | $(basename "$file") | failed: $(tail -n 1 "$WORK/stderr.txt") |"; return 0; }
        read_s=$(sed -n 's/.* seconds=\([0-9.]*\).*/\1/p' "$WORK/out.txt")
        records=$(sed -n 's/.*records_seen=\([0-9]*\).*/\1/p' "$WORK/out.txt")
        anon=$(sed -n 's/.*peak_anon_kib=\([0-9]*\).*/\1/p' "$WORK/out.txt")
        echo "$read_s $wall $records $rss $anon" >>"$WORK/runs.txt"
        i=$((i + 1))
    done
    set -- $(sort -n "$WORK/runs.txt" | sed -n "$(( (RUNS + 1) / 2 ))p")
    row "$label" "$file" "$3" "$2" "$1" "$4" "$5"
}

# other LABEL FILE COMMAND...: a peer tool, run once; it prints the record count.
other() {
    label=$1
    file=$2
    shift 2
    run_once "$@" || { echo "| $label | $(basename "$file") | failed: $(tail -n 1 "$WORK/stderr.txt") |"; return 0; }
    row "$label" "$file" "$(tr -d '[:space:]' <"$WORK/out.txt")" "$wall" "" "$rss" ""
}

# evtxexport's XML goes through a pipe to a counter (it is not written to disk).
EVTXCOUNT='evtxexport -f xml "$1" | grep -c "<Event "'
PYCOUNT='import sys
import Evtx.Evtx as e
n = 0
with e.Evtx(sys.argv[1]) as f:
    for r in f.records():
        r.xml()
        n += 1
print(n)'

echo "| tool | file | MiB | records | wall s | read s | MiB/s | records/s | peak RSS (MiB) | peak anon (MiB) |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for f in real-100 writer-100; do
    F="$WORK/$f.evtx"
    gpsi "GPSI full XML, 1 thread, 1 core" "$F" $PIN "$BENCH" read "$F" xml 1
    gpsi "GPSI full XML, 2 threads, 2 cores" "$F" "$BENCH" read "$F" xml 2
    gpsi "GPSI filtered scan (catalogue IDs), 1 thread, 1 core" "$F" $PIN "$BENCH" read "$F" filter 1
    gpsi "GPSI filtered scan (catalogue IDs), 2 threads, 2 cores" "$F" "$BENCH" read "$F" filter 2
    if command -v evtxexport >/dev/null 2>&1; then
        other "evtxexport -f xml (libevtx 20181227), 1 core" "$F" $PIN sh -c "$EVTXCOUNT" sh "$F"
    fi
done
F="$WORK/real-200.evtx"
gpsi "GPSI full XML, 1 thread, 1 core" "$F" $PIN "$BENCH" read "$F" xml 1
gpsi "GPSI full XML, 2 threads, 2 cores" "$F" "$BENCH" read "$F" xml 2
gpsi "GPSI filtered scan (catalogue IDs), 2 threads, 2 cores" "$F" "$BENCH" read "$F" filter 2
F="$WORK/real-10.evtx"
gpsi "GPSI full XML, 1 thread, 1 core" "$F" $PIN "$BENCH" read "$F" xml 1
if command -v evtxexport >/dev/null 2>&1; then
    other "evtxexport -f xml (libevtx 20181227), 1 core" "$F" $PIN sh -c "$EVTXCOUNT" sh "$F"
fi
if $PY -c 'import Evtx' 2>/dev/null; then
    other "python-evtx 0.6.1 (Debian), record.xml(), 1 core" "$F" $PIN $PY -c "$PYCOUNT" "$F"
fi

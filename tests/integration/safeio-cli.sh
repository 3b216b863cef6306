#!/usr/bin/env bash
# Every writer and reader of the gpsi-doctor command against what admins' scripts give it:
# devices, FIFOs, symlinks, folders, missing folders, read-only files, a full disk, "-" for
# standard output, /dev/zero and a slow FIFO as input, an unreadable and a 4 GiB sparse log.
#   tests/integration/safeio-cli.sh GPSI_DOCTOR_BIN FIXTURE_DIR
# Device nodes, the full tmpfs and the private /dev of the first scenario need root; they run in
# a mount namespace of their own (unshare -m), so a regression cannot touch the machine's /dev.
# Prints "N passed, N failed" and exits non-zero on any failure.
set -uo pipefail
bin=$1
fixtures=$2
evtx=$fixtures/events/kb323304-win7-system.evtx
t=$(mktemp -d)
chmod 755 "$t"
cleanup() {
    jobs -p | xargs -r kill 2>/dev/null
    rm -rf "$t"
}
trap cleanup EXIT
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=$t/xdg # else Qt's GUI start-up warns on stderr about it
mkdir -m 700 "$XDG_RUNTIME_DIR"
root=0
[ "$(id -u)" -eq 0 ] && command -v unshare >/dev/null && root=1

pass=0 fail=0 skip=0
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL: $*"; fail=$((fail + 1)); }
check() { # check NAME COMMAND...
    local name=$1
    shift
    if "$@"; then ok; else bad "$name"; fi
}
skipped() { echo "SKIP: $*"; skip=$((skip + 1)); }

# The writers: each writes its output to $1 (exit 0 or 1 = written).
w_text() { "$bin" diagnose --package 'Z:\x.msi' --no-progress --format text --output "$1"; }
w_json() { "$bin" diagnose --package 'Z:\x.msi' --no-progress --format json --output "$1"; }
w_html() { "$bin" diagnose --package 'Z:\x.msi' --no-progress --format html --output "$1"; }
w_pdf() { "$bin" diagnose --package 'Z:\x.msi' --no-progress --format pdf --output "$1"; }
w_case() { "$bin" diagnose --package 'Z:\x.msi' --no-progress --save-case "$1" >/dev/null; }
w_scan() { "$bin" scan-events --no-progress "$fixtures/events" --output "$1"; }
w_dump() { "$bin" dump-events --no-progress "$evtx" --output "$1"; }
writers=(text json html pdf case scan dump)

# What a good output of each writer starts with or contains.
looks_right() { # looks_right WRITER FILE
    case $1 in
        json) grep -q '"findings"' "$2" ;;
        html) grep -q '<html' "$2" ;;
        pdf) head -c 5 "$2" | grep -q '%PDF-' ;;
        case) grep -q '"gpsi-doctor-case"' "$2" ;;
        dump) [ "$(wc -l <"$2")" -gt 5 ] && grep -q '"eventId"' "$2" ;;
        *) [ -s "$2" ] ;;
    esac
}
written() { [ "$1" -eq 0 ] || [ "$1" -eq 1 ]; }
one_line() { [ "$(grep -c . "$1")" -eq 1 ]; }

for w in "${writers[@]}"; do
    d=$t/$w
    mkdir -p "$d"
    # A new file, then a replaced one.
    "w_$w" "$d/out" >/dev/null 2>"$d/err"
    rc=$?
    check "$w: new file (rc $rc: $(cat "$d/err"))" written $rc
    check "$w: content" looks_right "$w" "$d/out"
    echo old >"$d/out"
    "w_$w" "$d/out" >/dev/null 2>&1
    check "$w: replaced" looks_right "$w" "$d/out"

    # A FIFO delivers the whole output to its reader; the FIFO stays a FIFO.
    mkfifo "$d/fifo"
    cat "$d/fifo" >"$d/from-fifo" &
    reader=$!
    "w_$w" "$d/fifo" >/dev/null 2>"$d/err"
    rc=$?
    wait $reader
    check "$w: fifo written (rc $rc: $(cat "$d/err"))" written $rc
    check "$w: fifo stays a fifo" test -p "$d/fifo"
    check "$w: fifo reader got it all" looks_right "$w" "$d/from-fifo"

    # A symlink is followed and stays a link.
    echo old >"$d/target"
    ln -s target "$d/link"
    "w_$w" "$d/link" >/dev/null 2>&1
    check "$w: link stays a link" test -L "$d/link"
    check "$w: link target written" looks_right "$w" "$d/target"

    # A folder, a missing folder and a read-only file: exit 2, one line, nothing changed.
    mkdir "$d/folder"
    "w_$w" "$d/folder" >/dev/null 2>"$d/err"
    rc=$?
    check "$w: folder gives exit 2 (got $rc)" test $rc -eq 2
    check "$w: folder gives one line" one_line "$d/err"
    check "$w: folder untouched" test -d "$d/folder"
    "w_$w" "$d/no/such/out" >/dev/null 2>"$d/err"
    rc=$?
    check "$w: missing parent gives exit 2 (got $rc)" test $rc -eq 2
    check "$w: missing parent says so" grep -q 'does not exist' "$d/err"
    check "$w: missing parent gives one line" one_line "$d/err"
    echo keep >"$d/ro"
    chmod 444 "$d/ro"
    "w_$w" "$d/ro" >/dev/null 2>"$d/err"
    rc=$?
    check "$w: read-only gives exit 2 (got $rc)" test $rc -eq 2
    check "$w: read-only says so" grep -q 'read-only' "$d/err"
    check "$w: read-only file unchanged" test "$(cat "$d/ro")" = keep

    # "-" is standard output: the same bytes as no --output (digits aside: times differ).
    if [ "$w" != case ]; then
        "w_$w" - >"$d/dash" 2>/dev/null
        check "$w: - is standard output" looks_right "$w" "$d/dash"
        # A PDF holds its creation time and a document id; the others differ only in digits.
        if [ "$w" = pdf ]; then
            check "$w: - gives a whole PDF" grep -q '%%EOF' "$d/dash"
        else
            check "$w: - equals the file output" \
                cmp -s <(tr -d '0-9' <"$d/dash") <(tr -d '0-9' <"$d/out")
        fi
    fi
    rm -f "$d"/* 2>/dev/null
done

# Exactly the same bytes for the deterministic writers.
"$bin" dump-events "$evtx" >"$t/stdout.jsonl" 2>/dev/null
"$bin" dump-events "$evtx" --output - >"$t/dash.jsonl" 2>/dev/null
check "dump-events: --output - equals stdout, byte for byte" cmp -s "$t/stdout.jsonl" "$t/dash.jsonl"
"$bin" dump-events "$evtx" --output "$t/file.jsonl" 2>/dev/null
check "dump-events: --output FILE equals stdout, byte for byte" cmp -s "$t/stdout.jsonl" "$t/file.jsonl"

# /dev/stdout and /dev/fd/N are this process's own descriptors: a pipe, a file opened by the
# shell with > or >> (appended to, not rewritten from its start).
"$bin" dump-events "$evtx" --output /dev/stdout 2>"$t/err" | cat >"$t/via-pipe.jsonl"
check "dump-events --output /dev/stdout into a pipe ($(cat "$t/err"))" cmp -s "$t/stdout.jsonl" "$t/via-pipe.jsonl"
echo "first line" >"$t/appended.jsonl"
"$bin" dump-events "$evtx" --output /dev/stdout >>"$t/appended.jsonl" 2>/dev/null
check "--output /dev/stdout with >> appends" \
    cmp -s <(echo "first line"; cat "$t/stdout.jsonl") "$t/appended.jsonl"
w_json /dev/fd/3 3>"$t/fd3.json" >/dev/null 2>&1
check "--output /dev/fd/3 writes to descriptor 3" looks_right json "$t/fd3.json"
"$bin" dump-events "$evtx" --output /dev/stdout >&- 2>"$t/err"
rc=$?
check "--output /dev/stdout with stdout closed: exit 2 (got $rc: $(cat "$t/err"))" test $rc -eq 2
check "--output /dev/stdout with stdout closed: says so" grep -q 'Bad file descriptor' "$t/err"
"$bin" dump-events "$evtx" --output - >&- 2>"$t/err"
rc=$?
check "--output - with stdout closed: exit 2 (got $rc: $(cat "$t/err"))" test $rc -eq 2

# The demo never writes over a file the user had.
mkdir "$t/demo"
echo mine >"$t/demo/gpsi-doctor-demo.html"
(cd "$t/demo" && env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY timeout 120 "$bin" --demo >/dev/null 2>"$t/demo.err")
check "demo: the user's file is kept" test "$(cat "$t/demo/gpsi-doctor-demo.html")" = mine
check "demo: wrote a fresh name" test -s "$t/demo/gpsi-doctor-demo-2.pdf"
check "demo: says where" grep -q 'gpsi-doctor-demo-2.html' "$t/demo.err"

# ---- as root, in a mount namespace of our own ----------------------------------------------
if [ $root -eq 1 ]; then
    # The scenario of issue 10: --output /dev/null replaced the system's /dev/null. Here /dev is
    # a private tmpfs with its own null node, so a regression cannot break the machine.
    # shellcheck disable=SC2016
    unshare --mount --propagation private bash -c '
        mount -t tmpfs gpsi-dev /dev || exit 9
        mknod -m 666 /dev/null c 1 3; mknod -m 666 /dev/zero c 1 5; mknod -m 666 /dev/urandom c 1 9
        ln -s /proc/self/fd /dev/fd
        "$1" diagnose --package "Z:\x.msi" --format json --output /dev/null; rc=$?
        [ -c /dev/null ] || { echo "/dev/null is no longer a character device:"; ls -l /dev/null; exit 1; }
        [ "$(stat -c %t,%T /dev/null)" = 1,3 ] || exit 1
        [ $rc -eq 0 ] || [ $rc -eq 1 ] || exit 1
        # Any writer, and /dev/stdout (a link to /proc/self/fd/1).
        "$1" dump-events "$2" --output /dev/null || exit 1
        "$1" scan-events "$3" --output /dev/null; [ $? -le 1 ] || exit 1
        "$1" diagnose --package "Z:\x.msi" --format pdf --output /dev/null; [ $? -le 1 ] || exit 1
        [ -c /dev/null ] && [ -L /dev/fd ]
    ' scenario "$bin" "$evtx" "$fixtures/events" >"$t/scenario.log" 2>&1
    check "issue 10 scenario: --output /dev/null keeps /dev/null ($(tail -3 "$t/scenario.log"))" test $? -eq 0

    for w in "${writers[@]}"; do
        # A character device node made with mknod (c 1 3) receives the bytes and stays one.
        mknod -m 666 "$t/null-$w" c 1 3
        "w_$w" "$t/null-$w" >/dev/null 2>"$t/err"
        rc=$?
        check "$w: char device written (rc $rc: $(cat "$t/err"))" written $rc
        check "$w: char device stays one" test -c "$t/null-$w"
    done

    # A full disk: a tiny tmpfs that an existing report shares with a filler file.
    mkdir "$t/full"
    # shellcheck disable=SC2016
    unshare --mount --propagation private bash -c '
        set -u
        mount -t tmpfs -o size=64k gpsi-full "$1" || exit 9
        fails=0
        for w in text json html pdf case scan dump; do
            echo "old $w report" >"$1/$w.out"
        done
        dd if=/dev/zero of="$1/filler" bs=4k 2>/dev/null
        for w in text json html pdf case scan dump; do
            case $w in
                text|json|html|pdf) "$2" diagnose --package "Z:\x.msi" --no-progress --format $w --output "$1/$w.out" ;;
                case) "$2" diagnose --package "Z:\x.msi" --no-progress --save-case "$1/$w.out" ;;
                scan) "$2" scan-events --no-progress "$4" --output "$1/$w.out" ;;
                dump) "$2" dump-events "$3" --output "$1/$w.out" ;;
            esac >/dev/null 2>"$1.err"
            rc=$?
            [ $rc -eq 2 ] || { echo "$w: exit $rc on a full disk"; fails=$((fails + 1)); }
            grep -q "disk is full" "$1.err" || { echo "$w: $(cat "$1.err")"; fails=$((fails + 1)); }
            [ "$(cat "$1/$w.out")" = "old $w report" ] || { echo "$w: old report changed"; fails=$((fails + 1)); }
        done
        left=$(ls -A "$1" | grep -c gpsi-)
        [ "$left" -eq 0 ] || { echo "temporary files left: $left"; fails=$((fails + 1)); }
        umount "$1"
        exit $fails
    ' full "$t/full" "$bin" "$evtx" "$fixtures/events" >"$t/full.log" 2>&1
    check "full disk: every writer exits 2, one clear line, old report kept ($(cat "$t/full.log"))" test $? -eq 0
else
    skipped "device nodes, the private /dev scenario and the full disk need root (unshare, mknod)"
fi

# ---- readers ------------------------------------------------------------------------------
# A hang fails by the timeout; memory is the peak resident set (GNU time), checked after each.
bounded() { timeout 60 /usr/bin/time -o "$t/rss" -f %M "$@"; }
small_memory() { [ "$(tail -1 "$t/rss")" -lt $((256 * 1024)) ]; } # KiB
for dev in /dev/zero /dev/urandom; do
    bounded "$bin" dump-events "$dev" >/dev/null 2>"$t/err"
    rc=$?
    check "dump-events $dev: exit 2 (got $rc)" test $rc -eq 2
    check "dump-events $dev: not an event log ($(cat "$t/err"))" grep -q 'not an event log' "$t/err"
    check "dump-events $dev: memory bounded ($(tail -1 "$t/rss") KiB)" small_memory
    bounded "$bin" diagnose --package 'Z:\x.msi' --events "$dev" >/dev/null 2>"$t/err"
    rc=$?
    check "diagnose --events $dev: exit 2 (got $rc)" test $rc -eq 2
    check "diagnose --events $dev: not an event log" grep -q 'not an event log' "$t/err"
    bounded "$bin" scan-events --no-progress "$dev" >"$t/out" 2>&1
    check "scan-events $dev: named as not an event log" grep -q 'not an event log' "$t/out"
done

# A FIFO fed slowly (and never closed by its writer) is refused without waiting for it.
mkfifo "$t/slow.evtx"
{ for _ in $(seq 1 300); do head -c 512 "$evtx"; sleep 0.2; done; } >"$t/slow.evtx" &
feeder=$!
bounded "$bin" dump-events "$t/slow.evtx" >/dev/null 2>"$t/err"
rc=$?
kill $feeder 2>/dev/null
check "slow fifo: exit 2 (got $rc)" test $rc -eq 2
check "slow fifo: says it is a pipe ($(cat "$t/err"))" grep -q 'named pipe' "$t/err"

# An unreadable file (as an unprivileged user when we are root; chmod works for others).
cp "$evtx" "$t/secret.evtx"
chmod 000 "$t/secret.evtx"
as_user=()
[ "$(id -u)" -eq 0 ] && as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
"${as_user[@]}" "$bin" dump-events "$t/secret.evtx" >/dev/null 2>"$t/err"
rc=$?
check "unreadable: exit 2 (got $rc)" test $rc -eq 2
check "unreadable: says why ($(cat "$t/err"))" grep -qi 'permission denied' "$t/err"

# A 4 GiB sparse file: all holes, then with a real log's first chunk at its start.
truncate -s 4G "$t/sparse.evtx"
bounded "$bin" dump-events "$t/sparse.evtx" >/dev/null 2>"$t/err"
rc=$?
check "4 GiB of holes: exit 2 (got $rc)" test $rc -eq 2
check "4 GiB of holes: not an event log" grep -q 'not an event log' "$t/err"
check "4 GiB of holes: memory bounded ($(tail -1 "$t/rss") KiB)" small_memory
dd if="$evtx" of="$t/sparse.evtx" conv=notrunc status=none
bounded "$bin" dump-events "$t/sparse.evtx" >"$t/out" 2>"$t/err"
rc=$?
check "4 GiB log with one real chunk: read (exit $rc)" test $rc -eq 0
check "4 GiB log with one real chunk: records kept" test "$(wc -l <"$t/out")" -gt 5
check "4 GiB log with one real chunk: memory bounded ($(tail -1 "$t/rss") KiB)" small_memory
# The same with real zeros (no holes): pages already read leave memory as the reader goes on.
cp "$evtx" "$t/dense.evtx"
head -c $((512 << 20)) /dev/zero >>"$t/dense.evtx"
bounded "$bin" dump-events "$t/dense.evtx" >"$t/out" 2>"$t/err"
rc=$?
check "512 MiB log of zeros after one chunk: read (exit $rc)" test $rc -eq 0
check "512 MiB log of zeros: memory bounded ($(tail -1 "$t/rss") KiB)" small_memory
rm -f "$t/dense.evtx"
rm -f "$t/sparse.evtx"

# Case files that are not files: refused at once with one line.
for input in /dev/zero "$t/evidence-case.fifo"; do
    [ -e "$input" ] || mkfifo "$input"
    bounded "$bin" diagnose --case "$input" --no-progress >/dev/null 2>"$t/err"
    rc=$?
    check "--case $input: exit 2 (got $rc)" test $rc -eq 2
    check "--case $input: one line saying it is not a file ($(cat "$t/err"))" \
        grep -q 'not a file' "$t/err"
    check "--case $input: memory bounded" small_memory
done

# A case file from someone else naming a device and a FIFO as evidence: named on stderr before
# they are read, named in the report, and neither holds the run.
mkfifo "$t/evidence.fifo"
cat >"$t/hostile.json" <<JSON
{"format": "gpsi-doctor-case", "version": 1, "packagePaths": ["Z:\\\\x.msi"],
 "evidence": [{"path": "/dev/zero", "addedAt": "2026-01-01T00:00:00Z"},
              {"path": "$t/evidence.fifo", "addedAt": "2026-01-01T00:00:00Z"}]}
JSON
bounded "$bin" diagnose --case "$t/hostile.json" --no-progress >"$t/out" 2>"$t/err"
rc=$?
check "hostile case: diagnosed (exit $rc: $(head -3 "$t/err"))" written $rc
check "hostile case: stderr names /dev/zero first" grep -q 'case names evidence file /dev/zero' "$t/err"
check "hostile case: stderr names the FIFO" grep -q 'evidence.fifo' "$t/err"
check "hostile case: the report names them" grep -q '/dev/zero' "$t/out"
check "hostile case: memory bounded ($(tail -1 "$t/rss") KiB)" small_memory

total=$((pass + fail))
echo "safeio-cli: $total checks"
echo "$pass passed, $fail failed, $skip skipped"
[ $fail -eq 0 ]

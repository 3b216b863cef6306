#!/usr/bin/env bash
# The Windows build end to end under Wine, side by side with the Linux build, against the same
# servers on loopback (inside the tests' private namespace: tests/netns-run.sh):
#   - exit codes 0/1/2 and the JSON, HTML and PDF reports (PDF text read with pdftotext);
#   - dump-events: identical jsonl (line endings aside) from both builds for every log in
#     ../shared/data/evtx, evtx-bad and tests/fixtures/events (one parser, two compilers);
#   - the SMB probe over Wine's Winsock against a real Samba and the NT 4.0 simulator: the same
#     server facts and the same top finding as the Linux build;
#   - SSPI's Kerberos package against a real MIT KDC: ticket for cifs/<known host> (and the
#     service ticket in the ccache), unknown principal, no credentials, KDC stopped;
#   - live event logs: a clear "not available" (Wine's wevtapi runs no queries).
#   tests/windows/cli-e2e.sh LINUX_BIN NT4SIM DEPLOY_DIR
# Prints "ok - ..." / "not ok - ..." per check and exits non-zero on any failure.
set -uo pipefail
linux_bin=$1 nt4sim=$2 deploy=$3
src=$(cd "$(dirname "$0")/../.." && pwd)
shared=$src/../shared/data
t=$(mktemp -d /tmp/gpsi-e2e.XXXXXX)
export WINEPREFIX=$t/prefix
# shellcheck source=wine-env.sh
source "$src/tests/windows/wine-env.sh" || exit 0
win_bin=$deploy/gpsi-doctor.com
cleanup() {
    [ -n "${sim_pid:-}" ] && kill "$sim_pid" 2>/dev/null
    "$src/tests/fixtures/samba.sh" stop "$t/samba" >/dev/null 2>&1
    "$src/tests/fixtures/kdc.sh" stop "$t/kdc" >/dev/null 2>&1
    "$(dirname "$GPSI_WINE")/wineserver" -k 2>/dev/null
    rm -rf "$t"
}
trap cleanup EXIT
export LC_ALL=C.UTF-8 KRB5_CONFIG=/dev/null KRB5CCNAME=MEMORY:e2e
unset DISPLAY

pass=0 fail=0
ok() { echo "ok - $*"; pass=$((pass + 1)); }
bad() { echo "not ok - $*"; fail=$((fail + 1)); }
check() { local name=$1; shift; if "$@"; then ok "$name"; else bad "$name"; fi; }
win() { "$GPSI_WINE" "$win_bin" "$@"; }
# json_get FILE EXPR: a Python expression over the report 'r' (findings, facts) printed
json_get() { python3 - "$1" "$2" <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
def fact(key, subject=None):
    for f in r.get("facts", []):
        if f["key"] == key and (subject is None or f["subject"] == subject):
            return f["value"]
    return None
causes = [f["cause"] for f in r.get("findings", [])]
print(eval(sys.argv[2]))
PY
}
# same_facts A.json B.json PREFIX...: the facts under those prefixes are the same in both
same_facts() { python3 - "$@" <<'PY'
import json, sys
a, b, prefixes = sys.argv[1], sys.argv[2], tuple(sys.argv[3:])
def facts(p):
    r = json.load(open(p, encoding="utf-8"))
    # Measurements differ between any two runs: the server's clock and the probe's duration.
    skip = ("server.time", "server.probe.elapsed.ms")
    return {(f["subject"], f["key"]): f["value"] for f in r["facts"]
            if f["key"].startswith(prefixes) and f["key"] not in skip}
fa, fb = facts(a), facts(b)
if fa != fb or not fa:
    for k in sorted(set(fa) | set(fb)):
        if fa.get(k) != fb.get(k):
            print("  differ:", k, "linux:", fa.get(k), "windows:", fb.get(k))
    sys.exit(1)
PY
}

echo "# Wine $("$GPSI_WINE" --version), prefix $WINEPREFIX"

# --- exit codes and report formats ----------------------------------------------------------
out=$(win --version); rc=$?
check "--version exits 0 and names the version" test "$rc" = 0 -a -n "$(grep -o 'GPSI Doctor [0-9.]*' <<<"$out")"
win --no-such-option >/dev/null 2>"$t/usage.err"; rc=$?
check "an unknown option exits 2 with a message" test "$rc" = 2 -a -s "$t/usage.err"
win diagnose --package 'Z:\apps\office.msi' --no-progress --format json --output "$(wine_path "$t")\\w.json"; rc=$?
"$linux_bin" diagnose --package 'Z:\apps\office.msi' --no-progress --format json --output "$t/l.json"
check "diagnose of a mapped-drive path exits 1" test "$rc" = 1
check "JSON report: GPSI-PATH-MAPPED-DRIVE first, as on Linux" \
    test "$(json_get "$t/w.json" 'causes[0]')" = GPSI-PATH-MAPPED-DRIVE -a \
         "$(json_get "$t/w.json" 'causes')" = "$(json_get "$t/l.json" 'causes')"
win diagnose --package 'Z:\apps\office.msi' --no-progress --format html --output "$(wine_path "$t")\\w.html"
check "HTML report holds the finding" grep -q 'mapped drive Z:' "$t/w.html"
win diagnose --package 'Z:\apps\office.msi' --no-progress --format pdf --output "$(wine_path "$t")\\w.pdf"
pdftotext "$t/w.pdf" "$t/w.txt" 2>/dev/null
check "PDF report has text (pdftotext): title and finding" \
    grep -q 'mapped drive Z:' "$t/w.txt"
check "PDF report: first line is the report title" test "$(head -1 "$t/w.txt")" = "GPSI Doctor report"
win diagnose --package 'Z:\apps\office.msi' --no-progress --format json --output "$(wine_path "$t")\\missing\\r.json" 2>"$t/missing.err"; rc=$?
check "a missing output folder exits 2 with one line" test "$rc" = 2 -a "$(wc -l <"$t/missing.err")" = 1

# --- dump-events: one parser, two compilers ---------------------------------------------------
logs=("$src"/tests/fixtures/events/*)
if [ -d "$shared/evtx" ]; then
    logs+=("$shared"/evtx/*.evtx "$shared"/evtx-bad/*.evtx)
else
    echo "# SKIP: ../shared/data absent: dump-events compared on the fixtures only"
fi
same=0 differ=0
for f in "${logs[@]}"; do
    "$linux_bin" dump-events "$f" --format jsonl >"$t/l.jsonl" 2>/dev/null; lrc=$?
    win dump-events "$(wine_path "$f")" --format jsonl 2>/dev/null | tr -d '\r' >"$t/w.jsonl"; wrc=${PIPESTATUS[0]}
    if [ "$lrc" = "$wrc" ] && cmp -s "$t/l.jsonl" "$t/w.jsonl"; then
        same=$((same + 1))
    else
        differ=$((differ + 1))
        echo "  dump-events differs for $(basename "$f") (exit $lrc vs $wrc)"
        diff "$t/l.jsonl" "$t/w.jsonl" | head -4
    fi
done
check "dump-events jsonl identical from both builds for $same of ${#logs[@]} logs" test "$differ" = 0

# --- the SMB probe over Winsock ---------------------------------------------------------------
closed=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
if "$src/tests/fixtures/samba.sh" start "$t/samba" nt1 4451 127.0.0.1 >/dev/null 2>"$t/samba.err"; then
    for b in linux win; do
        args=(diagnose --package '\\127.0.0.1\pkg\package.msi' --smb-port 4451 --nbss-port "$closed" --no-progress --format json)
        if [ $b = linux ]; then "$linux_bin" "${args[@]}" --output "$t/samba-l.json"
        else win "${args[@]}" --output "$(wine_path "$t")\\samba-w.json"; fi
    done
    check "Samba (SMB1 only): same server facts from both builds" same_facts "$t/samba-l.json" "$t/samba-w.json" server.
    check "Samba: same findings, GPSI-SERVER-SMB1-ONLY among them" test \
        "$(json_get "$t/samba-w.json" 'causes')" = "$(json_get "$t/samba-l.json" 'causes')" -a \
        "$(json_get "$t/samba-w.json" '"GPSI-SERVER-SMB1-ONLY" in causes')" = True
    "$src/tests/fixtures/samba.sh" stop "$t/samba" >/dev/null 2>&1
else
    echo "# SKIP: Samba did not start: $(tail -1 "$t/samba.err")"
fi
coproc SIM { "$nt4sim"; }
sim_pid=$SIM_PID
read -r _ sim_port <&"${SIM[0]}"
for b in linux win; do
    args=(diagnose --package '\\nt4srv.example.test\apps\office.msi' --resolve nt4srv.example.test=127.0.0.1
          --nbss-port "$sim_port" --smb-port "$closed" --no-progress --format json)
    if [ $b = linux ]; then "$linux_bin" "${args[@]}" --output "$t/nt4-l.json"
    else win "${args[@]}" --output "$(wine_path "$t")\\nt4-w.json"; fi
done
check "NT 4.0 simulator: same server facts from both builds" same_facts "$t/nt4-l.json" "$t/nt4-w.json" server.
check "NT 4.0 simulator: KB 323304 (GPSI-NT4-NOKERB) ranks first in both" test \
    "$(json_get "$t/nt4-w.json" 'causes[0]')" = GPSI-NT4-NOKERB -a \
    "$(json_get "$t/nt4-l.json" 'causes[0]')" = GPSI-NT4-NOKERB
kill "$sim_pid" 2>/dev/null; sim_pid=

# --- SSPI against the MIT KDC -------------------------------------------------------------------
kdc_port=8801
if "$src/tests/fixtures/kdc.sh" start "$t/kdc" $kdc_port >/dev/null 2>"$t/kdc.err"; then
    "$src/tests/fixtures/kdc.sh" kinit "$t/kdc" >/dev/null
    # shellcheck source=/dev/null
    source "$t/kdc/env.sh"
    kerb() { # kerb NAME HOST: the Kerberos check of the Windows build, JSON into $t/NAME.json
        win diagnose --package "\\\\$2\\apps\\x.msi" --no-progress --format json \
            --output "$(wine_path "$t")\\$1.json" >/dev/null 2>&1
    }
    kerb known win2k3.example.test
    check "SSPI: ticket issued for cifs/win2k3.example.test" \
        test "$(json_get "$t/known.json" 'fact("auth.kerberos.ticket")')" = issued
    check "SSPI: SEC_I_CONTINUE_NEEDED" grep -q SEC_I_CONTINUE_NEEDED "$t/known.json"
    check "SSPI: the service ticket is in the ccache (klist)" \
        sh -c "klist | grep -q 'cifs/win2k3.example.test@EXAMPLE.TEST'"
    kerb unknown nt4.example.test
    check "SSPI under Wine: unknown principal reads SEC_E_INTERNAL_ERROR (Windows: SEC_E_TARGET_UNKNOWN)" \
        grep -q SEC_E_INTERNAL_ERROR "$t/unknown.json"
    KRB5CCNAME=FILE:$t/kdc/no-such-ccache kerb nocred win2k3.example.test
    check "SSPI: no credentials reads SEC_E_NO_CREDENTIALS, outcome no-credentials" \
        test "$(json_get "$t/nocred.json" 'fact("auth.kerberos.ticket")')" = no-credentials
    "$src/tests/fixtures/kdc.sh" stop "$t/kdc" >/dev/null 2>&1
    # A copy of the cache holding the TGT but no ticket for this host: the KDC must be asked.
    cp "${KRB5CCNAME#FILE:}" "$t/tgt-only.ccache"
    KRB5CCNAME=FILE:$t/tgt-only.ccache kerb stopped files.example.test
    check "SSPI under Wine with the KDC stopped: SEC_E_INTERNAL_ERROR too (Windows: SEC_E_NO_AUTHENTICATING_AUTHORITY), never 'issued'" \
        test "$(json_get "$t/stopped.json" 'fact("auth.kerberos.ticket")')" != issued -a \
        "$(grep -c SEC_E_INTERNAL_ERROR "$t/stopped.json")" -gt 0
else
    echo "# SKIP: the MIT KDC did not start: $(tail -1 "$t/kdc.err")"
fi

# --- live event logs ------------------------------------------------------------------------------
win diagnose --package 'Z:\apps\office.msi' --live-events --no-progress --format json \
    --output "$(wine_path "$t")\\live.json" >/dev/null 2>&1; rc=$?
check "live events under Wine: exit 1, no crash or hang" test "$rc" = 1
check "live events: 'not available on this system' in the report" \
    grep -q 'live event logs are not available on this system' "$t/live.json"

echo "# $pass passed, $fail failed"
[ "$fail" -eq 0 ]

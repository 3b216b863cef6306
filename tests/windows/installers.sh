#!/usr/bin/env bash
# The Windows installers under Wine: builds gpsi-doctor-VERSION-setup.exe and -x64.msi from a
# deploy folder (packaging/windows/make-installers.sh), checks the MSI's Property table, then in a
# fresh Wine prefix, for each installer: silent install, the installed program's --version and a
# diagnose (exit 1, a JSON report), the Programs and Features entry and the Start-menu shortcut,
# silent uninstall leaving nothing behind; then an upgrade in place to VERSION with the patch
# number raised (built from a copy of the deploy folder with one file fewer, which must be gone
# after the upgrade) and a refused downgrade.
#   tests/windows/installers.sh DEPLOY_DIR VERSION
# One "ok - ..." or "not ok - ..." line per check and a summary; exit 1 when a check failed, 2 on
# bad arguments, 0 with one "SKIP: ..." line when makensis, wixl, msiinfo or Wine is missing.
# No network: the only package path diagnosed is a drive-letter path (a local drive under Wine),
# which needs no lookup. Takes about a minute on two cores (a Wine prefix ~15 s, the four
# installers ~20 s with zlib, the Wine runs the rest).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)

if [ $# -ne 2 ]; then
    echo "usage: tests/windows/installers.sh DEPLOY_DIR VERSION" >&2
    exit 2
fi
deploy=$1 version=$2
for tool in makensis wixl wixl-heat msiinfo wine; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is not installed (apt-get install nsis wixl msitools wine)"
        exit 0
    fi
done
if [ ! -f "$deploy/gpsi-doctor.exe" ]; then
    echo "installers: $deploy has no gpsi-doctor.exe (not a deploy folder)" >&2
    exit 2
fi
if ! [[ $version =~ ^([0-9]+)\.([0-9]+)\.([0-9]+)$ ]]; then
    echo "installers: version '$version' is not major.minor.patch" >&2
    exit 2
fi
next=${BASH_REMATCH[1]}.${BASH_REMATCH[2]}.$((BASH_REMATCH[3] + 1))
deploy=$(cd "$deploy" && pwd)
# The UpgradeCode every release must carry, written out here on purpose rather than read from
# gpsi-doctor.wxs: a changed code would orphan installed copies, and this test must notice.
upgrade_code='{63FD1E79-E29C-4A27-9DC6-5FB5521E9E63}'
uninst_root='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall'
nsis_key="$uninst_root\\GPSIDoctor"

start=$SECONDS
work=$(mktemp -d /tmp/gpsi-installers.XXXXXX)
cleanup() {
    # Only this test's prefix: its wineserver and every process in it, then the files.
    if [ -n "${GPSI_WINE:-}" ] && [ -d "$work/prefix" ]; then
        WINEPREFIX="$work/prefix" "$(dirname "$GPSI_WINE")/wineserver" -k 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

passed=0 failed=0
ok() { echo "ok - $*"; passed=$((passed + 1)); }
not_ok() { echo "not ok - $*"; failed=$((failed + 1)); }
# Indented output of a failed step, for the log.
show() { sed 's/^/#   /' "$@" | tail -n 20; }

# --- Build ---------------------------------------------------------------------------------
# zlib instead of LZMA unless the caller says otherwise: the installers' logic is the same and
# the four builds take seconds instead of a minute on two cores.
export GPSI_NSIS_COMPRESSOR=${GPSI_NSIS_COMPRESSOR:-zlib}
# The "next" version ships one file fewer (the last file of a subfolder other than platforms/),
# so the upgrades can show that a file the new version no longer ships is removed.
cp -al "$deploy" "$work/deploy-next" 2>/dev/null || cp -a "$deploy" "$work/deploy-next"
dropped=$(cd "$deploy" && find . -mindepth 2 -type f ! -path './platforms/*' | LC_ALL=C sort |
          tail -n 1 | sed 's|^\./||')
[ -n "$dropped" ] && rm -f "$work/deploy-next/$dropped"
build() {  # DEPLOY VERSION OUT
    if "$repo/packaging/windows/make-installers.sh" "$1" "$2" "$3" >"$work/build.log" 2>&1 &&
       [ -s "$3/gpsi-doctor-$2-setup.exe" ] && [ -s "$3/gpsi-doctor-$2-x64.msi" ]; then
        ok "make-installers.sh builds gpsi-doctor-$2-setup.exe and gpsi-doctor-$2-x64.msi"
    else
        not_ok "make-installers.sh builds the installers of $2"
        show "$work/build.log"
        echo "# $passed passed, $failed failed: cannot go on without installers"
        exit 1
    fi
}
build "$deploy" "$version" "$work/old"
build "$work/deploy-next" "$next" "$work/new"
setup_old=$work/old/gpsi-doctor-$version-setup.exe msi_old=$work/old/gpsi-doctor-$version-x64.msi
setup_new=$work/new/gpsi-doctor-$next-setup.exe msi_new=$work/new/gpsi-doctor-$next-x64.msi

# --- The MSI's tables ----------------------------------------------------------------------
msi_prop() { msiinfo export "$1" Property | tr -d '\r' | awk -F'\t' -v p="$2" '$1 == p { print $2 }'; }
check_prop() {  # MSI PROPERTY EXPECTED
    local got
    got=$(msi_prop "$1" "$2")
    if [ "$got" = "$3" ]; then ok "$(basename "$1"): $2 = $3"
    else not_ok "$(basename "$1"): $2 is '$got', expected '$3'"; fi
}
check_prop "$msi_old" ProductVersion "$version"
check_prop "$msi_old" ALLUSERS 1
check_prop "$msi_old" UpgradeCode "$upgrade_code"
check_prop "$msi_new" ProductVersion "$next"
check_prop "$msi_new" UpgradeCode "$upgrade_code"
pc_old=$(msi_prop "$msi_old" ProductCode) pc_new=$(msi_prop "$msi_new" ProductCode)
if [[ $pc_old =~ ^\{[0-9A-F-]{36}\}$ ]] && [ "$pc_old" != "$pc_new" ]; then
    ok "each version has its own ProductCode ($pc_old, $pc_new)"
else
    not_ok "ProductCodes '$pc_old' and '$pc_new' are not two distinct GUIDs"
fi
template=$(msiinfo suminfo "$msi_old" | sed -n 's/^Template: //p' | tr -d '\r')
if [ "$template" = "x64;1033" ]; then ok "the MSI is for x64 (Template $template)"
else not_ok "the MSI's Template is '$template', expected x64;1033"; fi
if msiinfo export "$msi_old" Upgrade | grep 'WIX_UPGRADE_DETECTED' >/dev/null &&
   msiinfo export "$msi_old" InstallExecuteSequence | grep '^RemoveExistingProducts' >/dev/null; then
    ok "the MSI removes older versions (Upgrade table, RemoveExistingProducts)"
else
    not_ok "the MSI has no major upgrade (Upgrade table or RemoveExistingProducts missing)"
fi

# --- Wine ----------------------------------------------------------------------------------
export WINEPREFIX=$work/prefix
# shellcheck source-path=SCRIPTDIR source=wine-env.sh
if ! source "$here/wine-env.sh"; then
    echo "SKIP: Wine does not start"
    exit 0
fi
# No .desktop files or icons in the real home for the shortcuts the installers make.
export WINEDLLOVERRIDES="$WINEDLLOVERRIDES;winemenubuilder.exe=d"
wineserver=$(dirname "$GPSI_WINE")/wineserver
run() { timeout -k 5 120 "$GPSI_WINE" "$@"; }    # no dialog may hang the test

pf="$WINEPREFIX/drive_c/Program Files/GPSI Doctor"
win_pf='C:\Program Files\GPSI Doctor'
# All users' Start menu, and the user's (where Wine's msi puts ProgramMenuFolder whatever
# ALLUSERS says: its package.c has "FIXME: set to AllUsers profile path if ALLUSERS is set").
lnk_all="$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/GPSI Doctor.lnk"
# Every GPSI Doctor.lnk in the prefix's Start menus.
shortcuts() {
    find "$WINEPREFIX/drive_c/ProgramData" "$WINEPREFIX/drive_c/users" -name 'GPSI Doctor.lnk' \
        -path '*/Start Menu/*' 2>/dev/null || true
}

# Values of a registry key as NAME<TAB>VALUE lines; fails when the key does not exist.
reg_values() {
    run reg query "$1" >"$work/reg.out" 2>/dev/null || return 1
    tr -d '\r' <"$work/reg.out" | awk -F'    ' '$3 ~ /^REG_/ { print $2 "\t" $4 }'
}
reg_get() { reg_values "$1" | awk -F'\t' -v n="$2" '$1 == n { print $2 }'; }
# How many entries in Programs and Features are called GPSI Doctor.
arp_count() {
    run reg query "$uninst_root" /s 2>/dev/null | tr -d '\r' |
        grep -c -E '^ +DisplayName +REG_SZ +GPSI Doctor$' || true
}
deploy_files() { (cd "$1" && find . -type f | LC_ALL=C sort); }
installed_files() { (cd "$pf" && find . -type f ! -path ./uninstall.exe | LC_ALL=C sort); }

check_installed() {  # KIND VERSION DEPLOY
    local kind=$1 ver=$2 dir=$3 out rc
    if [ -f "$pf/gpsi-doctor.exe" ]; then ok "$kind: $win_pf\\gpsi-doctor.exe exists"
    else not_ok "$kind: $win_pf\\gpsi-doctor.exe is missing"; return; fi
    if diff <(deploy_files "$dir") <(installed_files) >"$work/diff.out"; then
        ok "$kind: the whole deploy tree is installed ($(deploy_files "$dir" | wc -l) files)"
    else
        not_ok "$kind: installed files differ from the deploy folder"; show "$work/diff.out"
    fi
    # gpsi-doctor.exe is a GUI-subsystem program; Wine still hands it the Unix stdout, so its
    # output reaches the pipe (on Windows, cmd would neither wait nor show it: gpsi-doctor.com).
    for exe in gpsi-doctor.exe gpsi-doctor.com; do
        [ -f "$pf/$exe" ] || continue
        rc=0
        out=$(run "$win_pf\\$exe" --version 2>&1) || rc=$?
        if [ "$rc" -eq 0 ] && [[ $out == *"$ver"* ]]; then
            ok "$kind: installed $exe --version prints '$(head -n 1 <<<"$out" | tr -d '\r')'"
        else
            not_ok "$kind: installed $exe --version: exit $rc, output '$out', expected $ver"
        fi
    done
}

check_diagnose() {  # KIND
    local kind=$1 rc=0 report="gpsi-report-$1.json"
    run "$win_pf\\gpsi-doctor.exe" diagnose --package 'Z:\apps\office.msi' --format json \
        --output "C:\\$report" >"$work/diag.out" 2>&1 || rc=$?
    if [ "$rc" -eq 1 ] && python3 -m json.tool "$WINEPREFIX/drive_c/$report" >/dev/null 2>&1; then
        ok "$kind: installed gpsi-doctor.exe diagnose exits 1 (a finding) with a JSON report"
    else
        not_ok "$kind: diagnose exited $rc (expected 1) or C:\\$report is not JSON"
        show "$work/diag.out"
    fi
}

check_gone() {  # KIND
    local kind=$1
    if [ ! -e "$pf" ]; then ok "$kind: uninstall removes $win_pf"
    else not_ok "$kind: $win_pf is left after uninstall:"; (cd "$pf" && find . | show); fi
    if [ -z "$(shortcuts)" ]; then ok "$kind: uninstall removes the shortcut"
    else not_ok "$kind: the Start-menu shortcut is left after uninstall"; fi
    local n
    n=$(arp_count)
    if [ "$n" -eq 0 ]; then ok "$kind: no GPSI Doctor entry left in Programs and Features"
    else not_ok "$kind: $n GPSI Doctor entries left in Programs and Features"; fi
}

# Runs the registered QuietUninstallString of the NSIS entry and waits: the uninstaller copies
# itself to %TEMP% and returns at once, so wait for the prefix's processes to end.
nsis_uninstall() {
    local quiet exe args rc=0
    quiet=$(reg_get "$nsis_key" QuietUninstallString)
    exe=$(sed -n 's/^"\([^"]*\)".*/\1/p' <<<"$quiet")
    args=$(sed -n 's/^"[^"]*" *//p' <<<"$quiet")
    # shellcheck disable=SC2086 # the arguments are words (/S)
    run "$exe" $args || rc=$?
    "$wineserver" -w
    return "$rc"
}

# --- NSIS: install, run, uninstall ---------------------------------------------------------
rc=0; run "$(wine_path "$setup_old")" /S >/dev/null 2>&1 || rc=$?
if [ "$rc" -eq 0 ]; then ok "nsis: setup.exe /S exits 0"; else not_ok "nsis: setup.exe /S exits $rc"; fi
check_installed nsis "$version" "$deploy"
check_diagnose nsis
missing=
for v in DisplayName DisplayVersion Publisher InstallLocation UninstallString \
         QuietUninstallString DisplayIcon EstimatedSize NoModify NoRepair; do
    [ -n "$(reg_get "$nsis_key" "$v")" ] || missing+=" $v"
done
if [ -z "$missing" ] && [ "$(reg_get "$nsis_key" DisplayVersion)" = "$version" ] &&
   [ "$(reg_get "$nsis_key" Publisher)" = "GPSI Doctor maintainers" ] &&
   [ "$(reg_get "$nsis_key" InstallLocation)" = "$win_pf" ] &&
   [[ $(reg_get "$nsis_key" QuietUninstallString) == *'uninstall.exe" /S' ]]; then
    ok "nsis: $nsis_key has DisplayVersion $version, Publisher, InstallLocation, quiet uninstall, size"
else
    not_ok "nsis: $nsis_key is incomplete (missing:${missing:- none})"; reg_values "$nsis_key" | show
fi
if [ -f "$lnk_all" ]; then ok "nsis: shortcut in the all-users Start menu"
else not_ok "nsis: no GPSI Doctor.lnk in the all-users Start menu"; fi
rc=0; nsis_uninstall || rc=$?
if [ "$rc" -eq 0 ]; then ok "nsis: QuietUninstallString exits 0"; else not_ok "nsis: uninstall exits $rc"; fi
check_gone nsis

# --- NSIS: a folder the user picked, holding other files ----------------------------------
# The uninstaller deletes only what it installed and the folder only when empty, so a picked
# folder such as C:\Tools keeps the user's files (and itself).
tools="$WINEPREFIX/drive_c/Tools"
mkdir -p "$tools" && echo "the user's" >"$tools/other.txt"
rc=0; run "$(wine_path "$setup_old")" /S '/D=C:\Tools' >/dev/null 2>&1 || rc=$?
if [ "$rc" -eq 0 ] && [ -f "$tools/gpsi-doctor.exe" ] &&
   [ "$(reg_get "$nsis_key" InstallLocation)" = 'C:\Tools' ]; then
    ok "nsis: setup.exe /S /D=C:\Tools installs there"
else
    not_ok "nsis: setup.exe /S /D=C:\Tools: exit $rc, InstallLocation '$(reg_get "$nsis_key" InstallLocation)'"
fi
nsis_uninstall || true
left=$(cd "$tools" 2>/dev/null && find . -mindepth 1 | LC_ALL=C sort | tr '\n' ' ')
if [ "$left" = "./other.txt " ] && [ "$(arp_count)" -eq 0 ]; then
    ok "nsis: uninstall from C:\Tools removes its files and keeps the user's other.txt"
else
    not_ok "nsis: after uninstall from C:\Tools: '$left' left"
fi
rm -rf "$tools"

# --- NSIS: upgrade in place, refused downgrade -----------------------------------------------
run "$(wine_path "$setup_old")" /S >/dev/null 2>&1 || true
rc=0; run "$(wine_path "$setup_new")" /S >/dev/null 2>&1 || rc=$?
n=$(arp_count) dv=$(reg_get "$nsis_key" DisplayVersion)
if [ "$rc" -eq 0 ] && [ "$n" -eq 1 ] && [ "$dv" = "$next" ]; then
    ok "nsis: $next over $version: one entry in Programs and Features, version $next"
else
    not_ok "nsis: $next over $version: exit $rc, $n entries, DisplayVersion '$dv'"
fi
if [ -n "$dropped" ]; then
    if [ ! -e "$pf/$dropped" ] && diff <(deploy_files "$work/deploy-next") <(installed_files) >/dev/null
    then ok "nsis: the upgrade removed $dropped, which $next no longer ships"
    else not_ok "nsis: after the upgrade the files differ from $next's ($dropped)"; fi
fi
rc=0; run "$(wine_path "$setup_old")" /S >/dev/null 2>&1 || rc=$?
dv=$(reg_get "$nsis_key" DisplayVersion)
if [ "$rc" -ne 0 ] && [ "$dv" = "$next" ] && [ -f "$pf/gpsi-doctor.exe" ]; then
    ok "nsis: silent $version over $next is refused (exit $rc), $next stays"
else
    not_ok "nsis: silent downgrade: exit $rc, DisplayVersion '$dv'"
fi
nsis_uninstall || true
check_gone "nsis upgrade"

# --- MSI: install, run, uninstall ----------------------------------------------------------
msi_key() { printf '%s\\%s' "$uninst_root" "$1"; }
msi_run() {  # ACTION PACKAGE-OR-PRODUCTCODE LOGNAME
    run msiexec "$1" "$2" /qn /l*v "C:\\$3.log" >/dev/null 2>&1
}
# msiexec's log (ASCII under Wine, UTF-16 on Windows: dropping NULs reads both).
msi_log() { tr -d '\0\r' <"$WINEPREFIX/drive_c/$1.log" 2>/dev/null || true; }

rc=0; msi_run /i "$(wine_path "$msi_old")" msi-install || rc=$?
if [ "$rc" -eq 0 ]; then ok "msi: msiexec /i /qn exits 0"
else not_ok "msi: msiexec /i /qn exits $rc"; msi_log msi-install | grep -i 'error\|return value 3' | show; fi
check_installed msi "$version" "$deploy"
check_diagnose msi
key=$(msi_key "$pc_old")
if [ "$(reg_get "$key" DisplayVersion)" = "$version" ] &&
   [ "$(reg_get "$key" Publisher)" = "GPSI Doctor maintainers" ] &&
   [ "$(reg_get "$key" InstallLocation)" = "$win_pf\\" ] &&
   [ "$(reg_get "$key" Contact)" = "GPSI Doctor maintainers" ] && [ "$(arp_count)" -eq 1 ]; then
    ok "msi: $key has DisplayVersion $version, Publisher, Contact, InstallLocation"
else
    not_ok "msi: the Programs and Features entry $key is wrong"; reg_values "$key" | show
fi
if [ -f "$lnk_all" ]; then ok "msi: shortcut in the all-users Start menu"
elif [ -n "$(shortcuts)" ]; then ok "msi: shortcut in the user's Start menu (Wine's msi ignores ALLUSERS there)"
else not_ok "msi: no GPSI Doctor.lnk in the Start menu"; fi
# The same package again is a maintenance install of the same product, not a second entry.
rc=0; msi_run /i "$(wine_path "$msi_old")" msi-reinstall || rc=$?
n=$(arp_count)
if [ "$n" -eq 1 ]; then ok "msi: installing $version again leaves one entry (exit $rc)"
else not_ok "msi: installing $version again: exit $rc, $n entries"; fi
# By ProductCode, as Group Policy and Programs and Features do: no package file needed.
rc=0; msi_run /x "$pc_old" msi-uninstall || rc=$?
if [ "$rc" -eq 0 ]; then ok "msi: msiexec /x $pc_old /qn exits 0"
else not_ok "msi: msiexec /x exits $rc"; msi_log msi-uninstall | grep -i 'error\|return value 3' | show; fi
check_gone msi

# --- MSI: major upgrade, refused downgrade -------------------------------------------------
msi_run /i "$(wine_path "$msi_old")" msi-install-old || true
rc=0; msi_run /i "$(wine_path "$msi_new")" msi-upgrade || rc=$?
n=$(arp_count) dv=$(reg_get "$(msi_key "$pc_new")" DisplayVersion)
if [ "$rc" -eq 0 ] && [ "$n" -eq 1 ] && [ "$dv" = "$next" ] && ! reg_values "$(msi_key "$pc_old")" >/dev/null
then ok "msi: $next over $version: the old product is removed, one entry, version $next"
else not_ok "msi: $next over $version: exit $rc, $n entries, DisplayVersion '$dv'"; fi
if [ -n "$dropped" ]; then
    if [ ! -e "$pf/$dropped" ] && diff <(deploy_files "$work/deploy-next") <(installed_files) >/dev/null
    then ok "msi: the upgrade removed $dropped, which $next no longer ships"
    else not_ok "msi: after the upgrade the files differ from $next's ($dropped)"; fi
fi
rc=0; msi_run /i "$(wine_path "$msi_old")" msi-downgrade || rc=$?
n=$(arp_count) dv=$(reg_get "$(msi_key "$pc_new")" DisplayVersion)
# Windows' 1603 arrives as 67: Wine's exit status is the low byte of the Windows one. The log
# shows why (Wine's does not log the launch condition's message): the newer product was found.
if [ "$rc" -ne 0 ] && [ "$n" -eq 1 ] && [ "$dv" = "$next" ] && [ -f "$pf/gpsi-doctor.exe" ] &&
   msi_log msi-downgrade | grep -F "WIX_DOWNGRADE_DETECTED = $pc_new" >/dev/null; then
    ok "msi: $version over $next is refused (exit $rc, WIX_DOWNGRADE_DETECTED), $next stays"
else
    not_ok "msi: downgrade: exit $rc, $n entries, DisplayVersion '$dv'"
fi
msi_run /x "$pc_new" msi-uninstall-new || true
check_gone "msi upgrade"

echo "# $passed passed, $failed failed ($((SECONDS - start)) s; Wine prefix $WINEPREFIX removed)"
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# Builds the two Windows installers of a deploy folder (packaging/windows/build.sh makes one):
#   OUT_DIR/gpsi-doctor-VERSION-setup.exe   NSIS setup program (installer.nsi), /S for silent
#   OUT_DIR/gpsi-doctor-VERSION-x64.msi     Windows Installer package (gpsi-doctor.wxs) for
#                                           msiexec /qn and Group Policy software installation
#   packaging/windows/make-installers.sh DEPLOY_DIR VERSION OUT_DIR
# VERSION is major.minor.patch (numbers; Windows Installer ignores a fourth field, so it is not
# accepted). GPSI_NSIS_COMPRESSOR=zlib makes a quicker, bigger setup.exe (the tests use it).
# Exit 2 with one line when makensis or wixl is missing, or the arguments are wrong.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

die() { echo "make-installers: $*" >&2; exit 2; }

[ $# -eq 3 ] || die "usage: make-installers.sh DEPLOY_DIR VERSION OUT_DIR"
deploy=$1 version=$2 out=$3

for tool in makensis wixl wixl-heat; do
    command -v "$tool" >/dev/null ||
        die "$tool not found (apt-get install nsis wixl)"
done
[ -f "$deploy/gpsi-doctor.exe" ] || die "$deploy has no gpsi-doctor.exe (not a deploy folder)"
# The limits are Windows Installer's ProductVersion: 255.255.65535.
if ! [[ $version =~ ^([0-9]+)\.([0-9]+)\.([0-9]+)$ ]] ||
   [ "${BASH_REMATCH[1]}" -gt 255 ] || [ "${BASH_REMATCH[2]}" -gt 255 ] ||
   [ "${BASH_REMATCH[3]}" -gt 65535 ]; then
    die "version '$version' is not major.minor.patch (at most 255.255.65535)"
fi

deploy=$(cd "$deploy" && pwd)
mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# ProductCode: a name-based (version 5) UUID of the version under the UpgradeCode, so each
# version has its own code and rebuilding a version keeps it (see gpsi-doctor.wxs).
upgrade_code=$(sed -n 's/.*UpgradeCode="\([0-9A-Fa-f-]\{36\}\)".*/\1/p' "$here/gpsi-doctor.wxs")
[ -n "$upgrade_code" ] || die "no UpgradeCode in $here/gpsi-doctor.wxs"
uuid5() {
    local ns_hex=${1//-/} hash
    # The namespace's 16 bytes (hex pairs as \xHH escapes), then the name, through SHA-1.
    # shellcheck disable=SC2001 # a per-pair substitution; ${//} has no back-reference
    hash=$( { printf '%b' "$(sed 's/../\\x&/g' <<<"$ns_hex")"; printf '%s' "$2"; } |
            sha1sum | cut -c1-32)
    # Version 5 in the high nibble of byte 6, variant 10 in the two high bits of byte 8.
    printf '%s-%s-5%s-%x%s-%s' "${hash:0:8}" "${hash:8:4}" "${hash:13:3}" \
        $(( (16#${hash:16:1} & 3) | 8 )) "${hash:17:3}" "${hash:20:12}" | tr a-f A-F
}
product_code=$(uuid5 "$upgrade_code" "gpsi-doctor x64 $version")

# The MSI's components: one per file of the deploy folder, subfolders included. Sorted by
# folder so wixl-heat emits each folder once.
find "$deploy" -type f -printf '%h\t%p\n' | LC_ALL=C sort | cut -f2 |
    wixl-heat -p "$deploy/" --component-group DeployFiles --directory-ref INSTALLDIR \
              --var var.Deploy --win64 > "$work/deploy-files.wxs"

# Both at once (two cores): NSIS's LZMA takes ~20 s, wixl a few. Written under temporary names
# so a failed build leaves no installer behind.
setup=gpsi-doctor-$version-setup.exe msi=gpsi-doctor-$version-x64.msi
nsis_args=(-V2 -DVERSION="$version" -DDEPLOY="$deploy" -DOUTFILE="$work/$setup")
[ -n "${GPSI_NSIS_COMPRESSOR:-}" ] && nsis_args+=(-DCOMPRESSOR="$GPSI_NSIS_COMPRESSOR")
makensis "${nsis_args[@]}" "$here/installer.nsi" >"$work/makensis.log" 2>&1 &
nsis_pid=$!
# wixl finds a File's Source only relative to the folders of its input files (an absolute
# path is refused), so both sources and a link to the deploy folder sit together in $work.
cp "$here/gpsi-doctor.wxs" "$work/gpsi-doctor.wxs"
ln -s "$deploy" "$work/deploy"
wixl_rc=0
(cd "$work" && wixl -a x64 -D Version="$version" -D ProductCode="$product_code" -D Deploy=deploy \
    -D Win64=yes -o "$work/$msi" gpsi-doctor.wxs deploy-files.wxs) || wixl_rc=$?
nsis_rc=0
wait "$nsis_pid" || nsis_rc=$?
if [ "$nsis_rc" -ne 0 ]; then
    cat "$work/makensis.log" >&2
    echo "make-installers: makensis failed ($nsis_rc)" >&2
    exit 1
fi
[ "$wixl_rc" -eq 0 ] || { echo "make-installers: wixl failed ($wixl_rc)" >&2; exit 1; }

mv -f "$work/$setup" "$out/$setup"
mv -f "$work/$msi" "$out/$msi"
echo "make-installers: $out/$setup"
echo "make-installers: $out/$msi (ProductCode {$product_code})"

#!/usr/bin/env bash
# Installs what GPSI Doctor needs on Debian 12 and is not there yet.
#   packaging/deps.sh build   what building and running needs
#   packaging/deps.sh test    that, plus what the test suite uses
# Without root it only reports what is missing (and fails if anything is).
set -euo pipefail

build_pkgs=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
    qt6-translations-l10n libgl-dev
    fonts-dejavu-core
    libkrb5-dev  # GSSAPI for the Kerberos check (optional: without it the check says so)
)
test_pkgs=(
    poppler-utils  # pdftotext/pdfinfo read the PDF reports back
    iproute2       # 'ip link set lo up' in the tests' private network namespace
    util-linux     # unshare, mount, setpriv
    time           # GNU time: peak memory of the reader tests (tests/integration/safeio-cli.sh)
    clang-format   # the style check
    universal-ctags  # function lengths (tests/style/function-length.sh)
    clang libclang-rt-14-dev  # libFuzzer runs of the parsers (tests/fuzz/run-libfuzzer.sh)
    g++-mingw-w64-x86-64-posix  # compile-checks the Windows-only sources (no Qt needed)
    wine wine64    # runs the Windows build and its tests (tests/windows/)
    nsis wixl msitools  # setup.exe and the MSI (packaging/windows/), msiinfo reads the MSI back
    python3        # the Windows end-to-end test compares JSON reports (tests/windows/cli-e2e.sh)
    samba smbclient nmap  # tests/fixtures: smbd on loopback for the SMB probe tests, nmap oracle
    krb5-kdc krb5-admin-server krb5-user  # tests/fixtures/kdc.sh: a throwaway MIT realm on loopback
    faketime  # a client clock ahead of the KDC's, for the clock-skew test
    samba-ad-dc samba-ad-provision ldb-tools  # tests/fixtures/addc.sh: a Samba AD DC on loopback
    python3-evtx libevtx-utils  # reference EVTX parsers for the differential tests and the benchmark
)

want=("${build_pkgs[@]}")
[ "${1:-build}" = test ] && want+=("${test_pkgs[@]}")

missing=()
for p in "${want[@]}"; do
    [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" = "install ok installed" ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "deps: installing ${missing[*]}" >&2
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        SUDO=sudo
    else
        echo "deps: missing packages and not root; run: apt-get install ${missing[*]}" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
${SUDO:-} apt-get update -qq
${SUDO:-} apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

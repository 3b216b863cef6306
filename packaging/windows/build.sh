#!/usr/bin/env bash
# Cross-builds GPSI Doctor for 64-bit Windows with mingw-w64 and the Qt SDK in
# ../shared/toolchains (or the unpacked SDK GPSI_QT_MINGW names), warnings as errors, from the
# same CMake project as the Linux build, and writes:
#   OUT/deploy/                                 gpsi-doctor.exe/.com and all they need to run
#   OUT/gpsi-doctor-VERSION-setup.exe           NSIS installer (per machine, /S for silent)
#   OUT/gpsi-doctor-VERSION-x64.msi             MSI for Group Policy software installation
# The build tree is OUT/build. GPSI_WIN_TESTS=ON also builds the test programs (the test
# command runs them under Wine). Exit 3 with one line when no SDK is available.
#   packaging/windows/build.sh OUT
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:?usage: packaging/windows/build.sh OUT}
mkdir -p "$out"
out=$(cd "$out" && pwd)

# The SDK: an unpacked one, or the tarball unpacked once into OUT/sdk (it is relocatable).
if [ -n "${GPSI_QT_MINGW:-}" ]; then
    sdk=$GPSI_QT_MINGW
else
    tarball=$(ls "$src"/../shared/toolchains/qt-6.*-x86_64-w64-mingw32.tar.xz 2>/dev/null | tail -1 || true)
    if [ -z "$tarball" ]; then
        echo "windows: SKIP: no Qt SDK for mingw (../shared/toolchains absent; set GPSI_QT_MINGW=DIR)" >&2
        exit 3
    fi
    sdk=$out/sdk/qt6-mingw
    if [ ! -e "$out/sdk/.unpacked" ] || [ "$tarball" -nt "$out/sdk/.unpacked" ]; then
        rm -rf "$out/sdk" && mkdir -p "$out/sdk"
        tar -xJf "$tarball" -C "$out/sdk"
        touch "$out/sdk/.unpacked"
    fi
fi
if [ ! -f "$sdk/toolchain-mingw64.cmake" ]; then
    echo "windows: $sdk is not a Qt mingw SDK (no toolchain-mingw64.cmake)" >&2
    exit 2
fi

cmake -S "$src" -B "$out/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DGPSI_WERROR=ON \
    -DCMAKE_TOOLCHAIN_FILE="$sdk/toolchain-mingw64.cmake" -DGPSI_QT_MINGW_PREFIX="$sdk" \
    -DGPSI_BUILD_TESTS="${GPSI_WIN_TESTS:-OFF}" >/dev/null
cmake --build "$out/build" -j"$(nproc)"
rm -rf "$out/deploy"
cmake --install "$out/build" --prefix "$out/deploy" --component runtime >/dev/null

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$out/build/CMakeCache.txt")
"$src/packaging/windows/make-installers.sh" "$out/deploy" "$version" "$out"
echo "windows: $out/deploy, $out/gpsi-doctor-$version-setup.exe, $out/gpsi-doctor-$version-x64.msi"

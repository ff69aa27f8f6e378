#!/usr/bin/env bash
# Builds PIAdesk's Debian package for this machine's Debian 12:
#   packaging/build-package.sh [BUILD_DIR]        (default: build-package/)
# writes BUILD_DIR/piadesk_<version>-1_<arch>.deb. Install it with: sudo apt install ./BUILD_DIR/piadesk_*.deb
#
# The build uses Debian's compiler and linker flags (dpkg-buildflags: hardening, file-prefix-map), no tests,
# and no data files inside the programs (PIADESK_EMBED_DATA=OFF): the installed programs read them from
# /usr/share/piadesk, which packaging/test-package.sh relies on to show that they do.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

build=${1:-build-package}
cflags="$(dpkg-buildflags --get CFLAGS) $(dpkg-buildflags --get CPPFLAGS)"
cxxflags="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)"
ldflags=$(dpkg-buildflags --get LDFLAGS)
cmake -S . -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=None \
    -DCMAKE_C_FLAGS="$cflags" -DCMAKE_CXX_FLAGS="$cxxflags" \
    -DCMAKE_EXE_LINKER_FLAGS="$ldflags" -DCMAKE_SHARED_LINKER_FLAGS="$ldflags" \
    -DCMAKE_INSTALL_PREFIX=/usr \
    -DPIADESK_BUILD_TESTS=OFF -DPIADESK_EMBED_DATA=OFF
cmake --build "$build" --parallel
rm -f "$build"/piadesk_*.deb
(cd "$build" && cpack -G DEB)
ls "$build"/piadesk_*.deb

#!/usr/bin/env bash
# Installs what PIAdesk needs, builds it, and starts the desktop app on the default case file
# (or on the file given as the first argument).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --parallel
exec build/app/piadesk "$@"

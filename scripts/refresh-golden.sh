#!/usr/bin/env bash
# Rewrites the golden files under tests/golden (check --json of each version, deadlines --json) from the current
# piadesk-cli, then shows what changed. Review the diff: a change of output is a bug unless it is meant, and then it
# is committed with the change that made it. Usage: scripts/refresh-golden.sh [BUILD_DIR] (default: build).
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
cmake --build "$build" --parallel --target tst_golden piadesk-cli
PIADESK_GOLDEN_UPDATE=1 QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 "$build/tests/tst_golden" > /dev/null
git status --short -- tests/golden
git diff --stat -- tests/golden

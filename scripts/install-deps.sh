#!/usr/bin/env bash
# Installs the Debian 12 packages PIAdesk needs to build, run and test. Uses sudo when not root.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config
    # Qt 6 (Core, Gui, Widgets, Test, Linguist tools) and Qt's own translations
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
    # SQLite (the case file) and its shell, used by the tests to tamper with files as an outsider would
    libsqlite3-dev sqlite3
    # the team store: PostgreSQL's client library, and the server with its tools (psql, initdb, pg_ctl, pg_dump) for
    # scripts/team-server.sh and the throwaway clusters the tests start
    libpq-dev postgresql
    # PDF and Excel output
    libpoppler-qt6-dev libxlsxwriter-dev
    # document templates (Mustache, escapes HTML) and the faces documents embed (exact text layer): Song (AR PL
    # UMing) for text, DejaVu Serif for its Latin letters, Hei (WenQuanYi Micro Hei) for headings and emphasis
    libkainjow-mustache-dev fonts-arphic-uming fonts-dejavu-core fonts-wqy-microhei
    # the fallback fonts documents embed for rare characters of names and places (CJK Extension A, B to F)
    fonts-hanazono
    # the OpenDocument working copies (completed inside their zip), and reading .xlsx and .odt back in the tests
    libzip-dev
    # fonts for Chinese documents and UI
    fonts-noto-cjk
    # headless GUI runs and screenshots
    xvfb xauth
    # fuzzing the file parsers (libFuzzer comes with clang), and private mounts for the full-disk test
    clang libclang-rt-14-dev util-linux
    # the benchmarks (scripts/bench.sh) and the peak memory of the CLI's
    libbenchmark-dev time
    # the Debian package (packaging/): its flags, dependencies and checks, and reading its documents back
    dpkg-dev file appstream desktop-file-utils shared-mime-info lintian poppler-utils unzip python3
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "All build dependencies are installed."
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "Installing: ${missing[*]}"
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"

#!/usr/bin/env bash
# Tests PIAdesk's Debian package:
#   packaging/test-package.sh [BUILD_DIR]         (default: build-package/, as made by build-package.sh)
#
# 1. Inspects the .deb: its fields, that Depends covers every shared library the programs link against
#    (each library's Debian package, looked up here, must be listed), its files, and its metadata
#    (appstreamcli, desktop-file-validate, update-mime-database, lintian).
# 2. Checks that `cmake --install` lays out the same files under another prefix.
# 3. Unpacks the .deb into a throwaway root and runs it from there, then from a moved copy: `--version`,
#    `about` (every data file read from that root), and `render` in Chinese and English, read back.
# 4. As root (or with sudo), installs it on this machine with apt, checks the case-file MIME type and the
#    desktop entry, starts the app on a case file as double-clicking one would, and removes it cleanly.
# No pipefail: checks pipe into `grep -q`, `head` and `awk … exit`, which stop reading early (SIGPIPE upstream);
# every check judges the output it reads instead.
set -eu
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build-package}")
shopt -s nullglob
debs=("$build"/piadesk_*.deb)
[ ${#debs[@]} -eq 1 ] || { echo "expected one piadesk_*.deb in $build, found ${#debs[@]}" >&2; exit 1; }
deb=${debs[0]}
work=$(mktemp -d)
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo -n"
installed=0
cleanup() {
    if [ "$installed" -eq 1 ]; then
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q piadesk >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

failures=0
pass() { echo "  ok   $*"; }
fail() { echo "  FAIL $*" >&2; failures=$((failures + 1)); }
check() { # check DESCRIPTION COMMAND...: passes when COMMAND succeeds
    local what=$1; shift
    if "$@" >/dev/null 2>&1; then pass "$what"; else fail "$what"; fi
}
# Isolated home and data directories: nothing of this machine's user is read or written.
export HOME=$work/home XDG_DATA_HOME=$work/home/data XDG_CONFIG_HOME=$work/home/config
export XDG_CACHE_HOME=$work/home/cache XDG_RUNTIME_DIR=$work/home/run QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

echo "== $(basename "$deb")"
field() { dpkg-deb --field "$deb" "$1"; }
version=$(sed -n 's/^project(PIAdesk VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
check "Package is piadesk" test "$(field Package)" = piadesk
check "Version is $version-1" test "$(field Version)" = "$version-1"
check "Architecture is $(dpkg --print-architecture)" test "$(field Architecture)" = "$(dpkg --print-architecture)"
check "has a Maintainer, Section and Description" test -n "$(field Maintainer)" -a -n "$(field Section)" -a -n "$(field Description)"
depends=$(field Depends)
echo "  Depends: $depends"
dpkg-deb -x "$deb" "$work/root"
listed() { echo "$depends" | tr ',' '\n' | sed 's/^ *//; s/ .*//' | grep -qx "$1"; }
for program in piadesk piadesk-cli; do
    for lib in $(readelf -d "$work/root/usr/bin/$program" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
        path=$(ldconfig -p | awk -v lib="$lib" '$1 == lib { print $NF; exit }')
        owner=""
        # With the merged /usr, dpkg may know the file under /lib or under /usr/lib.
        for candidate in "$path" "$(realpath "$path")" "${path#/usr}" "/usr$path"; do
            [ -n "$owner" ] || owner=$( (dpkg -S "$candidate" 2>/dev/null || true) | head -1 | cut -d: -f1)
        done
        if [ -n "$owner" ] && listed "$owner"; then pass "$program needs $lib: Depends lists $owner"
        else fail "$program needs $lib (package '${owner:-?}'), which Depends does not list"; fi
    done
done
check "Depends lists fonts-arphic-uming (the Song face documents embed)" listed fonts-arphic-uming
check "Depends lists fonts-dejavu-core (the Latin serif documents embed)" listed fonts-dejavu-core
check "Depends lists fonts-wqy-microhei (the Hei face documents embed)" listed fonts-wqy-microhei
check "Depends lists fonts-hanazono (the fallback fonts documents embed for rare characters)" listed fonts-hanazono

dpkg-deb --contents "$deb" | awk '{ print $6 }' | sed 's|^\./|/|; s|/$||' | grep -v '^/*$' | sort > "$work/contents"
expected=(
    /usr/bin/piadesk /usr/bin/piadesk-cli
    /usr/share/piadesk/rulesets/cn-cac-frt-2023-draft.json /usr/share/piadesk/rulesets/cn-cac-frt-2025-measures.json
    /usr/share/piadesk/calendar/cn-holidays.json
    /usr/share/piadesk/documents/report.zh_CN.html /usr/share/piadesk/documents/report.en.html
    /usr/share/piadesk/documents/packet.zh_CN.html /usr/share/piadesk/documents/packet.en.html
    /usr/share/piadesk/documents/documents.css
    /usr/share/piadesk/translations/piadesk_zh_CN.qm /usr/share/piadesk/translations/piadesk_en.qm
    /usr/share/piadesk/docs/user-guide.en.md /usr/share/piadesk/docs/user-guide.zh_CN.md
    /usr/share/piadesk/team-server.sh /usr/share/piadesk/team-schema.sql
    /usr/share/applications/org.piadesk.PIAdesk.desktop
    /usr/share/metainfo/org.piadesk.PIAdesk.metainfo.xml
    /usr/share/mime/packages/piadesk.xml
    /usr/share/icons/hicolor/scalable/apps/org.piadesk.PIAdesk.svg
    /usr/share/doc/piadesk/copyright /usr/share/doc/piadesk/changelog.Debian.gz
    /usr/share/man/man1/piadesk.1.gz /usr/share/man/man1/piadesk-cli.1.gz
)
for size in 16 24 32 48 64 128 256 512; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/org.piadesk.PIAdesk.png")
done
for f in "${expected[@]}"; do check "contains $f" grep -qx "$f" "$work/contents"; done
check "installs nothing outside /usr" bash -c "! grep -v '^/usr' '$work/contents'"
check "installs nothing under /usr/local" bash -c "! grep '^/usr/local' '$work/contents'"
check "holds no test programs" bash -c "! grep -E '/(tst_|crashwriter|piadesk_bench)' '$work/contents'"
for f in "${expected[@]}"; do
    case $f in
        /usr/share/piadesk/*)
            src=""
            case $f in
                */rulesets/*) src=templates/rulesets/$(basename "$f") ;;
                */documents/*) src=templates/documents/$(basename "$f") ;;
                */calendar/*) src=resources/calendar/$(basename "$f") ;;
                */docs/*) src=docs/$(basename "$f") ;;
                */team-server.sh) src=scripts/team-server.sh ;;
                */team-schema.sql) src=src/store/team/schema.sql ;;
            esac
            [ -z "$src" ] || check "$f is the checkout's $src" cmp -s "$src" "$work/root$f" ;;
    esac
done
for program in piadesk piadesk-cli; do
    check "$program is stripped" bash -c "file '$work/root/usr/bin/$program' | grep -q ', stripped'"
    check "$program has no RPATH or RUNPATH" bash -c "! readelf -d '$work/root/usr/bin/$program' | grep -qE 'RPATH|RUNPATH'"
    check "$program does not name the checkout ($PWD)" bash -c "! grep -qF '$PWD' '$work/root/usr/bin/$program'"
done
check "the changelog's latest entry is $version-1" \
    bash -c "zcat '$work/root/usr/share/doc/piadesk/changelog.Debian.gz' | head -1 | grep -q '^piadesk ($version-1) '"
check "the metainfo's latest release is $version" \
    grep -q "<release version=\"$version\"" "$work/root/usr/share/metainfo/org.piadesk.PIAdesk.metainfo.xml"
check "the manual pages name version $version" \
    bash -c "zcat '$work/root/usr/share/man/man1/piadesk.1.gz' '$work/root/usr/share/man/man1/piadesk-cli.1.gz' | grep '^\.TH' | grep -c 'PIAdesk $version' | grep -qx 2"
check "appstreamcli validate accepts the metainfo" \
    appstreamcli validate --no-net "$work/root/usr/share/metainfo/org.piadesk.PIAdesk.metainfo.xml"
check "desktop-file-validate accepts the desktop entry" \
    desktop-file-validate "$work/root/usr/share/applications/org.piadesk.PIAdesk.desktop"
mkdir -p "$work/mime/packages" && cp "$work/root/usr/share/mime/packages/piadesk.xml" "$work/mime/packages/"
check "update-mime-database accepts the MIME type" update-mime-database "$work/mime"
check "the MIME type matches *.piadesk" grep -qx 'application/x-piadesk-case:\*\.piadesk' "$work/mime/globs"
if command -v lintian >/dev/null; then
    if lintian --fail-on error --suppress-tags initial-upload-closes-no-bugs "$deb" > "$work/lintian" 2>&1; then
        pass "lintian reports no error"
    else
        fail "lintian reports errors"
    fi
    sed 's/^/       /' "$work/lintian"
fi

echo "== cmake --install into another prefix"
cmake --install "$build" --prefix "$work/prefix" > /dev/null
(cd "$work/prefix" && find . -type f -o -type l | sed 's|^\.|/usr|' | sort) > "$work/installed"
(cd "$work/root" && find . -type f -o -type l | sed 's|^\.||' | sort) > "$work/packaged"
check "lays out the same files as the package" diff "$work/packaged" "$work/installed"

run_from() { # run_from ROOT: the programs unpacked under ROOT, with their data there
    local root=$1 cli=$1/usr/bin/piadesk-cli cases=$work/cases-$RANDOM.piadesk
    check "piadesk-cli --version prints $version" bash -c "'$cli' --version | grep -q 'piadesk-cli $version'"
    check "piadesk --version prints $version" bash -c "'$root/usr/bin/piadesk' --version | grep -q '$version'"
    "$cli" about --json > "$work/about.json"
    check "about: data directory $root/usr/share/piadesk" \
        python3 -c "import json,sys; a=json.load(open('$work/about.json')); sys.exit(a['dataDirectory'] != '$root/usr/share/piadesk')"
    check "about: no data built into the programs, every data file read from $root/usr/share/piadesk" \
        python3 -c "import json,sys; a=json.load(open('$work/about.json')); f=a['files']
sys.exit(a['embeddedData'] or len(f) < 9 or any(not p.startswith('$root/usr/share/piadesk/') for p in f.values()))"
    check "about: the 2023 draft rule set and the calendar from 2004" \
        python3 -c "import json,sys; a=json.load(open('$work/about.json'))
sys.exit(a['ruleSets'][0]['id'] != 'cn-cac-frt-2023-draft' or a['calendar']['firstYear'] != 2004)"
    check "the Chinese translation is loaded from $root/usr/share/piadesk/translations: 数据文件：" \
        bash -c "PIADESK_LANG=zh_CN '$cli' about | grep -q '^数据文件：$root/usr/share/piadesk\$'"
    "$cli" --file "$cases" demo --cases 3 --seed 7 --today 2026-11-23 > /dev/null
    check "render: the report, packet and workbook in Chinese" \
        "$cli" --file "$cases" render 1 --lang zh_CN --report "$work/report.zh.pdf" --packet "$work/packet.zh.pdf" \
            --xlsx "$work/workbook.zh.xlsx"
    check "render: the report in English" "$cli" --file "$cases" render 1 --lang en --report "$work/report.en.pdf"
    check "the Chinese report reads back: 个人信息保护影响评估报告" \
        bash -c "pdftotext '$work/report.zh.pdf' - | grep -q '个人信息保护影响评估报告'"
    check "the English report reads back: Personal Information Protection Impact Assessment" \
        bash -c "pdftotext '$work/report.en.pdf' - | tr '\n' ' ' | grep -qi 'impact assessment'"
    check "the Chinese packet reads back: 备案" bash -c "pdftotext '$work/packet.zh.pdf' - | grep -q '备案'"
    check "the workbook reads back: 备案 in its shared strings" \
        bash -c "unzip -p '$work/workbook.zh.xlsx' xl/sharedStrings.xml | grep -q '备案'"
    check "deadlines counts in working days" bash -c "'$cli' --file '$cases' deadlines --today 2026-11-23 --all | grep -q ."
}
echo "== unpacked into $work/root"
run_from "$work/root"
echo "== moved to $work/moved"
mv "$work/root" "$work/moved"
run_from "$work/moved"
mv "$work/moved" "$work/root"
mkdir -p "$work/broken" && cp -a "$work/root/usr" "$work/broken/" && rm -rf "$work/broken/usr/share/piadesk"
check "without its data files, piadesk-cli says so and fails" \
    bash -c "! '$work/broken/usr/bin/piadesk-cli' list 2> '$work/broken.err' && grep -q 'Reinstall PIAdesk' '$work/broken.err'"

echo "== installed on this machine"
if [ -n "$sudo" ] && ! sudo -n true 2>/dev/null; then
    echo "  skipped: installing needs root or password-less sudo"
elif dpkg -s piadesk >/dev/null 2>&1; then
    fail "piadesk is already installed on this machine; remove it first (apt purge piadesk)"
else
    installed=1
    if $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb" > "$work/apt.log" 2>&1
    then pass "apt-get install $(basename "$deb")"
    else fail "apt-get install $(basename "$deb")"; sed 's/^/       /' "$work/apt.log"; fi
    check "dpkg says piadesk is installed" bash -c "dpkg -s piadesk | grep -q 'Status: install ok installed'"
    dpkg -L piadesk | sort > "$work/listed"
    run_from ""
    check "the MIME database knows *.piadesk" grep -q 'application/x-piadesk-case:\*\.piadesk' /usr/share/mime/globs2
    check "the MIME database has the case file's type" test -f /usr/share/mime/application/x-piadesk-case.xml
    if command -v update-desktop-database >/dev/null; then
        check "case files open with PIAdesk (mimeinfo.cache)" \
            grep -q '^application/x-piadesk-case=.*org.piadesk.PIAdesk.desktop' /usr/share/applications/mimeinfo.cache
    fi
    # Double-clicking a case file runs the entry's Exec line with the file for %f.
    exec_line=$(sed -n 's/^Exec=//p' /usr/share/applications/org.piadesk.PIAdesk.desktop)
    cases=$work/double-click.piadesk
    /usr/bin/piadesk-cli --file "$cases" demo --cases 2 --seed 3 > /dev/null
    command=${exec_line//%f/$cases}
    $command > "$work/gui.log" 2>&1 &
    gui=$!
    opened=0
    # The app holds an open case file with a lock file beside it that names its process (QLockFile).
    for _ in $(seq 100); do
        if ! kill -0 "$gui" 2>/dev/null; then break; fi
        if [ -f "$cases.lock" ] && [ "$(sed -n 1p "$cases.lock")" = "$gui" ] \
            && [ "$(sed -n 2p "$cases.lock")" = piadesk ]; then
            opened=1
            break
        fi
        sleep 0.2
    done
    kill "$gui" 2>/dev/null || true
    wait "$gui" 2>/dev/null || true
    if [ "$opened" -eq 1 ]; then pass "'$exec_line' opens the case file (piadesk, process $gui, holds its lock)"
    else fail "'$exec_line' did not open the case file"; sed 's/^/       /' "$work/gui.log"; fi
    if $sudo env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q piadesk > "$work/apt.log" 2>&1; then
        installed=0
        pass "apt-get purge piadesk"
    else
        fail "apt-get purge piadesk"; sed 's/^/       /' "$work/apt.log"
    fi
    check "dpkg no longer knows piadesk" bash -c "! dpkg -s piadesk 2>/dev/null | grep -q 'Status: install ok'"
    left=$(while read -r f; do [ -f "$f" ] && echo "$f"; done < "$work/listed" || true)
    check "every file of the package is gone" test -z "$left"
    check "/usr/share/piadesk is gone" test ! -e /usr/share/piadesk
    check "the MIME database no longer knows *.piadesk" bash -c "! grep -q 'x-piadesk-case' /usr/share/mime/globs2"
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "The package passed every check."

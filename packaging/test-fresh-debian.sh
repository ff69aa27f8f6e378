#!/usr/bin/env bash
# Installs PIAdesk's package on a fresh, minimal Debian 12 and runs it there: proof that its Depends are enough.
#   sudo packaging/test-fresh-debian.sh [BUILD_DIR]      (default: build-package/, as made by build-package.sh)
#
# Builds a minimal bookworm root with debootstrap (it downloads about 100 MB from the configured Debian mirror, then
# PIAdesk's dependencies), installs the .deb with apt, and runs piadesk-cli (version, about, demo, render in both
# languages, read back) and the app itself (offscreen, on a case file) inside it. Not part of CI: it needs the
# network to the mirror and takes several minutes. Needs root (chroot).
set -eu
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build-package}")
deb=$(ls "$build"/piadesk_*.deb)
[ "$(id -u)" -eq 0 ] || { echo "run as root (debootstrap, chroot)" >&2; exit 2; }
command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap
mirror=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)
mirror=${mirror:-http://deb.debian.org/debian}
root=${PIADESK_FRESH_ROOT:-$(mktemp -d /tmp/piadesk-fresh.XXXXXX)}
cleanup() {
    umount "$root/proc" 2>/dev/null || true
    [ -n "${PIADESK_FRESH_ROOT:-}" ] || rm -rf "$root"
}
trap cleanup EXIT
if [ ! -x "$root/usr/bin/apt-get" ]; then
    echo "== debootstrap --variant=minbase bookworm ($mirror)"
    debootstrap --variant=minbase bookworm "$root" "$mirror" > "$root.debootstrap.log" 2>&1 \
        || { tail -20 "$root.debootstrap.log" >&2; exit 1; }
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"
cp "$deb" "$root/tmp/"
name=$(basename "$deb")
mkdir -p "$root/tmp/run" && chmod 700 "$root/tmp/run"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LC_ALL=C.UTF-8 XDG_RUNTIME_DIR=/tmp/run \
    QT_QPA_PLATFORM=offscreen DEBIAN_FRONTEND=noninteractive "$@"; }
echo "== apt-get install ./$name on the fresh root"
in_root apt-get update -q > /dev/null
before=$(in_root dpkg-query -W -f='${Package}\n' | wc -l)
in_root apt-get install -y -q --no-install-recommends "/tmp/$name" > "$root/tmp/apt.log" 2>&1 \
    || { tail -30 "$root/tmp/apt.log" >&2; exit 1; }
after=$(in_root dpkg-query -W -f='${Package}\n' | wc -l)
echo "   $((after - before)) packages installed with it"
rm -f "$root"/tmp/cases.piadesk*
echo "== piadesk-cli"
in_root piadesk-cli --version
in_root piadesk-cli about | sed -n '1,2p'
in_root piadesk-cli --file /tmp/cases.piadesk demo --cases 3 --seed 7
in_root piadesk-cli --file /tmp/cases.piadesk render 1 --lang zh_CN --report /tmp/report.zh.pdf \
    --packet /tmp/packet.zh.pdf --xlsx /tmp/workbook.zh.xlsx
in_root piadesk-cli --file /tmp/cases.piadesk render 1 --lang en --report /tmp/report.en.pdf
pdftotext "$root/tmp/report.zh.pdf" - | grep -q '个人信息保护影响评估报告'
pdftotext "$root/tmp/report.en.pdf" - | tr '\n' ' ' | grep -qi 'impact assessment'
echo "   report (zh_CN, en), packet and workbook rendered and read back"
echo "== piadesk on the case file (offscreen, 5 s)"
status=0
in_root timeout 5 piadesk /tmp/cases.piadesk > "$root/tmp/gui.log" 2>&1 || status=$?
if [ "$status" -ne 124 ]; then
    echo "piadesk ended with status $status before 5 s:" >&2
    cat "$root/tmp/gui.log" >&2
    exit 1
fi
echo "   still running after 5 s, as it should"
echo "== apt-get purge piadesk"
in_root apt-get purge -y -q piadesk > /dev/null 2>&1
[ ! -e "$root/usr/share/piadesk" ] && [ ! -e "$root/usr/bin/piadesk" ]
echo "PIAdesk installs, runs and is removed on a fresh Debian 12."

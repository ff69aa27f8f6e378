#!/usr/bin/env bash
# Renders the PNG sizes of the application icon from org.piadesk.PIAdesk.svg (needs rsvg-convert, from the
# Debian package librsvg2-bin). The PNGs are committed, so building PIAdesk does not need it; run this after
# changing the SVG.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" org.piadesk.PIAdesk.svg --output "$size.png"
done

#!/usr/bin/env bash
# Renders the pictures of docs/documents.md from the real CLI: the large demo case's report, filing folder and risk
# map, in Chinese and English, as pages at 100 dpi (pdftoppm, poppler-utils).
#   scripts/document-images.sh build/app/piadesk-cli docs/images/documents
set -euo pipefail
cli=$(realpath "${1:-build/app/piadesk-cli}")
out=$(realpath -m "${2:-docs/images/documents}")
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
"$cli" --file demo.piadesk --today 2026-12-01 demo --cases 3 >/dev/null

# The page of FILE.pdf whose text holds TEXT (the first after page SKIP).
page_of() { python3 - "$1" "$2" "${3:-0}" <<'PY'
import subprocess, sys
pages = subprocess.run(['pdftotext', sys.argv[1], '-'], capture_output=True, text=True).stdout.split('\f')
skip = int(sys.argv[3])
print(next(i + 1 for i, p in enumerate(pages) if i >= skip and sys.argv[2] in p))
PY
}
shot() { pdftoppm -png -r 100 -singlefile -f "$2" -l "$2" "$1" "$out/$3"; }

for lang in zh_CN en; do
    short=${lang%_CN}
    "$cli" --file demo.piadesk --today 2026-12-01 render 1 --lang "$lang" --report "report-$short.pdf" \
        --packet-dir "folder-$short" >/dev/null
    shot "report-$short.pdf" 1 "report-cover-$short"
    shot "report-$short.pdf" 2 "report-approval-$short"
    if [ "$short" = zh ]; then
        section=$(page_of "report-$short.pdf" "五、" 3); map=$(page_of "report-$short.pdf" "风险分布图" 3)
        likelihood=$(page_of "report-$short.pdf" "安全事件发生可能性分析" 3)
        datamap=$(page_of "report-$short.pdf" "3.3.1" 3)
    else
        section=$(page_of "report-$short.pdf" "5. " 3); map=$(page_of "report-$short.pdf" "Risk map" 3)
        likelihood=$(page_of "report-$short.pdf" "Likelihood of a security incident" 3)
        datamap=$(page_of "report-$short.pdf" "3.3.1" 3)
    fi
    shot "report-$short.pdf" "$datamap" "report-data-map-$short"
    shot "report-$short.pdf" "$likelihood" "report-likelihood-$short"
    shot "report-$short.pdf" "$section" "report-section-$short"
    shot "report-$short.pdf" "$map" "report-risk-map-$short"
    shot "folder-$short"/1\ *.pdf 1 "form-basic-info-$short"
    shot "folder-$short"/2\ *.pdf 1 "form-application-$short"
    shot "folder-$short"/7\ *.pdf 1 "letter-authorization-$short"
done
echo "pictures written to $out"

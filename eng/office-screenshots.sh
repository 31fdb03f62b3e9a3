#!/usr/bin/env bash
# Remakes samples/screenshots/*.png: the first page of each Office document on the demo data, as a small PNG made
# from its PDF (LibreOffice for .xlsx/.docx, Chromium for the HTML; pdftoppm for the PNG). Needs the tools .ci/run
# installs. Usage: eng/office-screenshots.sh (from anywhere).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d "${TMPDIR:-/tmp}/planrules-screenshots.XXXXXX")
trap 'rm -rf "$work"' EXIT
out=samples/screenshots
dotnet build src/LaiChau.PlanRules.Cli -v quiet -clp:ErrorsOnly
planrules() { dotnet src/LaiChau.PlanRules.Cli/bin/Debug/net10.0/planrules.dll "$@"; }
planrules check --format xlsx -o "$work/workbook.xlsx"
planrules check --format html -o "$work/report.html"
planrules draft urging --period 2025 -o "$work/urging-letter.docx"
planrules draft synthesis --period 2025 -o "$work/synthesis.docx"
for f in workbook urging-letter synthesis; do
  soffice --headless --norestore "-env:UserInstallation=file://$work/lo" --convert-to pdf --outdir "$work" "$work/$f".* >/dev/null
done
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$work/report.pdf" "file://$work/report.html" 2>/dev/null
for f in workbook report urging-letter synthesis; do
  pdftoppm -png -singlefile -f 1 -l 1 -scale-to 800 "$work/$f.pdf" "$out/$f"
done
ls -l "$out"

#!/usr/bin/env bash
# Declares every undeclared public symbol of the library in PublicAPI.Unshipped.txt (what the RS0016
# code fix does), so a change to the public surface shows up as a diff of that file.
# Review the diff before committing: every added line is new public API.
# Usage: eng/update-public-api.sh [project folder]; default src/LaiChau.PlanRules (also: src/LaiChau.PlanRules.Office).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-src/LaiChau.PlanRules}
dir=${dir%/}
proj=$dir/$(basename "$dir").csproj
file=$dir/PublicAPI.Unshipped.txt
for _ in 1 2 3; do
  out=$(dotnet build "$proj" --no-incremental -p:TreatWarningsAsErrors=false 2>&1 || true)
  syms=$(printf '%s\n' "$out" | grep -o "RS0016: Symbol '.*' is not part of the declared public API" | sed -E "s/^RS0016: Symbol '(.*)' is not part of the declared public API$/\1/" | sort -u || true)
  [ -z "$syms" ] && break
  printf '%s\n' "$syms" >> "$file"
  { head -n 1 "$file"; tail -n +2 "$file" | grep -v '^$' | LC_ALL=C sort -u; } > "$file.tmp" && mv "$file.tmp" "$file"
done
# Symbols declared but gone (RS0017) are reported by the build; remove them by hand after review.
printf '%s\n' "$out" | grep -o "RS0017: Symbol '.*'" | sort -u || true

#!/usr/bin/env bash
# Brings PublicAPI.Unshipped.txt of a project in line with its public surface: declares every undeclared
# public symbol (what the RS0016 code fix does) and drops the declared symbols that are gone (RS0017), so a
# change to the public surface shows up as a diff of that file. Review the diff before committing: every
# added line is new public API, every removed line is API gone.
# Usage: eng/update-public-api.sh [project folder]; default src/LaiChau.PlanRules (also: src/LaiChau.PlanRules.Office).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-src/LaiChau.PlanRules}
dir=${dir%/}
proj=$dir/$(basename "$dir").csproj
file=$dir/PublicAPI.Unshipped.txt
for _ in 1 2 3 4; do
  out=$(dotnet build "$proj" --no-incremental -p:TreatWarningsAsErrors=false 2>&1 || true)
  added=$(printf '%s\n' "$out" | grep -o "RS0016: Symbol '.*' is not part of the declared public API" | sed -E "s/^RS0016: Symbol '(.*)' is not part of the declared public API$/\1/" | sort -u || true)
  gone=$(printf '%s\n' "$out" | grep -o "RS0017: Symbol '.*' is part of the declared API" | sed -E "s/^RS0017: Symbol '(.*)' is part of the declared API$/\1/" | sort -u || true)
  [ -z "$added" ] && [ -z "$gone" ] && break
  python3 - "$file" <<PY
import sys
path = sys.argv[1]
lines = open(path, encoding="utf-8").read().split("\n")
header, body = lines[0], [l for l in lines[1:] if l.strip()]
gone = set(filter(None, """$gone""".split("\n")))
added = set(filter(None, """$added""".split("\n")))
body = sorted((set(body) - gone) | added, key=lambda s: s.encode("utf-8"))
open(path, "w", encoding="utf-8").write("\n".join([header] + body) + "\n")
PY
done
printf '%s\n' "$out" | grep -E " error " | sort -u | head -20 || true

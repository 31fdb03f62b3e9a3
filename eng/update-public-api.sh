#!/usr/bin/env bash
# Adds every undeclared public symbol of the library to PublicAPI.Unshipped.txt (the RS0016 code fix),
# so a change to the public surface shows up as a diff of that file. Review the diff before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
proj=src/LaiChau.PlanRules/LaiChau.PlanRules.csproj
dotnet format analyzers "$proj" --diagnostics RS0016 RS0017 --severity info --no-restore -v q || true
file=src/LaiChau.PlanRules/PublicAPI.Unshipped.txt
{ head -n 1 "$file"; tail -n +2 "$file" | grep -v '^$' | LC_ALL=C sort -u; } > "$file.tmp" && mv "$file.tmp" "$file"

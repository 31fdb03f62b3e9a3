#!/usr/bin/env bash
# Cold start of the `planrules check` process on the embedded demo (no evidence file: the CLI checks the
# illustrative demo), two ways:
#   1. as installed: the framework-dependent .NET tool, packed and installed with `dotnet tool install`;
#   2. as published ReadyToRun for linux-x64: dotnet publish -c Release -r linux-x64 -p:PublishReadyToRun=true.
# Each run is a new process (the file cache is warm: 2 warm-up runs first). Times with hyperfine when it is
# installed (apt-get install hyperfine: mean ± σ, min, max), else with a loop of `date +%s%N` (median).
# `planrules check` exits non-zero when it finds violations (the demo has some): that is not a failure here.
#
# Then goal P8 (benchmarks/README.md, "Goals, round two"): the ReadyToRun `planrules check` against a hello-world
# console published the same way, in paired runs (one of each, alternately), as the ratio of the medians.
#
# Usage: benchmarks/cold-cli.sh [runs]        (default 20)
#        PLANRULES_CHECK_ARGS="check --lang en" benchmarks/cold-cli.sh
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cli="$root/src/LaiChau.PlanRules.Cli/LaiChau.PlanRules.Cli.csproj"
runs=${1:-20}
read -r -a check_args <<< "${PLANRULES_CHECK_ARGS:-check}"

if [[ ! -f $cli ]]; then
  echo "cold-cli: $cli is not on this branch yet: nothing to time."
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version=0.0.0-coldstart

echo "cold-cli: packing and installing the tool, publishing ReadyToRun (linux-x64)..."
dotnet pack "$cli" -c Release -o "$work/nupkg" -p:PackageVersion=$version -v quiet -nologo >/dev/null
dotnet tool install LaiChau.PlanRules.Cli --tool-path "$work/tool" --add-source "$work/nupkg" --version $version >/dev/null
dotnet publish "$cli" -c Release -r linux-x64 -p:PublishReadyToRun=true -o "$work/r2r" -v quiet -nologo >/dev/null

mkdir -p "$work/hello"
cat > "$work/hello/hello.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings></PropertyGroup>
</Project>
XML
echo 'Console.WriteLine("Hello, World!");' > "$work/hello/Program.cs"
dotnet publish "$work/hello/hello.csproj" -c Release -r linux-x64 -p:PublishReadyToRun=true -o "$work/hello-r2r" -v quiet -nologo >/dev/null

installed=("$work/tool/planrules" "${check_args[@]}")
r2r=("$work/r2r/planrules" "${check_args[@]}")
"${installed[@]}" >/dev/null 2>&1 || true
echo "cold-cli: \`planrules ${check_args[*]}\` exits with $("${r2r[@]}" >/dev/null 2>&1; echo $?) on the demo"

median_ms() { # command... -> median wall time of $runs runs, in ms
  local times=() i t0 t1
  for i in 1 2; do "$@" >/dev/null 2>&1 || true; done
  for ((i = 0; i < runs; i++)); do
    t0=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%.1f\n", m / 1000}'
}

if command -v hyperfine >/dev/null 2>&1; then
  hyperfine --warmup 2 --runs "$runs" --ignore-failure --export-markdown "$work/cold.md" \
    -n "installed tool (framework-dependent)" "${installed[*]}" \
    -n "published ReadyToRun linux-x64" "${r2r[*]}"
  cat "$work/cold.md"
else
  echo "cold-cli: hyperfine not found, timing with date +%s%N ($runs runs each)"
  echo "| command | median wall time |"
  echo "|---|---:|"
  echo "| installed tool (framework-dependent) | $(median_ms "${installed[@]}") ms |"
  echo "| published ReadyToRun linux-x64 | $(median_ms "${r2r[@]}") ms |"
fi

# P8: paired runs, planrules then hello world, alternately (2 warm-up pairs first).
hello=("$work/hello-r2r/hello")
for i in 1 2; do "${r2r[@]}" >/dev/null 2>&1 || true; "${hello[@]}" >/dev/null; done
p_times=() h_times=()
for ((i = 0; i < runs; i++)); do
  t0=$(date +%s%N); "${r2r[@]}" >/dev/null 2>&1 || true; t1=$(date +%s%N)
  "${hello[@]}" >/dev/null; t2=$(date +%s%N)
  p_times+=($(( (t1 - t0) / 1000 ))); h_times+=($(( (t2 - t1) / 1000 )))
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%.1f\n", m / 1000}'; }
p_ms=$(median "${p_times[@]}")
h_ms=$(median "${h_times[@]}")
echo
echo "P8 ($runs paired runs, ReadyToRun linux-x64, median wall time): planrules ${check_args[*]} $p_ms ms, hello world $h_ms ms, ratio $(awk -v p="$p_ms" -v h="$h_ms" 'BEGIN {printf "%.1f", p / h}') (goal <= 4)"

#!/usr/bin/env bash
# Wall time of each lesson in the two released clients, for docs/benchmarks.md beside the runner's numbers:
#   - the released dotnet-interactive tool as a Jupyter kernel, driven by nbclient (.ci/released-kernel, as CI runs it)
#   - dotnet-repl --run (a console host of the same kernel)
# One process per lesson in both, so each time includes that client's start-up. Every executed copy is checked as CI
# checks it (.ci/execute_notebooks.py --check-only): the verdict column says what each client made of the lesson.
# Usage: benchmarks/released-kernel/measure.sh [RUNS] [NOTEBOOK...]   (default: 1 run of notebooks/*.ipynb)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
repl_version=0.3.259
tools=${RELEASED_KERNEL_TOOLS:-$root/.tools}
repl=$tools/dotnet-repl/dotnet-repl
out=$root/out/benchmarks/released-kernel
runs=${1:-1}; shift || true
[ $# -gt 0 ] || set -- notebooks/*.ipynb

bash .ci/released-kernel install >/dev/null
dotnet build helpers/TaskTimeline -c Release -nologo -v q >/dev/null
if [[ "$("$repl" --version 2>/dev/null)" != "$repl_version"* ]]; then
  rm -rf "$tools/dotnet-repl"
  dotnet tool install --tool-path "$tools/dotnet-repl" dotnet-repl --version "$repl_version" >/dev/null
fi
mkdir -p "$out/nbclient" "$out/dotnet-repl"

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
verdict() {  # "13 code cells, 4 charts", or how many failures and the first
  local errors summary
  errors=$(mktemp)
  summary=$(/usr/bin/python3 .ci/execute_notebooks.py --check-only "$1" 2>"$errors") || true
  if [ -s "$errors" ]; then echo "$(wc -l <"$errors") failures, first: $(head -1 "$errors" | sed "s|^$1 ||" | cut -c1-160)"; else echo "${summary#*: }"; fi
  rm -f "$errors"
}

# Other work on the machine shows in every number: print the load beside them.
echo "Load average at start: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo
echo "| Lesson | run | released tool + nbclient (s) | verdict | dotnet-repl $repl_version (s) | verdict |"
echo "|---|---|---|---|---|---|"
add() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a + b }'; }
total_nbclient=0 total_repl=0
for run in $(seq "$runs"); do
  for notebook in "$@"; do
    name=$(basename "$notebook")
    rm -f "$out/nbclient/$name"
    start=$(now)
    JUPYTER_PATH=$tools/jupyter /usr/bin/python3 .ci/execute_notebooks.py --output "$out/nbclient" "$notebook" >/dev/null 2>&1 || true
    nbclient_s=$(since "$start")
    rm -f "$out/dotnet-repl/$name"
    start=$(now)
    # dotnet-repl resolves relative #r paths from its working directory: start it in the notebook's folder, as an editor would.
    (cd "$(dirname "$notebook")" && timeout 900 "$repl" --run "$name" --exit-after-run --output-path "$out/dotnet-repl/$name" \
      >"$out/dotnet-repl/$name.log" 2>&1) || true
    repl_s=$(since "$start")
    repl_verdict="no output notebook (see $out/dotnet-repl/$name.log)"
    [ -f "$out/dotnet-repl/$name" ] && repl_verdict=$(verdict "$out/dotnet-repl/$name")
    nbclient_verdict="no output notebook"
    [ -f "$out/nbclient/$name" ] && nbclient_verdict=$(verdict "$out/nbclient/$name")
    printf '| %s | %s | %s | %s | %s | %s |\n' "${name%.ipynb}" "$run" "$nbclient_s" "$nbclient_verdict" "$repl_s" "$repl_verdict"
    total_nbclient=$(add "$total_nbclient" "$nbclient_s") total_repl=$(add "$total_repl" "$repl_s")
  done
done
per_run() { awk -v t="$1" -v n="$runs" 'BEGIN { printf "%.1f", t / n }'; }
printf '| **all lessons** | mean of %s | %s | | %s | |\n' "$runs" "$(per_run "$total_nbclient")" "$(per_run "$total_repl")"
echo
echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

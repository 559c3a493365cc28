#!/bin/bash
# bench-window.sh: how fast the window draws a plan, filters it, and how much memory it holds
#
# Copyright 2026 The Waymark authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: bench-window.sh BUILD_DIR        (meson test -C BUILD --benchmark window -v)
#
# Builds nothing. Makes the Devon sample plan and a generated plan of 10,000
# actions (bench-plan --write-plan, then waymark-cli import), runs
# `waymark --plan P --benchmark` (src/app/wmk-app-benchmark.c says what each
# figure means) five times on each under Xvfb with the cairo renderer, and
# prints the medians beside the targets. Speed is printed, never asserted:
# the script fails only when the app cannot run or prints no figures. Exit
# status 77 (skipped) without xvfb-run or dbus-run-session.

set -eu

RUNS=5
SCREEN='-screen 0 1400x900x24'

build=${1:?usage: bench-window.sh BUILD_DIR}
build=$(cd "$build" && pwd)
app=$build/src/app/waymark
cli=$build/src/cli/waymark-cli
bench_plan=$build/tests/bench/bench-plan

for tool in xvfb-run dbus-run-session; do
  if ! command -v "$tool" >/dev/null; then
    echo "bench-window: $tool is not installed: skipped"
    exit 77
  fi
done
for file in "$app" "$cli" "$bench_plan" "$build/data/gschemas.compiled"; do
  if [ ! -e "$file" ]; then
    echo "bench-window: $file is missing: build first (ninja -C $build)" >&2
    exit 1
  fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/waymark-bench-window.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Numbers with a decimal point, and the window in English, whatever the locale.
export LC_ALL=C.UTF-8
export WAYMARK_DATA_DIR=$work WAYMARK_AUTHOR=Benchmark
export GSK_RENDERER=cairo GSETTINGS_SCHEMA_DIR=$build/data GSETTINGS_BACKEND=memory

"$cli" --plan "$work/sample.waymark" init --sample >/dev/null
"$bench_plan" --write-plan "$work/big.json"
start=$(date +%s%N)
"$cli" --plan "$work/big.waymark" import "$work/big.json" >/dev/null
import_ms=$(( ($(date +%s%N) - start) / 1000000 ))

# The figure after "NAME: " in a run's output, without its unit.
figure () {
  awk -v name="$1" 'index ($0, name ": ") == 1 { sub (/^[^:]*: /, ""); print $1; exit }' "$2"
}

median () {
  sort -g | awk '{ v[NR] = $1 }
                 END { if (NR == 0) print "?"
                       else if (NR % 2) print v[(NR + 1) / 2]
                       else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# run_plan NAME PLAN: runs the app $RUNS times, leaving each run's output in $work/NAME-N.out
run_plan () {
  local name=$1 plan=$2 out
  for n in $(seq 1 "$RUNS"); do
    out=$work/$name-$n.out
    if ! xvfb-run -a -s "$SCREEN" dbus-run-session -- "$app" --plan "$plan" --benchmark \
           >"$out" 2>"$out.err" \
       || [ -z "$(figure 'keystroke median' "$out")" ]; then
      echo "bench-window: run $n on the $name plan failed:" >&2
      cat "$out" "$out.err" >&2
      exit 1
    fi
    printf '  %-6s run %u: first frame %s ms, keystroke median %s ms, rss %s MB\n' "$name" "$n" \
      "$(figure 'first frame' "$out")" "$(figure 'keystroke median' "$out")" \
      "$(figure 'rss filtered' "$out")"
  done
}

# medians_of NAME FIGURE
medians_of () {
  local name=$1 what=$2
  for n in $(seq 1 "$RUNS"); do
    figure "$what" "$work/$name-$n.out"
  done | median
}

# The keystroke that took longest in a run, as the median over runs.
worst_keystroke () {
  local name=$1
  for n in $(seq 1 "$RUNS"); do
    awk '/^keystroke "/ { sub (/^[^:]*: /, ""); print $1 }' "$work/$name-$n.out" | sort -g | tail -1
  done | median
}

echo "Waymark window benchmark: $RUNS runs on each plan, Xvfb ${SCREEN#-screen 0 }," \
     "GSK_RENDERER=cairo"
echo "  the 10,000-action plan: $(stat -c %s "$work/big.json") bytes of JSON, imported by" \
     "waymark-cli in $import_ms ms (10,000 actions, 500 KPIs x 60 measurements, 1,000 risks)"
run_plan sample "$work/sample.waymark"
run_plan big "$work/big.waymark"

# row LABEL SAMPLE BIG UNIT TARGET_SAMPLE TARGET_BIG: a target of - is none
row () {
  local label=$1 sample=$2 big=$3 unit=$4 t_sample=$5 t_big=$6 note="" target=""
  if [ "$t_sample" != - ]; then target="<= $t_sample $unit (sample)"; fi
  if [ "$t_big" != - ]; then target="${target:+$target, }<= $t_big $unit (10,000)"; fi
  if [ "$t_sample" != - ] && awk -v v="$sample" -v t="$t_sample" 'BEGIN { exit !(v > t) }'; then
    note=" ** sample over target **"
  fi
  if [ "$t_big" != - ] && awk -v v="$big" -v t="$t_big" 'BEGIN { exit !(v > t) }'; then
    note="$note ** 10,000 over target **"
  fi
  printf '%-34s %10s %12s %-3s  %s%s\n' "$label" "$sample" "$big" "$unit" "${target:--}" "$note"
}

echo
printf '%-34s %10s %12s %-3s  %s\n' "median of $RUNS runs" "sample" "10,000" "" "target"
row "first frame (from process start)" "$(medians_of sample 'first frame')" \
    "$(medians_of big 'first frame')" ms 400 800
row "plan page, first frame" "$(medians_of sample 'plan page')" \
    "$(medians_of big 'plan page')" ms - -
row "filter keystroke (median of 6)" "$(medians_of sample 'keystroke median')" \
    "$(medians_of big 'keystroke median')" ms - 16
row "filter keystroke, slowest of 6" "$(worst_keystroke sample)" "$(worst_keystroke big)" ms - -
row "RSS, plan page shown" "$(medians_of sample 'rss plan page')" \
    "$(medians_of big 'rss plan page')" MB - -
row "RSS after filtering" "$(medians_of sample 'rss filtered')" \
    "$(medians_of big 'rss filtered')" MB - 150
row "RSS, peak (VmHWM)" "$(medians_of sample 'rss peak')" "$(medians_of big 'rss peak')" MB - -

echo
echo "One run on the 10,000-action plan, in full:"
grep -E '^(first frame|plan page|keystroke|rss)' "$work/big-1.out" | sed 's/^/  /'
echo
cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
echo "Machine: $(nproc) processors, ${cpu:-unknown cpu}," \
     "GTK $(pkg-config --modversion gtk4 2>/dev/null || echo '?')," \
     "libadwaita $(pkg-config --modversion libadwaita-1 2>/dev/null || echo '?')"

#!/bin/sh
# tests/fuzz/make-corpus.sh: writes the fuzz target's seed corpus: real journal
# files made by waymark-cli (two laptops sharing one small plan: creates, sets,
# link sets, a delete and a restore, a concurrent edit and its resolution),
# plus a cut and a conflict-copied file. Usage: make-corpus.sh WAYMARK_CLI OUTDIR
# The files in tests/fuzz/corpus/seed-* were made with it.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

cli=$1
out=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export WAYMARK_DATA_DIR="$work"
a="$cli --plan $work/a.waymark --author Sam"
b="$cli --plan $work/b.waymark --author Alex"
share="$work/share"

$a init --empty "Corpus plan" >/dev/null
$a sync "$share" >/dev/null
ws=$($a add workstream title="Governance" ref=1)
obj=$($a add objective --under "$ws" title="Strong governance" ref=1.1)
act=$($a add action --under "$obj" text="Programme structure" ref=1.1.1 due=2023-04-30)
role=$($a add role title="Board chair")
$a set 1.1.1 roles "$role" >/dev/null
$a add kpi text="EHC plans issued within 20 weeks" ref=K1 unit=% >/dev/null
risk=$($a add risk title="Capacity" likelihood=3 impact=4)
$a sync >/dev/null

$b join "$share" >/dev/null
$b set 1.1.1 rag amber >/dev/null
$a set 1.1.1 rag red >/dev/null
$a delete "$risk" >/dev/null
$a undo >/dev/null
$a sync >/dev/null
$b sync >/dev/null
$a sync >/dev/null
$a resolve 1.1.1 rag amber >/dev/null
$a set 1.1.1 text "Programme structure for the four workstreams, «agreed» – 2023" >/dev/null
$a sync >/dev/null
$b sync >/dev/null

mkdir -p "$out"
n=0
for f in $(find "$share/journal" -name '*.wmj' | sort); do
  n=$((n + 1))
  cp "$f" "$out/seed-$n.wmj"
done
# A file cut inside a record, and one without its header.
first=$(find "$share/journal" -name '*.wmj' | sort | head -1)
head -c $(($(wc -c < "$first") - 40)) "$first" > "$out/seed-cut.wmj"
tail -c +30 "$first" > "$out/seed-no-header.wmj"
cp "$share/plan.wmk" "$out/seed-plan-marker.wmk"
echo "$n journal files and 3 others in $out"

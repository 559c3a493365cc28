#!/bin/sh
# build-aux/run.sh: builds Waymark and starts it on the built-in sample plan
# (the Devon Local Area SEND Improvement Plan). Safe to run again: it reuses the
# build and the plan it made the first time.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
cd "$(dirname "$0")/.."

sh build-aux/deps.sh
[ -f build/build.ninja ] || meson setup build
ninja -C build

export WAYMARK_DATA_DIR="${WAYMARK_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/waymark}"
plan="$WAYMARK_DATA_DIR/devon-sample.waymark"
cli=./build/src/cli/waymark-cli

if [ ! -f "$plan" ]; then
  mkdir -p "$WAYMARK_DATA_DIR"
  "$cli" --plan "$plan" init --sample >/dev/null
fi

if [ -x ./build/src/app/waymark ]; then
  exec ./build/src/app/waymark --plan "$plan"
fi
# The window is not built yet (see the issues); until it is, show the plan.
"$cli" --plan "$plan" summary
echo
echo "The plan is $plan; try: $cli --plan $plan list actions"

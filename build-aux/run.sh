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

# The workstream plugins as built (installed builds find them in the system folder).
export WAYMARK_PLUGIN_PATH="$PWD/build/plugins${WAYMARK_PLUGIN_PATH:+:$WAYMARK_PLUGIN_PATH}"
export WAYMARK_DATA_DIR="${WAYMARK_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/waymark}"
plan="$WAYMARK_DATA_DIR/devon-sample.waymark"
cli=./build/src/cli/waymark-cli

if [ ! -f "$plan" ]; then
  mkdir -p "$WAYMARK_DATA_DIR"
  "$cli" --plan "$plan" init --sample >/dev/null
fi

# The settings schema compiled in the build tree (installed builds use the system's).
export GSETTINGS_SCHEMA_DIR="$PWD/build/data${GSETTINGS_SCHEMA_DIR:+:$GSETTINGS_SCHEMA_DIR}"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec ./build/src/app/waymark --plan "$plan"
fi
# No screen to open a window on (a server, a terminal over SSH): show the plan.
"$cli" --plan "$plan" summary
echo
echo "There is no display to open the Waymark window on; the plan is $plan."
echo "Try: $cli --plan $plan list actions"

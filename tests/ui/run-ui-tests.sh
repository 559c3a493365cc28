#!/bin/sh
# tests/ui/run-ui-tests.sh: runs the window tests in a private X server and
# D-Bus session, as a person with a screen reader would drive the app.
# $WAYMARK_UI_TEST names the script (default test-window.py).
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
if ! command -v xvfb-run >/dev/null || ! command -v dbus-run-session >/dev/null \
   || ! /usr/bin/python3 -c 'import pyatspi' 2>/dev/null; then
  echo "1..0 # SKIP xvfb-run, dbus-run-session or python3-pyatspi is not installed"
  exit 0
fi
exec xvfb-run -a -s '-screen 0 1400x900x24' \
  dbus-run-session -- /usr/bin/python3 "$(dirname "$0")/${WAYMARK_UI_TEST:-test-window.py}" "$@"

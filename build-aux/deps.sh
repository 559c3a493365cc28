#!/bin/sh
# build-aux/deps.sh: installs what Waymark needs to build and test on Debian 12,
# only what is missing, so running it again does nothing. clang and its
# libFuzzer runtime are for tests/fuzz/run-fuzz.sh (suite fuzz), syncthing for
# tests/sync/test-syncthing.py (suite sync-engine).
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

packages="
  gcc meson ninja-build pkg-config gettext
  libglib2.0-dev libjson-glib-dev libsqlite3-dev zlib1g-dev libical-dev libcairo2-dev libpango1.0-dev
  python3 python3-jsonschema python3-icalendar poppler-utils
  libgtk-4-dev libadwaita-1-dev
  xvfb xauth dbus-daemon at-spi2-core python3-gi python3-pyatspi imagemagick
  appstream desktop-file-utils libglib2.0-bin
  clang libclang-rt-14-dev syncthing
"

missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

echo "Installing:$missing"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $missing

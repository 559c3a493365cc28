#!/bin/sh
# build-aux/test.sh: builds Waymark and runs every test, then the unit tests
# again under AddressSanitizer and UndefinedBehaviorSanitizer. Ends with one
# line "N passed, N failed" counting every subtest of both runs.
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
cd "$(dirname "$0")/.."

sh build-aux/deps.sh || exit 1

status=0
[ -f build/build.ninja ] || meson setup build || exit 1
ninja -C build || exit 1
meson test -C build --print-errorlogs || status=1
cp build/meson-logs/testlog.json build/testlog-main.json 2>/dev/null

[ -f build-sanitize/build.ninja ] \
  || meson setup build-sanitize -Db_sanitize=address,undefined -Db_lundef=false \
       -Dbenchmarks=false || exit 1
ninja -C build-sanitize || exit 1
# The sync simulation runs its 2,000 seeds in the main run; under the
# sanitizers (several times slower) 200 of them check the same code paths.
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ASAN_OPTIONS=detect_leaks=0 \
  WAYMARK_SYNC_SEEDS=200 \
  meson test -C build-sanitize --suite unit --print-errorlogs || status=1
cp build-sanitize/meson-logs/testlog.json build/testlog-sanitize.json 2>/dev/null

/usr/bin/python3 build-aux/count-tests.py build/testlog-main.json build/testlog-sanitize.json \
  || status=1
exit $status

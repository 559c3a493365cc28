#!/bin/sh
# tests/fuzz/run-fuzz.sh [BUILD_DIR [SECONDS]]: fuzzes the journal reader.
#
# Configures (once) a separate clang build in BUILD_DIR (default: the meson
# test's build folder + "-clang", else build-fuzz-clang) with AddressSanitizer,
# UndefinedBehaviorSanitizer and libFuzzer coverage, builds only
# tests/fuzz/fuzz-journal, and runs it for SECONDS (default 60) on the seed
# corpus tests/fuzz/corpus. New inputs go to BUILD_DIR/fuzz-corpus, which later
# runs start from; a crashing input is saved under BUILD_DIR/fuzz-artifacts/
# and the run fails. Exits 77 (skipped) when clang or its libFuzzer runtime is
# missing (Debian: clang, libclang-rt-14-dev).
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

src=${WAYMARK_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
build=${1:-${WAYMARK_FUZZ_BUILD_DIR:-$src/build-fuzz-clang}}
seconds=${2:-${WAYMARK_FUZZ_SECONDS:-60}}

skip () {
  echo "SKIP: $*"
  exit 77
}

command -v clang >/dev/null 2>&1 || skip "clang is not installed (Debian package clang)"
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
printf '#include <stddef.h>\n#include <stdint.h>\nint LLVMFuzzerTestOneInput (const uint8_t *d, size_t n) { return 0; }\n' \
  > "$probe/probe.c"
clang -fsanitize=fuzzer,address,undefined "$probe/probe.c" -o "$probe/probe" >/dev/null 2>&1 \
  || skip "clang cannot link libFuzzer with the sanitizers (Debian package libclang-rt-14-dev)"

if [ ! -f "$build/build.ninja" ]; then
  echo "Configuring a clang build with ASan, UBSan and libFuzzer coverage in $build"
  CC=clang meson setup "$build" "$src" --buildtype=debugoptimized \
    -Db_sanitize=address,undefined -Db_lundef=false -Dbenchmarks=false \
    -Dc_args=-fsanitize=fuzzer-no-link || exit 1
fi
ninja -C "$build" -j2 tests/fuzz/fuzz-journal || exit 1

corpus="$build/fuzz-corpus"
artifacts="$build/fuzz-artifacts"
mkdir -p "$corpus" "$artifacts"
echo "Fuzzing the journal reader for $seconds s (seeds: $src/tests/fuzz/corpus)"
start=$(date +%s)
G_DEBUG=fatal-warnings G_SLICE=always-malloc LC_ALL=C.UTF-8 \
ASAN_OPTIONS=detect_leaks=1 \
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  "$build/tests/fuzz/fuzz-journal" \
    -max_total_time="$seconds" -dict="$src/tests/fuzz/journal.dict" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -error_exitcode=1 -timeout_exitcode=1 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$corpus" "$src/tests/fuzz/corpus" 2>"$build/fuzz.log"
status=$?
grep -E '^(#[0-9]+ +DONE|stat::|==[0-9]+==ERROR|SUMMARY|fuzz-journal:|.*runtime error|artifact_prefix|Test unit written)' \
  "$build/fuzz.log" | tail -n 40
echo "Ran $(($(date +%s) - start)) s; $(ls "$corpus" | wc -l) inputs in $corpus; log: $build/fuzz.log"
if [ $status -ne 0 ]; then
  tail -n 60 "$build/fuzz.log"
  echo "FAILED: the input above is in $artifacts/; fix the reader, then keep the input as" \
       "tests/fuzz/corpus/crash-WHAT (replayed by the unit test journal-corpus)"
  exit 1
fi
echo "No crash, leak or hang"

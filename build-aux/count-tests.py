#!/usr/bin/python3
# build-aux/count-tests.py: counts the subtests of meson's TAP test logs and
# prints "N passed, N failed" (meson counts executables, and CI reads this line).
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import re
import sys

passed = failed = skipped = 0
for path in sys.argv[1:]:
    try:
        lines = open(path, encoding="utf-8").read().splitlines()
    except OSError:
        print(f"{path}: no test log (the run did not happen)")
        failed += 1
        continue
    for line in lines:
        test = json.loads(line)
        ok = not_ok = skip = 0
        for out in (test.get("stdout") or "").splitlines():
            if re.match(r"^ok \d+.*# SKIP", out):
                skip += 1
            elif re.match(r"^ok \d+", out):
                ok += 1
            elif re.match(r"^not ok \d+", out):
                not_ok += 1
        if test["result"] not in ("OK", "EXPECTEDFAIL", "SKIP") and not_ok == 0:
            not_ok = 1  # crashed or timed out outside a subtest
        if ok + not_ok + skip == 0:  # not a TAP test: one result
            if test["result"] == "SKIP":
                skip = 1
            elif test["result"] in ("OK", "EXPECTEDFAIL"):
                ok = 1
        passed += ok
        failed += not_ok
        skipped += skip

print(f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
sys.exit(1 if failed else 0)

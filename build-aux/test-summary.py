#!/usr/bin/env python3
# test-summary.py: print "N passed, N failed" from meson's testlog.json
#
# Copyright 2026 The Casebench developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Counts meson tests; a skipped test counts as failed (CI must run them
# all), and a missing or empty log counts as one failure.
import json
import sys

passed = failed = 0
try:
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            result = json.loads(line).get("result")
            if result in ("OK", "EXPECTEDFAIL"):
                passed += 1
            else:
                failed += 1
                print("failed: %s (%s)" % (json.loads(line).get("name"), result))
except (OSError, ValueError) as e:
    print("no usable test log: %s" % e)
if passed + failed == 0:
    failed = 1
print("%d passed, %d failed" % (passed, failed))

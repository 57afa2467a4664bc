#!/bin/sh
# check-quiet.sh: run a validator; fail if it fails or prints anything
# (desktop-file-validate exits 0 on hints, which we treat as errors).
#
# Copyright 2026 The Casebench developers
# SPDX-License-Identifier: GPL-3.0-or-later
out=$("$@" 2>&1)
status=$?
if [ $status -ne 0 ] || [ -n "$out" ]; then
  printf '%s\n' "$out"
  echo "FAIL: $* (exit $status)"
  exit 1
fi
echo "ok: $*"

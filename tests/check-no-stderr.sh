#!/bin/sh
# check-no-stderr.sh: run a command; fail if it fails or writes to stderr
# (flatpak-builder --show-manifest only warns about unknown keys there).
#
# Copyright 2026 The Casebench developers
# SPDX-License-Identifier: GPL-3.0-or-later
err=$(mktemp) || exit 1
trap 'rm -f "$err"' EXIT
"$@" >/dev/null 2>"$err"
status=$?
if [ $status -ne 0 ] || [ -s "$err" ]; then
  cat "$err"
  echo "FAIL: $* (exit $status)"
  exit 1
fi
echo "ok: $*"

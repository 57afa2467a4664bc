#!/bin/sh
# check-metainfo.sh: appstreamcli validate, with warnings counted as errors
#
# Copyright 2026 The Casebench developers
# SPDX-License-Identifier: GPL-3.0-or-later
out=$(appstreamcli validate --no-net --pedantic "$1" 2>&1)
status=$?
printf '%s\n' "$out"
[ $status -eq 0 ] || exit 1
if printf '%s\n' "$out" | grep -qE '^[[:space:]]*[WE]:'; then
  echo "FAIL: warnings or errors"
  exit 1
fi

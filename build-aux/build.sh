#!/bin/sh
# build.sh: configure (once) and build Casebench in ./build, quietly
#
# Copyright 2026 The Casebench developers
# SPDX-License-Identifier: GPL-3.0-or-later
cd "$(dirname "$0")/.." || exit 1
log=$(mktemp) || exit 1
trap 'rm -f "$log"' EXIT
if [ ! -f build/build.ninja ]; then
  meson setup build >"$log" 2>&1 || { cat "$log"; exit 1; }
fi
ninja -C build >"$log" 2>&1 || { cat "$log"; exit 1; }

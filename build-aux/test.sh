#!/bin/sh
# test.sh: install what is missing, build, and run every test headless
#
# Copyright 2026 The Casebench developers
# SPDX-License-Identifier: GPL-3.0-or-later
cd "$(dirname "$0")/.." || exit 1
# CI reads the last line: say "0 passed, 1 failed" if we cannot even build.
build-aux/deps.sh test || { echo "0 passed, 1 failed"; exit 1; }
build-aux/build.sh || { echo "0 passed, 1 failed"; exit 1; }
rm -f build/meson-logs/testlog.json
# One X server and one session bus for the whole suite (see HACKING.md).
xvfb-run -a -s "-screen 0 1920x1080x24" dbus-run-session -- \
  meson test -C build --print-errorlogs -q "$@" >build/meson-logs/test-output.txt 2>&1
status=$?
if [ $status -ne 0 ]; then
  grep -vE '^dbus-daemon\[' build/meson-logs/test-output.txt
fi
python3 build-aux/test-summary.py build/meson-logs/testlog.json
exit $status

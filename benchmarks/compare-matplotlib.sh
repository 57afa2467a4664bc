#!/bin/sh
# compare-matplotlib.sh: time `casebench-cli export --chart radar` against
# the same radar drawn by matplotlib (radar-matplotlib.py), SVG and PNG,
# as whole processes, with hyperfine (median of the runs).
#
# Copyright 2026 The Casebench developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# usage: benchmarks/compare-matplotlib.sh [BUILD_DIR]
# Needs the Debian packages hyperfine and python3-matplotlib.
set -eu
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
cli=$build/src/cli/casebench-cli
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$cli" init "$tmp/default.casebench" >/dev/null

for format in svg png; do
  hyperfine --style basic --warmup 2 --runs 15 --export-json "$tmp/$format.json" \
    -n casebench "$cli -w $tmp/default.casebench export --chart radar --width 1600 --height 1200 --lang en -o $tmp/c.$format" \
    -n matplotlib "/usr/bin/python3 $here/radar-matplotlib.py $tmp/default.casebench $tmp/m.$format" >/dev/null
  /usr/bin/python3 - "$tmp/$format.json" "$format" <<'PY'
import json, sys
runs = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
c, m = runs["casebench"]["median"], runs["matplotlib"]["median"]
print("%s: casebench %.1f ms, matplotlib %.1f ms (medians): %.0f× faster" % (sys.argv[2].upper(), c * 1000, m * 1000, m / c))
PY
done

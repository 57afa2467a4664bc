#!/bin/sh
# compare-matplotlib.sh: time `casebench-cli export --chart radar` against
# the same radar drawn by matplotlib (radar-matplotlib.py), SVG and PNG,
# as whole processes, with hyperfine (median of the runs; no shell between
# hyperfine and the process, so nothing is subtracted).
#
# Copyright 2026 The Casebench developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# usage: benchmarks/compare-matplotlib.sh [BUILD_DIR]
# Needs the Debian packages hyperfine and python3-matplotlib. RUNS (default
# 15) sets the runs of each command, after 2 warm-up runs each.
#
# Both sides start cold as processes and warm in the page and font caches,
# as on a desktop: every run reads the workbook, draws and writes the file.
# Besides the wall-clock medians the CPU time (user + system, mean) is
# shown, since a PNG export compresses on every processor; and the time of
# `casebench-cli --version`, which loads the same libraries and draws
# nothing: the part of an export that is starting the process.
set -eu
build=${1:-build}
runs=${RUNS:-15}
here=$(cd "$(dirname "$0")" && pwd)
cli=$build/src/cli/casebench-cli
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$cli" init "$tmp/default.casebench" >/dev/null

hyperfine -N --style basic --warmup 2 --runs "$runs" --export-json "$tmp/start.json" \
  -n start "$cli --version" >/dev/null
for format in svg png; do
  hyperfine -N --style basic --warmup 2 --runs "$runs" --export-json "$tmp/$format.json" \
    -n casebench "$cli -w $tmp/default.casebench export --chart radar --width 1600 --height 1200 --lang en -o $tmp/c.$format" \
    -n matplotlib "/usr/bin/python3 $here/radar-matplotlib.py $tmp/default.casebench $tmp/m.$format" >/dev/null
done
/usr/bin/python3 - "$tmp" <<'PY'
import json, os, sys

def results(name):
    with open(os.path.join(sys.argv[1], name + ".json")) as f:
        return {r["command"]: r for r in json.load(f)["results"]}

def cpu(run):
    return (run["user"] + run["system"]) * 1000

start = results("start")["start"]
print("process start (casebench-cli --version): %.1f ms" % (start["median"] * 1000))
for format in ("svg", "png"):
    runs = results(format)
    c, m = runs["casebench"], runs["matplotlib"]
    print("%s: casebench %.1f ms (CPU %.1f ms), matplotlib %.1f ms (CPU %.1f ms) (medians): %.0f× faster"
          % (format.upper(), c["median"] * 1000, cpu(c), m["median"] * 1000, cpu(m), m["median"] / c["median"]))
PY

#!/usr/bin/python3
# radar-matplotlib.py: the radar of `casebench-cli export --chart radar`,
# drawn with matplotlib, to time Casebench against (see compare-matplotlib.sh)
#
# Copyright 2026 The Casebench developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# usage: radar-matplotlib.py WORKBOOK OUTPUT.(svg|png)
# Same data (dimension scores, equal weights, rubric scale 0-100), same
# size (1600 x 1200 px), same elements: one polygon with markers per case,
# the dashed target, gridlines, axis labels, legend and title.
import math
import sqlite3
import sys

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

workbook, output = sys.argv[1:3]
db = sqlite3.connect("file:%s?mode=ro" % workbook, uri=True)
dimensions = db.execute("SELECT id, name_en FROM dimensions ORDER BY position, id").fetchall()
cases = db.execute("SELECT id, name_en, colour FROM cases ORDER BY position, id").fetchall()
indicators = db.execute("SELECT id, dimension_id, scale_min, scale_max, target FROM indicators").fetchall()
scores = {(c, i): v for c, i, v in db.execute("SELECT case_id, indicator_id, value FROM scores")}

def goalpost(value, lo, hi):
    return 100.0 * min(1.0, max(0.0, (value - lo) / (hi - lo)))

def dimension_scores(case_id):
    result = []
    for dim_id, _ in dimensions:
        values = [goalpost(scores[(case_id, i)], lo, hi) for i, d, lo, hi, _ in indicators
                  if d == dim_id and scores.get((case_id, i)) is not None]
        result.append(sum(values) / len(values))
    return result

targets = []
for dim_id, _ in dimensions:
    values = [goalpost(t, lo, hi) for _, d, lo, hi, t in indicators if d == dim_id]
    targets.append(sum(values) / len(values))

n = len(dimensions)
angles = [math.pi / 2 - 2 * math.pi * k / n for k in range(n)]
fig = plt.figure(figsize=(16, 12), dpi=100)
ax = fig.add_subplot(111, polar=True)
palette = ["#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#5e5c64"]
markers = ["o", "s", "^", "D", "v", "P", "o"]
for k, (case_id, name, colour) in enumerate(cases):
    values = dimension_scores(case_id)
    ax.plot(angles + angles[:1], values + values[:1], marker=markers[k % 7],
            color=colour or palette[k % 7], linewidth=2, label=name)
ax.plot(angles + angles[:1], targets + targets[:1], linestyle="--", color="#1c1c1c",
        linewidth=1.5, label="Target (expected level)")
ax.set_xticks(angles)
ax.set_xticklabels([name for _, name in dimensions])
ax.set_ylim(0, 100)
ax.set_yticks([20, 40, 60, 80, 100])
ax.legend(loc="upper right", bbox_to_anchor=(1.35, 1.05))
fig.suptitle("Scores by dimension\nWeights: Equal weights · arithmetic mean · rubric scale (0–100)",
             x=0.02, ha="left")
fig.savefig(output)

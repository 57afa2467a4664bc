#!/usr/bin/env python3
# check-flatpak-manifest.py: the Flatpak manifest parses, names the app and
# its command, asks for no more than it needs, and names only sources that
# exist.
#
# Copyright 2026 The Casebench developers
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import os
import sys

path, app_id, command = sys.argv[1:4]
with open(path, encoding="utf-8") as f:
    manifest = json.load(f)

errors = []
def expect(cond, what):
    if not cond:
        errors.append(what)

expect(manifest.get("id", manifest.get("app-id")) == app_id, "id is not " + app_id)
expect(manifest.get("command") == command, "command is not " + command)
expect(manifest.get("runtime") == "org.gnome.Platform", "runtime is not org.gnome.Platform")
expect(manifest.get("sdk") == "org.gnome.Sdk", "sdk is not org.gnome.Sdk")
allowed = {"--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri"}
extra = set(manifest.get("finish-args", [])) - allowed
expect(not extra, "finish-args wider than needed: %s" % sorted(extra))

modules = manifest.get("modules", [])
expect(any(isinstance(m, dict) and m.get("name") == "casebench" and m.get("buildsystem") == "meson"
           for m in modules), "no meson module named casebench")
base = os.path.dirname(os.path.abspath(path))
for m in modules:
    for s in m.get("sources", []) if isinstance(m, dict) else []:
        if s.get("type") in ("dir", "file", "patch") and "path" in s:
            expect(os.path.exists(os.path.join(base, s["path"])), "source %s does not exist" % s["path"])
        if s.get("type") == "dir" and "path" in s:
            expect(os.path.exists(os.path.join(base, s["path"], "meson.build")),
                   "source dir %s holds no meson.build" % s["path"])

for e in errors:
    print("FAIL:", e)
print("ok" if not errors else "%d problem(s)" % len(errors))
sys.exit(1 if errors else 0)

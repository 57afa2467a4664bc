#!/bin/sh
# run.sh: install what is missing, build, and start Casebench from the build folder
#
# Copyright 2026 The Casebench developers
# SPDX-License-Identifier: GPL-3.0-or-later
cd "$(dirname "$0")/.." || exit 1
build-aux/deps.sh run || exit 1
build-aux/build.sh || exit 1
exec meson devenv -C build ./src/gui/casebench "$@"

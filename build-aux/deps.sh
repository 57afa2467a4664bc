#!/bin/sh
# deps.sh: install the Debian 12 packages Casebench needs, if any are missing
#
# Copyright 2026 The Casebench developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# usage: deps.sh run|test
# Quiet when nothing is missing. Uses sudo when not run as root.

build="meson ninja-build pkg-config gcc libc6-dev gettext libglib2.0-dev libgtk-4-dev
libadwaita-1-dev libsqlite3-dev libjson-glib-dev libpng-dev zlib1g-dev libcairo2-dev libpango1.0-dev fonts-wqy-microhei"
test="$build xvfb xauth dbus dbus-x11 desktop-file-utils appstream python3 sqlite3
flatpak-builder poppler-utils xdotool"

case "$1" in
  run) wanted=$build ;;
  test) wanted=$test ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

missing=""
for pkg in $wanted; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null)
  [ "$status" = "installed" ] || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  sudo=""
else
  sudo="sudo"
fi
echo "Installing:$missing"
log=$(mktemp) || exit 1
trap 'rm -f "$log"' EXIT
# shellcheck disable=SC2086
if ! { $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q &&
       $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing; } >"$log" 2>&1; then
  cat "$log"
  echo "Could not install:$missing" >&2
  exit 1
fi

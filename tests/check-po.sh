#!/bin/sh
# check-po.sh: every .po file compiles cleanly, is complete, and holds every
# message the sources have now (the template is made afresh from POTFILES).
#
# Copyright 2026 The Casebench developers
# SPDX-License-Identifier: GPL-3.0-or-later
# usage: check-po.sh SRCDIR PO...
srcdir=$1
shift
pot=$(mktemp --suffix=.pot) || exit 1
trap 'rm -f "$pot"' EXIT
xgettext --from-code=UTF-8 --add-comments --keyword=_ --keyword=N_ \
  --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 --keyword=ngettext:1,2 \
  -D "$srcdir" -f "$srcdir/po/POTFILES.in" -o "$pot" || exit 1
fail=0
for po in "$@"; do
  stats=$(msgfmt --check --statistics -o /dev/null "$po" 2>&1) || { echo "$stats"; fail=1; continue; }
  echo "$po: $stats"
  case "$stats" in
    *untranslated*|*fuzzy*) echo "FAIL: $po is not complete"; fail=1 ;;
  esac
  if ! missing=$(msgcmp "$po" "$pot" 2>&1); then
    printf '%s\n' "$missing"
    echo "FAIL: $po lacks messages the sources have"
    fail=1
  fi
done
exit $fail

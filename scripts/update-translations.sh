#!/usr/bin/env bash
# Refresh the .ts sources from the code, then compile the .qm files the app loads.
# Run after changing any tr() text; translators edit resources/translations/ts/*.ts (Qt Linguist).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
# The windows, and the words for errors they share with the command line.
mapfile -t sources < <(find nurse_desk/ui nurse_desk/wording -name '*.py' | sort)
for lang in nb sv; do
    "$BIN/pyside6-lupdate" -no-obsolete -locations none -target-language "$lang" \
        "${sources[@]}" -ts "resources/translations/ts/nurse_desk_${lang}.ts"
    "$BIN/pyside6-lrelease" "resources/translations/ts/nurse_desk_${lang}.ts" \
        -qm "resources/translations/qm/nurse_desk_${lang}.qm"
done

#!/usr/bin/env bash
# Runs lupdate over the program's sources into a copy of the German .ts and
# fails when it leaves a message unfinished: a text added to the code
# without its German form (issue 13).
#   check-translations.sh LUPDATE SOURCE_DIR [EXTRA_SOURCE...]
# EXTRA_SOURCE: more files to scan (the self-test passes one with a new text).
set -euo pipefail
lupdate=$1
src=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$src/resources/translations/gdpr-readiness_de.ts" "$work/gdpr-readiness_de.ts"
# The same sources as the readiness_ui_lupdate target (ui/gui/Gui.cmake).
# Every page folder under ui/gui is scanned, so a new page cannot be missed.
mapfile -t gui_sources < <(find "$src/ui/gui" -name '*.cpp' -o -name '*.h' | sort)
# Every core file (readiness_core_tr_sources in ui/gui/Gui.cmake): its error
# messages, the CRM audit's progress steps and the reasons of suggested levels.
mapfile -t core_sources < <(find "$src/core" -name '*.cpp' | sort)
"$lupdate" -no-obsolete -locations none \
    "${gui_sources[@]}" "${core_sources[@]}" "$src"/app/cli/*.cpp "$src"/app/main.cpp "$@" \
    -ts "$work/gdpr-readiness_de.ts" >"$work/lupdate.log" 2>&1 || { cat "$work/lupdate.log"; exit 1; }
python3 - "$work/gdpr-readiness_de.ts" <<'PY'
import sys, xml.etree.ElementTree as ET
missing = []
for ctx in ET.parse(sys.argv[1]).getroot():
    for m in ctx.findall('message'):
        if m.find('translation').get('type') == 'unfinished':
            missing.append(ctx.find('name').text + ': ' + m.find('source').text.replace('\n', '\\n'))
if missing:
    print(f'{len(missing)} unfinished message(s) in gdpr-readiness_de.ts after lupdate:')
    for line in missing:
        print('  ' + line)
    sys.exit(1)
print('gdpr-readiness_de.ts: every message has its German form')
PY

#!/usr/bin/env bash
# The "Done when" of issue 13, end to end with the real program: a German
# DPO creates the assessment of a GmbH in Munich (Bayern), answers in
# German, gets a German PDF for the Geschäftsführung, with working days
# counted on Bavarian holidays; the command line speaks German too.
#   german-dpo.sh GDPR_READINESS_BINARY
# Prints each step; exits non-zero at the first thing that is not German.
set -euo pipefail
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8 LANG=C.UTF-8 # English, unless a step asks for German
fail() { echo "FAIL: $*" >&2; exit 1; }
expect() { # expect TEXT FILE: FILE contains TEXT
    grep -qF -- "$1" "$2" || { echo "--- $2:" >&2; head -c 3000 "$2" >&2; fail "'$1' not in $(basename "$2")"; }
}

echo "1. gdpr-readiness --help in German (LANG=de_DE.UTF-8)"
env -u LC_ALL LANG=de_DE.UTF-8 "$bin" --help >"$work/help.txt" 2>/dev/null
expect "Aufruf: gdpr-readiness" "$work/help.txt"
expect "Den Bewertungsbericht schreiben (PDF oder ODT)" "$work/help.txt"

echo "1b. every command's own help in German: no English option or argument description left"
python3 "$(dirname "$0")/cli-help-german.py" "$bin"

echo "1c. the language as gettext picks it: LANGUAGE first, unless the locale is C"
env -u LC_ALL -u LC_MESSAGES LANG=en_GB.UTF-8 LANGUAGE=de_AT:de "$bin" --help >"$work/language.txt" 2>/dev/null
expect "Aufruf: gdpr-readiness" "$work/language.txt"
env -u LC_MESSAGES -u LANG LC_ALL=C.UTF-8 LANGUAGE=de "$bin" --help >"$work/c-locale.txt" 2>/dev/null
expect "Usage: gdpr-readiness" "$work/c-locale.txt"

echo "2. a usage error in German (--language de)"
set +e
"$bin" report "$work/none.gdpra" --language de >"$work/usage.txt" 2>&1
rc=$?
set -e
[ "$rc" -eq 2 ] || fail "usage error exit status $rc, expected 2"
expect "-o AUSGABE ist erforderlich" "$work/usage.txt"
# The commands' own usage errors in a German locale.
german_exit() { # german_exit STATUS TEXT ARGS...: exit status STATUS and TEXT in the German output
    local status=$1 text=$2
    shift 2
    set +e
    env -u LC_ALL LANG=de_DE.UTF-8 GDPR_READINESS_TEMPLATES_DIR="$work/vorlagen" "$bin" "$@" >"$work/error.txt" 2>&1
    local rc=$?
    set -e
    [ "$rc" -eq "$status" ] || { cat "$work/error.txt" >&2; fail "$* exited $rc, expected $status"; }
    expect "$text" "$work/error.txt"
}
german_error() { german_exit 2 "$@"; }   # wrong usage
german_failure() { german_exit 1 "$@"; } # a problem with a file or data
german_error "--to DATUM ist erforderlich" countdown
german_error "„viel“ ist kein Betrag" fines --turnover viel --currency EUR
german_error "--format json|csv|xlsx ist erforderlich" export "$work/none.gdpra" -o "$work/out.csv"
german_error "--reason TEXT ist erforderlich" reopen "$work/none.gdpra"

echo "3. new: Muster Maschinenbau GmbH, München, Bayern"
questionnaires=(--questionnaire gdpr-principles --questionnaire crm-data-quality)
if [ -n "${GDPR_READINESS_DATA_DIR:-}" ] && [ -f "$GDPR_READINESS_DATA_DIR/questionnaires/eprivacy-de.json" ]; then
    questionnaires+=(--questionnaire eprivacy-de)
else
    echo "   (eprivacy-de is not bundled in this build: the German ePrivacy questionnaire is left out)"
fi
"$bin" new -o "$work/muster.gdpra" --org "Muster Maschinenbau GmbH" --sector Maschinenbau \
    --country Deutschland --land Bayern --turnover 48000000 --currency EUR --target-date 2027-03-15 \
    --title "DSGVO-Bereitschaft 2026" --assessor "Dr. Anna Huber (DSB)" "${questionnaires[@]}" >"$work/new.txt"
cat "$work/new.txt"

echo "4. answers"
"$bin" answer "$work/muster.gdpra" lawfulness.lawful-basis-recorded 3 --note "VVT nennt die Rechtsgrundlage." >/dev/null
"$bin" answer "$work/muster.gdpra" security.breach-procedure 2 >/dev/null

echo "5. the German report (PDF) for the Geschäftsführung"
"$bin" report "$work/muster.gdpra" --language de -o "$work/bericht.pdf" >"$work/report.txt"
expect "geschrieben" "$work/report.txt"
pdftotext -layout -enc UTF-8 "$work/bericht.pdf" - | tr -s ' ' >"$work/bericht.txt"
for text in "DSGVO-BEREITSCHAFTSBEWERTUNG" "Muster Maschinenbau GmbH" "Bundesland Bayern" "Feiertage Bayern" \
            "Zusammenfassung" "Maßnahmenplan" "15. März 2027" "Art. 83 Abs. 5 DSGVO" "Seite 1 von"; do
    expect "$text" "$work/bericht.txt"
done
if grep -qE "GDPR Art [0-9]" "$work/bericht.txt"; then fail "English references in the German report"; fi

echo "6. working days on Bavarian holidays: 2025 has 249 (261 weekdays less 12 holidays)"
"$bin" countdown --from 2025-01-01 --to 2026-01-01 --calendar germany-bayern --json >"$work/count.json"
expect '"working_days": 249' "$work/count.json"
"$bin" countdown --from 2025-01-01 --to 2026-01-01 --calendar germany-berlin --json >"$work/berlin.json"
expect '"working_days": 251' "$work/berlin.json"

echo "7. every command's normal output in German: labels, numbers, dates, questionnaire texts"
crm_sample=${CRM_SAMPLE_DIR:-}
[ -n "$crm_sample" ] && [ -f "$crm_sample/contacts.csv" ] || crm_sample=""
python3 "$(dirname "$0")/cli-output-german.py" "$bin" "${GDPR_READINESS_DATA_DIR:?}" $crm_sample
env -u LC_ALL LANG=de_DE.UTF-8 "$bin" score "$work/muster.gdpra" >"$work/score.txt"
expect "Gesamtbereitschaft" "$work/score.txt"
env -u LC_ALL LANG=de_DE.UTF-8 "$bin" countdown --from 2025-01-01 --to gdpr >"$work/gdpr.txt"
expect "25.05.2018" "$work/gdpr.txt"
env -u LC_ALL LANG=de_DE.UTF-8 "$bin" fines --turnover 1234567890 --currency EUR >"$work/fines.txt"
expect "Art. 83 Abs. 5 DSGVO" "$work/fines.txt"
expect "49.382.716 EUR" "$work/fines.txt"
# export and compare follow the command line's language, as report does.
env -u LC_ALL LANG=de_DE.UTF-8 "$bin" export "$work/muster.gdpra" --format json -o "$work/muster.json" >/dev/null
expect '"language": "de"' "$work/muster.json"
"$bin" export "$work/muster.gdpra" --format json -o "$work/muster-en.json" >/dev/null
expect '"language": "en"' "$work/muster-en.json"

echo "8. core's own errors in German (backup, CRM audit, workshop, sign-off, templates, portfolio)"
german_failure "läuft keine Workshop-Sitzung; beginnen Sie zuerst eine" workshop end "$work/muster.gdpra"
german_failure "die Bewertung ist nicht freigegeben; es gibt nichts wieder zu öffnen" \
    reopen "$work/muster.gdpra" --reason "Prüfung"
: >"$work/leer.csv"
german_failure "ist leer (keine Kopfzeile, keine Datensätze)" audit-crm "$work/muster.gdpra" --contacts "$work/leer.csv"
german_failure "wird nicht wiederhergestellt: Die Sicherung besteht die Prüfungen nicht" \
    restore "$work/muster.gdpra" "$work/leer.csv"
german_failure "es gibt keine Vorlage „Kanzlei“" new -o "$work/vorlage.gdpra" --template Kanzlei
printf '{"format": "x", "name": "Kanzlei"}' >"$work/vorlage.json" # each problem of a template, in German
german_failure "„organisation“ muss ein Objekt mit mindestens einem Namen sein" \
    new -o "$work/vorlage.gdpra" --template "$work/vorlage.json"
# The same error under LC_ALL=C.UTF-8 stays English.
set +e
"$bin" workshop end "$work/muster.gdpra" >"$work/english.txt" 2>&1
set -e
expect "no workshop session is running in" "$work/english.txt"
# A file the portfolio cannot read (an unfinished change beside it) says why in German.
mkdir "$work/mandanten"
cp "$work/muster.gdpra" "$work/mandanten/muster.gdpra"
printf 'unfinished' >"$work/mandanten/muster.gdpra-journal"
env -u LC_ALL LANG=de_DE.UTF-8 "$bin" portfolio "$work/mandanten" >"$work/portfolio.txt" 2>&1 || true
expect "[gesperrt] " "$work/portfolio.txt"
expect "hat eine unvollendete Änderung" "$work/portfolio.txt"

echo "9. core's own errors reach a German DPO in German: open, lock, newer version, answers, fines, Land"
echo "kein SQLite" >"$work/brief.gdpra"
german_failure "ist keine Bewertungsdatei von GDPR Readiness (es ist keine SQLite-Datenbank)" \
    report "$work/brief.gdpra" -o "$work/brief.pdf"
cp "$work/muster.gdpra" "$work/neuer.gdpra"
python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute("PRAGMA user_version = 999"); c.commit()' \
    "$work/neuer.gdpra"
german_failure "wurde mit einer neueren Version von GDPR Readiness geschrieben (Dateiformat 999" \
    answer "$work/neuer.gdpra" lawfulness.lawful-basis-recorded 3
german_failure "„9“ ist keine Stufe der Skala von „lawfulness.lawful-basis-recorded“" \
    answer "$work/muster.gdpra" lawfulness.lawful-basis-recorded 9
german_failure "Keine Frage „gibt-es-nicht“ in dieser Bewertung" answer "$work/muster.gdpra" gibt-es-nicht 3
ln "$work/muster.gdpra" "$work/zweiter-name.gdpra"
german_failure "hat 2 Namen auf diesem Datenträger" answer "$work/muster.gdpra" lawfulness.lawful-basis-recorded 3
rm "$work/zweiter-name.gdpra"
german_failure "(Nachweisdatei) kann nicht gelesen werden" \
    evidence add "$work/muster.gdpra" lawfulness.lawful-basis-recorded "$work/fehlt.pdf"
german_error "Die Währung muss EUR oder GBP sein (angegeben: „USD“)" fines --turnover 1000000 --currency USD
german_failure "„Tirol“ ist kein Bundesland" new -o "$work/tirol.gdpra" --org "Tiroler GmbH" --country Deutschland \
    --land Tirol --questionnaire gdpr-principles
[ ! -e "$work/tirol.gdpra" ] || fail "a refused assessment was created"
german_failure "nur für eine Organisation in Deutschland, nicht in Österreich" new -o "$work/wien.gdpra" \
    --org "Wiener GmbH" --country AT --land BY --questionnaire gdpr-principles
env -u LC_ALL LANG=de_DE.UTF-8 "$bin" fines --turnover 48000000 --currency EUR >"$work/fines.txt"
expect "Der Prozentsatz bezieht sich auf den gesamten weltweit erzielten Jahresumsatz" "$work/fines.txt"
env -u LC_ALL LANG=de_DE.UTF-8 "$bin" fines --turnover 48000000 --currency EUR --json >"$work/fines.json"
expect "The percentage is of the undertaking's total worldwide annual turnover" "$work/fines.json" # machine-readable
printf '{\n  "format": 1,\n  "id": \n}\n' >"$work/eigener-fragebogen.json"
german_failure "Unerwartet: '}'; erwartet wird ein Wert" validate "$work/eigener-fragebogen.json"

echo "10. the same error stays English with LC_ALL=C.UTF-8"
set +e
"$bin" report "$work/brief.gdpra" -o "$work/brief.pdf" >"$work/core-error-en.txt" 2>&1
set -e
expect "is not a GDPR Readiness assessment file (it is not an SQLite database)" "$work/core-error-en.txt"

echo "OK: German edition end to end"

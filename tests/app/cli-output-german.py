#!/usr/bin/env python3
"""The command line's normal output in German (issue 13): every command runs
on the bundled demo assessment (and a CRM sample for audit-crm) once in
English (LANG=C.UTF-8) and once in German (LANG=de_DE.UTF-8), each in a
folder of its own with the same file names. A line printed the same in both
languages (ids, numbers, dates, times and hashes aside) that still holds
English words is untranslated; names, ids, file names and numbers read the
same in both and are left out.
    cli-output-german.py GDPR_READINESS_BINARY DATA_DIR [CRM_SAMPLE_DIR]
Prints every untranslated line and exits 1 if there is one."""
import os
import re
import shutil
import subprocess
import sys
import tempfile

binary, data_dir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
crm_dir = os.path.abspath(sys.argv[3]) if len(sys.argv) > 3 else ""
root = tempfile.mkdtemp(prefix="cli-output-german-")

# The demo's own texts (names stored in the file) and words that are the
# same in both languages: law and product names, units, codes.
DATA = ["Northwind Logistics Ltd", "GDPR and PECR readiness review 2026", "Priya Shah", "Muster GmbH",
        "Anna Huber", "Head of HR", "Jonas Weber", "Kick-off", "Microsoft Dynamics"]
SAME = {"GDPR", "PECR", "CRM", "Mailchimp", "UTF", "BOM", "EUR", "GBP", "UK", "SHA", "MiB", "KiB", "DSGVO",
        "ok", "Art", "gdpr", "readiness", "UWG", "TDDDG", "BDSG", "Windows", "ms", "Ltd", "GmbH", "Status",
        "Name", "ROT", "GELB", "GRÜN", "DPO", "UTC", "Initial"}
WORD = re.compile(r"[A-Za-zÄÖÜäöüß]{3,}")
# ids, file names, paths, options, hashes: a token with a dot, slash,
# hyphen, colon, underscore or digit in it, or in backquotes.
TOKEN = re.compile(r"`[^`]*`|\S*[./\\_:\d-]\S*|--\S+")


def run(lang, args):
    env = dict(os.environ)
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        env.pop(name, None)
    env["LANG"] = "de_DE.UTF-8" if lang == "de" else "C.UTF-8"
    env["GDPR_READINESS_DATA_DIR"] = data_dir
    done = subprocess.run([binary] + args, env=env, cwd=os.path.join(root, lang), capture_output=True,
                          text=True, timeout=120)
    if done.returncode != 0:
        sys.exit(f"FAIL: ({lang}) {' '.join(args)} exited {done.returncode}:\n{done.stdout}{done.stderr}")
    return done.stdout


def shape(line):
    """The line with its ids, numbers, dates, times and hashes as "#": two
    runs differ in times and hashes, a German run in number formats."""
    return " ".join(TOKEN.sub("#", line).split())


def english_words(line):
    for text in DATA:
        line = line.replace(text, " ")
    line = TOKEN.sub(" ", line)
    return [w for w in WORD.findall(line) if w not in SAME]


COMMANDS = [
    ["new", "--from", os.path.join(data_dir, "demo", "demo.json"), "-o", "demo.gdpra"],
    ["new", "-o", "fresh.gdpra", "--org", "Muster GmbH", "--questionnaire", "gdpr-principles",
     "--country", "Germany", "--turnover", "1234567", "--currency", "EUR", "--target-date", "2027-03-15"],
    ["validate", os.path.join(data_dir, "questionnaires", "gdpr-principles.json")],
    ["score", "demo.gdpra"],
    ["countdown", "--from", "2025-01-01", "--to", "2026-01-01", "--calendar", "germany-bayern"],
    ["countdown", "--from", "2026-01-01", "--to", "gdpr"],
    ["fines", "--turnover", "48000000", "--currency", "EUR"],
    ["fines", "--turnover", "48000000", "--currency", "GBP"],
    ["fines", "--turnover", "1000000", "--currency", "EUR", "--public-body"],
    ["answer", "demo.gdpra", "lawfulness.lawful-basis-recorded", "3"],
    ["answer", "demo.gdpra", "security.breach-procedure", ""],
    ["evidence", "add", "demo.gdpra", "lawfulness.lawful-basis-recorded", "note.txt"],
    ["verify", "demo.gdpra"],
    ["templates"],
    ["backup", "demo.gdpra", "--to", "backups"],
    ["backups", "demo.gdpra", "--to", "backups", "--check"],
    ["new", "--from-previous", "demo.gdpra", "-o", "next.gdpra"],
    ["review", "next.gdpra"],
    ["compare", "demo.gdpra", "next.gdpra"],
    ["portfolio", "."],
    ["workshop", "start", "fresh.gdpra", "--title", "Kick-off", "--participant", "Anna Huber, Head of HR"],
    ["workshop", "participants", "fresh.gdpra"],
    ["workshop", "park", "fresh.gdpra", "lawfulness.lawful-basis-recorded", "Kick-off"],
    ["workshop", "parked", "fresh.gdpra"],
    ["workshop", "end", "fresh.gdpra"],
    ["workshop", "sessions", "fresh.gdpra"],
    ["sign-off", "fresh.gdpra", "--name", "Jonas Weber", "--role", "DPO", "--opinion", "Kick-off"],
    ["reopen", "fresh.gdpra", "--reason", "Kick-off"],
    ["export", "demo.gdpra", "--format", "csv", "-o", "demo.csv"],
    # The batch of a client folder: its summary line.
    ["report", ".", "-o", "reports", "--jobs", "1"],
]
if crm_dir:
    COMMANDS.append(["audit-crm", "demo.gdpra", "--contacts", os.path.join(crm_dir, "contacts.csv"),
                     "--consent-log", os.path.join(crm_dir, "consent_log.csv"),
                     "--mailchimp", os.path.join(crm_dir, "subscribed_members_export.csv"),
                     "--mailchimp", os.path.join(crm_dir, "unsubscribed_members_export.csv"),
                     "--as-of", "2026-11-20", "--link"])
else:
    print("   (no CRM sample: audit-crm left out)")

try:
    for lang in ("en", "de"):
        os.makedirs(os.path.join(root, lang))
        os.makedirs(os.path.join(root, lang, "reports"))
        with open(os.path.join(root, lang, "note.txt"), "w") as f:
            f.write("Verzeichnis von Verarbeitungstätigkeiten\n")
    untranslated = []
    for args in COMMANDS:
        english = run("en", args).splitlines()
        german = run("de", args).splitlines()
        if english == german and not english:
            continue
        german_shapes = {shape(line) for line in german}
        for line in english:
            if shape(line) in german_shapes and english_words(line):
                untranslated.append(f"{args[0]}: {line.strip()}  {english_words(line)}")
finally:
    shutil.rmtree(root, ignore_errors=True)
if untranslated:
    print(f"{len(untranslated)} line(s) of normal output still English under a German locale:")
    for line in untranslated:
        print("  " + line)
    sys.exit(1)
print(f"German output of {len(COMMANDS)} command runs: no English line left")

#!/usr/bin/env python3
"""Every command's own help in German (issue 13): for each command that
`gdpr-readiness --help` lists, `CMD --help` under a German locale must not
repeat a line of the English help's descriptions. Option names and value
placeholders (--org, -o, <FILE>) are the same in both languages and are left
out of the comparison.
    cli-help-german.py GDPR_READINESS_BINARY
Prints every untranslated line and exits 1 if there is one."""
import os
import re
import subprocess
import sys

binary = sys.argv[1]


def run(args, german):
    env = dict(os.environ)
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        env.pop(name, None)
    env["LANG"] = "de_DE.UTF-8" if german else "C.UTF-8"
    done = subprocess.run([binary] + args, env=env, capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        sys.exit(f"FAIL: {' '.join(args)} exited {done.returncode}: {done.stderr}")
    return done.stdout


def commands():
    text = run(["--help"], german=False)
    listed = text.split("Commands:\n", 1)[1].split("\n\n", 1)[0]
    return [line.split()[0] for line in listed.splitlines() if line.startswith("  ")]


OPTION = re.compile(r"(?<!\S)(-{1,2}[A-Za-z][\w-]*,?|<[^>]*>)")
WORD = re.compile(r"[A-Za-z]{3,}")
# A wrapped list of ids (calendars, questionnaires) reads the same in both.
ID_LIST = re.compile(r"^[\w-]+(, [\w-]+)*[,.)]?$")


def descriptions(text):
    """Lines of help text as words, without option names and placeholders;
    only lines with at least two words (not a lone path or number) that are
    not a list of ids."""
    result = set()
    for line in text.splitlines():
        words = " ".join(OPTION.sub(" ", line).split())
        if len(WORD.findall(words)) >= 2 and not ID_LIST.match(words):
            result.add(words)
    return result


names = commands()
if len(names) < 10:
    sys.exit(f"FAIL: only {len(names)} commands found in --help: {names}")
untranslated = []
for name in names:
    english = run([name, "--help"], german=False)
    german = run([name, "--help"], german=True)
    if not german.startswith("Aufruf:"):
        untranslated.append(f"{name}: Qt's own words are English: {german.splitlines()[0]}")
    for line in sorted(descriptions(english) & descriptions(german)):
        untranslated.append(f"{name}: {line}")
if untranslated:
    print(f"{len(untranslated)} untranslated line(s) in the German help of the commands:")
    for line in untranslated:
        print("  " + line)
    sys.exit(1)
print(f"German help of all {len(names)} commands: no English description left")

#!/usr/bin/env python3
"""Fails when core builds a message for the user from an English literal
that does not go through tr() (issue 13: a German DPO reads core's errors,
in the window and on the command line, in German).

    check-core-messages.py SOURCE_DIR [EXTRA_FILE...]

It looks at the first argument of every makeError(...) and Error {...} in
core/**/*.cpp: a string literal there (u"..."_s, QStringLiteral, "...")
is English nobody can translate. Texts that are not sentences for a
reader (an empty message, a message passed on unchanged) pass. The
EXTRA_FILE argument lets the self-test show that the check can fail.
"""
import pathlib
import re
import sys

START = re.compile(r'\b(makeError\s*\(|Error\s*\{)')
LITERAL = re.compile(r'\s*(u"|QStringLiteral\s*\(|QLatin1String\s*\(|"|u8")')


def offenders(path):
    text = path.read_text(encoding='utf-8')
    found = []
    for m in START.finditer(text):
        rest = text[m.end():]
        lit = LITERAL.match(rest)
        if not lit:
            continue
        if rest[lit.end():].startswith('"') or rest[lit.end():].startswith(')'):
            continue  # an empty message: nothing to translate
        line = text.count('\n', 0, m.start()) + 1
        snippet = rest[:80].split('\n')[0].strip()
        found.append(f'{path}:{line}: {m.group(1)}{snippet}')
    return found


def main():
    src = pathlib.Path(sys.argv[1])
    files = sorted((src / 'core').rglob('*.cpp')) + [pathlib.Path(p) for p in sys.argv[2:]]
    found = [o for f in files for o in offenders(f)]
    if found:
        print(f'{len(found)} message(s) in core built from an untranslated English literal:')
        for o in found:
            print('  ' + o)
        return 1
    print('core: every error message goes through tr()')
    return 0


if __name__ == '__main__':
    sys.exit(main())

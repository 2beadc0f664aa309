#!/usr/bin/env python3
"""Merge translations into a bundled questionnaire, or list what is missing.

  merge-translations.py QUESTIONNAIRE.json TRANSLATIONS.txt [--lang de] [--replace]
  merge-translations.py QUESTIONNAIRE.json --missing [--lang de]

TRANSLATIONS.txt holds one text per line, "KEY: text"; blank lines and lines
starting with '#' are ignored. KEY names one translatable field:

  @|title, @|description                      the questionnaire
  scale|na_label, scale.VALUE|label, scale.VALUE|description
  section:SECTION|title, section:SECTION|description
  QUESTION|text, QUESTION|guidance, QUESTION|remediation, QUESTION|evidence.hint,
  QUESTION|option.OPTION
  QUESTION|jurisdictions: UK[,EU...]          not a text: sets the question's list

A plain string becomes {"en": ..., LANG: ...}. An existing translation is kept
unless --replace is given (a differing one is reported either way). Any unknown
key or malformed line stops the merge before the file is written, so nothing
is half-merged. The output keeps the bundled files' formatting (2-space
indent, UTF-8).
"""
import argparse
import json
import re
import sys

LINE = re.compile(r"^(\S+?): (.+)$")


def fields(q):
    """(key, container, member) for every translatable field of questionnaire q."""
    out = [("@|title", q, "title"), ("@|description", q, "description")]
    scale = q.get("scale", {})
    out.append(("scale|na_label", scale, "na_label"))
    for level in scale.get("levels", []):
        for m in ("label", "description"):
            out.append((f"scale.{level['value']}|{m}", level, m))
    for s in q["sections"]:
        for m in ("title", "description"):
            out.append((f"section:{s['id']}|{m}", s, m))
        for qu in s["questions"]:
            for m in ("text", "guidance", "remediation"):
                out.append((f"{qu['id']}|{m}", qu, m))
            if "evidence" in qu:
                out.append((f"{qu['id']}|evidence.hint", qu["evidence"], "hint"))
            for o in qu.get("options", []):
                out.append((f"{qu['id']}|option.{o['id']}", o, "label"))
    return [(k, c, m) for k, c, m in out if m in c]


def questions(q):
    return {qu["id"]: qu for s in q["sections"] for qu in s["questions"]}


def with_jurisdictions(question, codes):
    """The question with 'jurisdictions' set, placed after 'references' (or 'type')."""
    if "jurisdictions" in question:
        question["jurisdictions"] = codes
        return question
    after = "references" if "references" in question else "type"
    result = {}
    for k, v in question.items():
        result[k] = v
        if k == after:
            result["jurisdictions"] = codes
    return result


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("questionnaire")
    ap.add_argument("translations", nargs="?")
    ap.add_argument("--lang", default="de")
    ap.add_argument("--replace", action="store_true")
    ap.add_argument("--missing", action="store_true", help="list fields without LANG and exit 1 if any")
    a = ap.parse_args()

    with open(a.questionnaire, encoding="utf-8") as f:
        q = json.load(f)
    table = {k: (c, m) for k, c, m in fields(q)}

    if a.missing:
        missing = [k for k, (c, m) in table.items() if isinstance(c[m], str) or a.lang not in c[m]]
        for k in missing:
            print(k)
        print(f"{len(missing)} of {len(table)} texts lack '{a.lang}'", file=sys.stderr)
        return 1 if missing else 0
    if not a.translations:
        ap.error("TRANSLATIONS.txt is required unless --missing is given")

    errors, entries = [], []
    with open(a.translations, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            m = LINE.match(line)
            if not m:
                errors.append(f"{a.translations}:{n}: expected 'KEY: text'")
                continue
            entries.append((n, m.group(1), m.group(2).strip()))

    seen, changed, kept = {}, 0, 0
    by_id = questions(q)
    juris = {}
    for n, key, text in entries:
        if key in seen:
            errors.append(f"{a.translations}:{n}: '{key}' already given on line {seen[key]}")
            continue
        seen[key] = n
        if key.endswith("|jurisdictions"):
            qid = key[: -len("|jurisdictions")]
            codes = [c.strip() for c in text.split(",")]
            if qid not in by_id:
                errors.append(f"{a.translations}:{n}: no question '{qid}'")
            elif not all(re.fullmatch(r"[A-Z]{2,3}", c) for c in codes):
                errors.append(f"{a.translations}:{n}: jurisdiction codes look like UK, EU, DE")
            else:
                juris[qid] = codes
            continue
        if key not in table:
            errors.append(f"{a.translations}:{n}: no translatable field '{key}'")
            continue
        c, m = table[key]
        v = c[m]
        if isinstance(v, str):
            c[m] = {"en": v, a.lang: text}
            changed += 1
        elif a.lang not in v or a.replace:
            if v.get(a.lang) != text:
                changed += 1
            v[a.lang] = text
        elif v[a.lang] != text:
            print(f"{a.translations}:{n}: kept the existing '{a.lang}' text of '{key}' (use --replace)",
                  file=sys.stderr)
            kept += 1
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"nothing written to {a.questionnaire}", file=sys.stderr)
        return 2

    for s in q["sections"]:
        s["questions"] = [with_jurisdictions(qu, juris[qu["id"]]) if qu["id"] in juris else qu
                          for qu in s["questions"]]
    with open(a.questionnaire, "w", encoding="utf-8") as f:
        f.write(json.dumps(q, indent=2, ensure_ascii=False) + "\n")
    print(f"{a.questionnaire}: {changed} texts merged, {kept} kept, {len(juris)} jurisdiction lists set",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

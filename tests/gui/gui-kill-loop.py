#!/usr/bin/env python3
"""The GUI kill loop (issue 16, "Keep it found"; docs/file-safety.md).

Starts gui_kill_writer (the real main window, offscreen, answers typed with
QTest key events) on one assessment file, SIGKILLs it at a random moment,
then checks the file with the program's own command line (`score`, which
opens it read-only) and with SQLite (`PRAGMA integrity_check`, the answers):
every answer the GUI reported as committed must be in the file, as reported
or replaced by a later answer the GUI was already saving. Repeats on the
same file, so each run also reopens a file left by a killed writer.

  gui-kill-loop.py --writer BUILD/bin/gui_kill_writer --cli BUILD/bin/gdpr-readiness [--kills N]

Exit 0 when no committed answer was lost and every check passed.
"""
import argparse
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

STEP = re.compile(r"^step (\d+)$")


def file_answers(path):
    """(ref, question) -> (value, step) as stored, plus integrity_check."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
        rows = db.execute("SELECT questionnaire_id, question_id, value, note FROM answer").fetchall()
    finally:
        db.close()
    answers = {}
    for ref, qid, value, note in rows:
        m = STEP.match(note or "")
        answers[(str(ref), qid)] = (value, int(m.group(1)) if m else 0)
    return integrity, answers


def run_writer(writer, path, first_step, max_delay, rng, env):
    proc = subprocess.Popen([writer, path, str(first_step)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)
    lines = []
    ready = threading.Event()

    def read():
        for raw in proc.stdout:
            line = raw.decode("utf-8").rstrip("\n")
            if line == "ready":
                ready.set()
            lines.append(line)
        ready.set()

    reader = threading.Thread(target=read)
    reader.start()
    early = rng.random() < 0.2  # sometimes while the window is still opening the file
    if early:
        time.sleep(rng.uniform(0.0, 1.5))
    else:
        if not ready.wait(120):
            proc.kill()
            raise SystemExit("gui_kill_writer did not get ready in 120 s")
        time.sleep(rng.uniform(0.0, max_delay))
    alive = proc.poll() is None
    if alive:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    reader.join()
    err = proc.stderr.read().decode("utf-8", "replace")
    if not alive and proc.returncode != 0:
        raise SystemExit(f"gui_kill_writer ended by itself with {proc.returncode}:\n{err}")
    committed = []
    for line in lines:
        if line.startswith("committed\t"):
            _, ref, qid, value, note = line.split("\t", 4)
            m = STEP.match(note)
            if not m:
                raise SystemExit(f"unexpected note in {line!r}")
            committed.append(((ref, qid), value, int(m.group(1))))
    return committed, early


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--writer", required=True)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--kills", type=int, default=50)
    ap.add_argument("--max-delay", type=float, default=3.0, help="seconds after 'ready' (uniform)")
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--keep", action="store_true", help="keep the folder with the file")
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))

    folder = tempfile.mkdtemp(prefix="gui-kill-loop-")
    path = os.path.join(folder, "kill.gdpra")
    subprocess.run([args.cli, "new", "-o", path, "--org", "Kill Loop Ltd", "--questionnaire", "gdpr-principles",
                    "--questionnaire", "pecr"], check=True, env=env, stdout=subprocess.DEVNULL)

    expected = {}  # (ref, question) -> (value, step): the latest state known to be committed
    kills = reported = unreported = early_kills = lost = 0
    problems = []
    next_step = 1
    started = time.monotonic()
    for k in range(args.kills):
        committed, early = run_writer(args.writer, path, next_step, args.max_delay, rng, env)
        kills += 1
        early_kills += early
        reported += len(committed)
        for key, value, step in committed:
            expected[key] = (value, step)
        last_reported = max((s for _, _, s in committed), default=next_step - 1)

        score = subprocess.run([args.cli, "score", path], env=env, capture_output=True, text=True)
        if score.returncode != 0:
            problems.append(f"kill {k + 1}: score exit {score.returncode}: {score.stderr.strip()}")
        integrity, answers = file_answers(path)
        if integrity != "ok":
            problems.append(f"kill {k + 1}: integrity_check: {integrity}")
        for key, (value, step) in expected.items():
            have = answers.get(key)
            if have is None or have[1] < step or (have[1] == step and have[0] != value):
                lost += 1
                problems.append(f"kill {k + 1}: {key} reported committed as {value!r} (step {step}), file has {have!r}")
            elif have[1] > step:
                # Saved, but killed before the GUI could report it: only the
                # answer being saved at the kill can be like that.
                if have[1] != last_reported + 1:
                    problems.append(f"kill {k + 1}: {key} holds step {have[1]}, never typed")
                unreported += 1
                expected[key] = have
        for key, have in answers.items():
            if key not in expected and have[1] > 0:
                if have[1] != last_reported + 1:
                    problems.append(f"kill {k + 1}: {key} holds step {have[1]}, never typed")
                unreported += 1
                expected[key] = have
        next_step = max(last_reported, max((s for _, s in answers.values()), default=0)) + 1

    elapsed = time.monotonic() - started
    print(f"gui kill loop: seed {seed}, {kills} kills ({early_kills} while opening), "
          f"{reported} answers reported committed, {unreported} saved but not yet reported, "
          f"{lost} lost, {len(problems)} problems, {elapsed:.0f} s")
    for p in problems[:20]:
        print("  " + p)
    if args.keep:
        print(f"file kept in {folder}")
    else:
        for name in os.listdir(folder):
            os.remove(os.path.join(folder, name))
        os.rmdir(folder)
    return 1 if problems or reported == 0 else 0


if __name__ == "__main__":
    sys.exit(main())

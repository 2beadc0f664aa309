#!/usr/bin/env python3
"""Start-up time of gdpr-readiness against a minimal Qt Widgets program.

    measure-startup.py BUILD_DIR [--runs N] [--platform offscreen|display]
                       [--json FILE]

Runs BUILD_DIR/bin/gdpr-readiness on a fresh copy of the demo assessment
(BUILD_DIR/share/gdpr-readiness/demo/demo.gdpra; the original is never
opened) with GDPR_READINESS_EXIT_AFTER_SHOW=1, and BUILD_DIR/bin/
bench_minimal_window, N times each, alternating. Both print the monotonic
time of their main window's first paint and quit. Reported per program:
process start (just before the fork) to first paint, and to process exit,
median and range; and the ratio of the medians. Target: the application
within 1.5x of the minimal program. Two warm-up runs each are not counted.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def run_once(cmd, env, expect_title):
    start = time.monotonic_ns()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    end = time.monotonic_ns()
    paint_ns, title = None, None
    for line in proc.stderr.splitlines():
        if line.startswith("first-paint-monotonic-ns="):
            value, _, rest = line.partition(" ")
            paint_ns = int(value.split("=", 1)[1])
            title = rest.removeprefix("title=")
    if proc.returncode != 0 or paint_ns is None:
        sys.exit(f"measure-startup: {cmd[0]} exited {proc.returncode} without a first paint:\n{proc.stderr}")
    if title != expect_title:
        sys.exit(f"measure-startup: {cmd[0]} showed '{title}', expected '{expect_title}'")
    return (paint_ns - start) / 1e6, (end - start) / 1e6


def summary(values):
    values = sorted(values)
    return {"median_ms": statistics.median(values), "min_ms": values[0], "max_ms": values[-1],
            "runs_ms": [round(v, 1) for v in values]}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build_dir")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--platform", choices=["offscreen", "display"], default="offscreen")
    parser.add_argument("--json")
    args = parser.parse_args()

    app = os.path.join(args.build_dir, "bin", "gdpr-readiness")
    minimal = os.path.join(args.build_dir, "bin", "bench_minimal_window")
    demo = os.path.join(args.build_dir, "share", "gdpr-readiness", "demo", "demo.gdpra")
    for path in (app, minimal, demo):
        if not os.path.exists(path):
            sys.exit(f"measure-startup: {path} not found; build gdpr-readiness, bench_minimal_window, readiness_demo")

    work = tempfile.mkdtemp(prefix="readiness-startup.")
    try:
        env = dict(os.environ)
        env["XDG_CONFIG_HOME"] = os.path.join(work, "config")  # not the user's settings
        env["GDPR_READINESS_EXIT_AFTER_SHOW"] = "1"
        if args.platform == "offscreen":
            env["QT_QPA_PLATFORM"] = "offscreen"
        else:
            env.pop("QT_QPA_PLATFORM", None)
            if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
                sys.exit("measure-startup: --platform display needs DISPLAY (run under xvfb-run -a)")
        copy = os.path.join(work, "demo-copy.gdpra")

        def run_app():
            for leftover in os.listdir(work):  # a fresh copy, no WAL or lock from the last run
                if leftover.startswith("demo-copy"):
                    os.remove(os.path.join(work, leftover))
            shutil.copyfile(demo, copy)
            return run_once([app, copy], env, "demo-copy.gdpra")

        def run_minimal():
            return run_once([minimal], env, "minimal")

        for _ in range(2):  # warm-up: page cache, font cache
            run_minimal()
            run_app()
        results = {"app": [], "minimal": []}
        for i in range(args.runs):
            order = [("minimal", run_minimal), ("app", run_app)]
            for name, fn in order if i % 2 == 0 else reversed(order):
                results[name].append(fn())
    finally:
        shutil.rmtree(work, ignore_errors=True)

    out = {"platform": args.platform, "runs": args.runs}
    for name, runs in results.items():
        out[name] = {"to_first_paint": summary([r[0] for r in runs]), "to_exit": summary([r[1] for r in runs])}
    for phase in ("to_first_paint", "to_exit"):
        out[f"ratio_{phase}"] = out["app"][phase]["median_ms"] / out["minimal"][phase]["median_ms"]
    load = os.getloadavg()
    out["loadavg"] = [round(x, 2) for x in load]

    print(f"start-up, {args.platform}, {args.runs} runs each (load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f})")
    for phase, label in (("to_first_paint", "start -> first paint"), ("to_exit", "start -> exit")):
        for name in ("minimal", "app"):
            s = out[name][phase]
            print(f"  {label:<22} {name:<8} median {s['median_ms']:7.1f} ms  (min {s['min_ms']:.1f}, max {s['max_ms']:.1f})")
        ratio = out[f"ratio_{phase}"]
        print(f"  {label:<22} ratio    {ratio:.2f}x  (target <= 1.5x: {'met' if ratio <= 1.5 else 'MISSED'})")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(out, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())

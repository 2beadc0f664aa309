#!/usr/bin/env bash
# Runs the benchmarks of an existing build and prints a summary against the
# targets in docs/benchmarks.md. Builds nothing.
#
#   bench/run-benchmarks.sh BUILD_DIR [extra Google Benchmark flags]
#
# Environment:
#   BENCH_PARTS      which parts to run (default "core gui report"):
#                      core: readiness_bench (core library)
#                      gui:  start-up time against a minimal Qt program
#                            (bench/measure-startup.py) and "next question"
#                            in the walk-through (readiness_gui_bench),
#                            offscreen, and under Xvfb when xvfb-run exists
#                      report: the readiness report of a 300-question
#                            assessment (readiness_report_bench), then
#                            `gdpr-readiness report` end to end on it
#   BENCH_MIN_TIME   seconds per repetition of the core part (default 0.5)
#   BENCH_STARTUP_RUNS  runs of each program in the start-up part (default 20)
#   BENCH_REPORT_RUNS   runs of each report measurement (default 10)
#   BENCH_STRICT=1   exit 1 when a target is missed (default: report only)
#   TMPDIR           where the scratch files go (the disk being measured)
set -euo pipefail

build_dir=${1:-build}
shift || true
parts=${BENCH_PARTS:-core gui report}
bin="$build_dir/bin/readiness_bench"
for part in $parts; do
    case $part in
    core) needed=("$bin") ;;
    gui) needed=("$build_dir/bin/gdpr-readiness" "$build_dir/bin/bench_minimal_window"
        "$build_dir/bin/readiness_gui_bench" "$build_dir/share/gdpr-readiness/demo/demo.gdpra") ;;
    report) needed=("$build_dir/bin/gdpr-readiness" "$build_dir/bin/readiness_report_bench") ;;
    *) echo "run-benchmarks: unknown part '$part' in BENCH_PARTS" >&2; exit 2 ;;
    esac
    for f in "${needed[@]}"; do
        if [[ ! -e "$f" ]]; then
            echo "run-benchmarks: $f not found; build it first (cmake --build $build_dir --target" \
                "readiness_bench gdpr-readiness bench_minimal_window readiness_gui_bench readiness_demo" \
                "readiness_report_bench)" >&2
            exit 2
        fi
    done
done
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
missed_any=0

# The GUI part: start-up time and walk-through navigation. Each measurement
# prints its own "met"/"MISSED"; JSON goes to the build dir. Returns 10 when
# a target is missed, 2 when a measurement failed. (Called in an `||` list,
# where set -e does not apply: every step checks its own status.)
run_gui_part() {
    local runs=${BENCH_STARTUP_RUNS:-20} out status=0
    out=$(mktemp -d "${TMPDIR:-/tmp}/readiness-bench-gui.XXXXXX")
    rm -f "$build_dir"/bench-startup-*.json "$build_dir"/bench-gui-navigation-*.json # no stale figures
    echo "== start-up: gdpr-readiness on a copy of the demo vs bench_minimal_window (offscreen)"
    python3 "$here/measure-startup.py" "$build_dir" --runs "$runs" --platform offscreen \
        --json "$build_dir/bench-startup-offscreen.json" | tee "$out/startup-offscreen.txt" || return 2
    echo "== next question (Ctrl+Return), 300-question assessment (offscreen)"
    QT_QPA_PLATFORM=offscreen TMPDIR="$out" "$build_dir/bin/readiness_gui_bench" \
        --json "$build_dir/bench-gui-navigation-offscreen.json" | tee "$out/nav-offscreen.txt" || return 2
    if command -v xvfb-run >/dev/null; then
        echo "== start-up under Xvfb (xcb)"
        env -u QT_QPA_PLATFORM xvfb-run -a -s "-screen 0 1920x1080x24" python3 "$here/measure-startup.py" \
            "$build_dir" --runs "$runs" --platform display --json "$build_dir/bench-startup-xvfb.json" |
            tee "$out/startup-xvfb.txt" || return 2
        echo "== next question under Xvfb (xcb)"
        env -u QT_QPA_PLATFORM TMPDIR="$out" xvfb-run -a -s "-screen 0 1920x1080x24" \
            "$build_dir/bin/readiness_gui_bench" --json "$build_dir/bench-gui-navigation-xvfb.json" |
            tee "$out/nav-xvfb.txt" || return 2
    else
        echo "== xvfb-run not found: start-up and navigation measured offscreen only"
    fi
    grep -q MISSED "$out"/startup-*.txt && status=10
    python3 - "$build_dir"/bench-gui-navigation-*.json <<'PY' || status=10
import json, sys
missed = False
for path in sys.argv[1:]:
    r = json.load(open(path))
    ok = r["all"]["median_ms"] < 16 and r["all"]["p95_ms"] < 16
    missed |= not ok
    print(f"next question ({r['platform']}): median {r['all']['median_ms']:.2f} ms, p95 {r['all']['p95_ms']:.2f} ms, "
          f"max {r['all']['max_ms']:.2f} ms (target < 16 ms: {'met' if ok else 'MISSED'})")
sys.exit(10 if missed else 0)
PY
    rm -rf "$out"
    return $status
}

gui_part() {
    local status=0
    run_gui_part || status=$?
    case $status in
    0) ;;
    10) missed_any=1 ;;
    *) echo "run-benchmarks: the GUI part failed" >&2; exit 2 ;;
    esac
}

# The report part: readiness_report_bench times the model and the PDF in
# one process and leaves the assessment behind; then the whole command,
# `gdpr-readiness report FILE -o OUT.pdf`, from process start to exit
# (one warm-up run, then BENCH_REPORT_RUNS runs), and the ODT once.
# Returns 10 when a target is missed, 2 when a measurement failed.
run_report_part() {
    local runs=${BENCH_REPORT_RUNS:-10} out start i status=0 cli_ns=() odt_ns pages pdf_bytes
    out=$(mktemp -d "${TMPDIR:-/tmp}/readiness-bench-report.XXXXXX")
    rm -f "$build_dir"/bench-report*.json # no stale figures
    echo "== report: model and PDF in process, 300 questions, 100 evidence files, 50 actions (offscreen)"
    QT_QPA_PLATFORM=offscreen "$build_dir/bin/readiness_report_bench" --runs "$runs" --dir "$out" \
        --json "$build_dir/bench-report.json" || return 2
    echo "== gdpr-readiness report FILE -o OUT.pdf, process start to exit, $runs runs after a warm-up"
    for ((i = 0; i <= runs; ++i)); do
        rm -f "$out/cli.pdf"
        start=$(date +%s%N)
        QT_QPA_PLATFORM=offscreen "$build_dir/bin/gdpr-readiness" report "$out/large.gdpra" -o "$out/cli.pdf" \
            >/dev/null 2>"$out/cli.err" || { cat "$out/cli.err" >&2; return 2; }
        if ((i > 0)); then # run 0 is the warm-up
            cli_ns+=($(($(date +%s%N) - start)))
        fi
    done
    rm -f "$out/cli.odt"
    start=$(date +%s%N)
    QT_QPA_PLATFORM=offscreen "$build_dir/bin/gdpr-readiness" report "$out/large.gdpra" --format odt \
        -o "$out/cli.odt" >/dev/null 2>"$out/cli.err" || { cat "$out/cli.err" >&2; return 2; }
    odt_ns=$(($(date +%s%N) - start))
    pdf_bytes=$(stat -c %s "$out/cli.pdf")
    if command -v pdfinfo >/dev/null; then
        pages=$(pdfinfo "$out/cli.pdf" | sed -n 's/^Pages: *//p')
    else
        pages=-1
    fi
    python3 - "$build_dir/bench-report.json" "$build_dir/bench-report-cli.json" "$pdf_bytes" "$pages" \
        "$odt_ns" "$(stat -c %s "$out/cli.odt")" "${cli_ns[@]}" <<'PY' || status=$?
import json, sys
bench = json.load(open(sys.argv[1]))
cli_out, pdf_bytes, pages, odt_ns, odt_bytes = sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
runs = [int(x) / 1e6 for x in sys.argv[7:]]
s = sorted(runs)
at = lambda q: s[min(len(s) - 1, int(q * (len(s) - 1) + 0.5))]
median, p95 = at(0.5), at(0.95)
json.dump({"runs_ms": runs, "median_ms": median, "p95_ms": p95, "max_ms": s[-1], "pdf_bytes": pdf_bytes,
           "pdf_pages": pages, "odt_ms": odt_ns / 1e6, "odt_bytes": odt_bytes}, open(cli_out, "w"), indent=1)
m, w = bench["model"], bench["pdf_write"]
print(f"model (in process)        median {m['median_ms']:7.1f} ms  p95 {m['p95_ms']:7.1f}  max {m['max_ms']:7.1f}")
print(f"PDF render + write        median {w['median_ms']:7.1f} ms  p95 {w['p95_ms']:7.1f}  max {w['max_ms']:7.1f}")
time_ok = median < 1000 and p95 < 1000
size_ok = pdf_bytes < 2_000_000
print(f"gdpr-readiness report     median {median:7.1f} ms  p95 {p95:7.1f}  max {s[-1]:7.1f}  "
      f"(target < 1 s: {'met' if time_ok else 'MISSED'})")
print(f"PDF size                  {pdf_bytes} bytes ({pdf_bytes / 1e6:.2f} MB), {pages} pages  "
      f"(target < 2 MB: {'met' if size_ok else 'MISSED'})")
print(f"ODT (--format odt, once)  {odt_ns / 1e6:.1f} ms, {odt_bytes} bytes")
sys.exit(0 if time_ok and size_ok else 10)
PY
    rm -rf "$out"
    return $status
}

report_part() {
    local status=0
    run_report_part || status=$?
    case $status in
    0) ;;
    10) missed_any=1 ;;
    *) echo "run-benchmarks: the report part failed" >&2; exit 2 ;;
    esac
}

finish() {
    if [[ $missed_any == 1 && "${BENCH_STRICT:-0}" == 1 ]]; then
        exit 1
    fi
    exit 0
}

if [[ " $parts " != *" core "* ]]; then
    if [[ " $parts " == *" gui "* ]]; then
        gui_part
    fi
    if [[ " $parts " == *" report "* ]]; then
        report_part
    fi
    finish
fi
min_time=${BENCH_MIN_TIME:-0.5}

work=$(mktemp -d "${TMPDIR:-/tmp}/readiness-bench-run.XXXXXX")
trap 'rm -rf "$work"' EXIT
# The benchmark's own scratch files (assessments, WAL) go to the same disk.
export TMPDIR="$work"

evidence="$work/evidence-50MiB.bin"
head -c $((50 * 1024 * 1024)) /dev/urandom >"$evidence"
evidence_bytes=$(stat -c %s "$evidence")

echo "== readiness_bench ($bin, --benchmark_min_time=$min_time)"
"$bin" --benchmark_min_time="$min_time" --evidence-file="$evidence" \
    --benchmark_out="$work/results.json" --benchmark_out_format=json "$@"

# sha256sum on the same (cached) file: the yardstick for import throughput.
now_ns() { date +%s%N; }
sha256sum "$evidence" >/dev/null # warm the page cache like the import had it
sha_runs=()
for _ in 1 2 3 4 5 6 7; do
    start=$(now_ns)
    sha256sum "$evidence" >/dev/null
    sha_runs+=($(( $(now_ns) - start )))
done
sha_median_ns=$(printf '%s\n' "${sha_runs[@]}" | sort -n | sed -n 4p)

# Peak memory of one import, two ways: the process's own VmHWM (reset just
# before the import) and GNU time's maximum RSS of the whole process.
echo "== peak memory of one 50 MiB import"
rss_out="$work/rss.txt"
if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -v "$bin" --import-rss "$evidence" >"$rss_out" 2>"$work/time.txt"
    gnu_max_kib=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
else
    "$bin" --import-rss "$evidence" >"$rss_out"
    gnu_max_kib=
fi
cat "$rss_out"
[[ -n "$gnu_max_kib" ]] && echo "gnu_time_max_rss_kib=$gnu_max_kib"

# What one synchronous 4 KiB write costs on this disk: every saved answer
# pays one fdatasync of the WAL (synchronous=FULL). SQLite reuses the WAL
# after a checkpoint, so "overwrite" is the usual case, "append" the worst.
dsync_us() { # $1: extra dd flags
    local start
    start=$(now_ns)
    # shellcheck disable=SC2086 # $1 is a list of flags
    dd if=/dev/zero of="$work/dsync.bin" bs=4k count=200 oflag=dsync $1 2>/dev/null
    echo $(( ($(now_ns) - start) / 200 / 1000 ))
}
rm -f "$work/dsync.bin"
dsync_append_us=$(dsync_us "")
dsync_overwrite_us=$(dsync_us "conv=notrunc")
echo "== one 4 KiB O_DSYNC write: append ${dsync_append_us} us, overwrite ${dsync_overwrite_us} us"

cp "$work/results.json" "$build_dir/bench-results.json"

if ! command -v python3 >/dev/null; then
    echo "python3 not found: no summary; raw results in $build_dir/bench-results.json"
    exit 0
fi
# The summary exits 10 when a target is missed; keep set -e out of the way.
set +e
python3 - "$work/results.json" "$rss_out" "$evidence_bytes" "$sha_median_ns" "${gnu_max_kib:-}" \
    "${sha_runs[@]}" <<'PY' | tee "$build_dir/bench-summary.txt"
import json, sys

results, rss_file, size, sha_ns, gnu_kib = sys.argv[1:6]
sha_all = sorted(int(x) / 1e6 for x in sys.argv[6:])
size, sha_ns = int(size), int(sha_ns)
runs = json.load(open(results))["benchmarks"]
agg = {}
for r in runs:
    if r.get("run_type") == "aggregate":
        agg.setdefault(r["run_name"], {})[r["aggregate_name"]] = r

def find(prefix):
    for name, a in agg.items():
        if name.startswith(prefix):
            return a
    sys.exit(f"no results for {prefix}")

def ms(r):
    scale = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}[r["time_unit"]]
    return r["real_time"] * scale

rss = dict(line.split("=", 1) for line in open(rss_file).read().split())
mib = 1024 * 1024
imp = find("ImportEvidence/50MiB")
imp_mibs = imp["median"]["bytes_per_second"] / mib
sha_mibs = size / mib / (sha_ns / 1e9)
ratio = imp_mibs / sha_mibs
delta_mib = int(rss["delta_kib"]) / 1024

missed = 0
def row(what, value, target, ok):
    global missed
    missed += not ok
    print(f"{what:<34} {value:<44} {target:<22} {'met' if ok else 'MISSED'}")

print()
print(f"{'operation':<34} {'median (mean ± stddev)':<44} {'target':<22} result")
for label, prefix, target in [
    ("load gdpr-principles.json", "LoadQuestionnaire/gdpr-principles", None),
    ("parse 2,000-question questionnaire", "LoadQuestionnaire/synthetic-2000q", None),
    ("  same JSON, QJsonDocument only", "QJsonDocument/synthetic-2000q", None),
    ("open 2,000 q + 500 evidence", "OpenAssessment/", 50.0),
    ("open + score", "OpenAndScore/", None),
    ("save one answer (incl. fsync)", "SaveAnswer/", 5.0),
    ("score 2,000 questions", "Score/", 5.0),
    ("import 50 MiB evidence", "ImportEvidence/", None),
    ("  import + close (joins checkpoint)", "ImportEvidenceAndClose/", None),
]:
    a = find(prefix)
    value = f"{ms(a['median']):.3f} ms ({ms(a['mean']):.3f} ± {ms(a['stddev']):.3f})"
    if target is None:
        print(f"{label:<34} {value:<44} {'-':<22} -")
    else:
        row(label, value, f"< {target:g} ms", ms(a["median"]) < target)
save = find("SaveAnswer/")["median"]
print(f"{'  save, per call p50/p95/max':<34} {save['p50_ms']:.3f} / {save['p95_ms']:.3f} / {save['max_ms']:.3f} ms (median of runs)")
row("import throughput vs sha256sum", f"{imp_mibs:.0f} MiB/s vs {sha_mibs:.0f} MiB/s = {ratio:.0%}", ">= 70 %", ratio >= 0.70)
print(f"{'  sha256sum runs (ms)':<34} " + " ".join(f"{x:.0f}" for x in sha_all))
peak = f"+{delta_mib:.1f} MiB (baseline {int(rss['baseline_rss_kib'])/1024:.1f}, peak {int(rss['peak_during_import_kib'])/1024:.1f})"
row("import peak RSS above baseline", peak, "< 64 MiB", delta_mib < 64)
if gnu_kib:
    print(f"{'  /usr/bin/time -v max RSS':<34} {int(gnu_kib)/1024:.1f} MiB for the whole --import-rss process")
print()
print(f"{missed} target(s) missed" if missed else "all targets met")
sys.exit(10 if missed else 0)
PY
status=${PIPESTATUS[0]}
set -e
if [[ $status -eq 10 ]]; then
    missed_any=1
elif [[ $status -ne 0 ]]; then
    exit "$status"
fi
if [[ " $parts " == *" gui "* ]]; then
    echo
    gui_part
fi
if [[ " $parts " == *" report "* ]]; then
    echo
    report_part
fi
finish

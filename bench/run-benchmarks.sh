#!/usr/bin/env bash
# Runs the core benchmarks of an existing build and prints a summary against
# the targets in docs/benchmarks.md. Builds nothing.
#
#   bench/run-benchmarks.sh BUILD_DIR [extra Google Benchmark flags]
#
# Environment:
#   BENCH_MIN_TIME  seconds per repetition (default 0.5)
#   BENCH_STRICT=1  exit 1 when a target is missed (default: report only)
#   TMPDIR          where the scratch files go (the disk being measured)
set -euo pipefail

build_dir=${1:-build}
shift || true
bin="$build_dir/bin/readiness_bench"
if [[ ! -x "$bin" ]]; then
    echo "run-benchmarks: $bin not found; build it first (cmake --build $build_dir --target readiness_bench)" >&2
    exit 2
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
    [[ "${BENCH_STRICT:-0}" == 1 ]] && exit 1
    exit 0
fi
exit "$status"

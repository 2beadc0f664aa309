#!/usr/bin/env bash
# Runs every libFuzzer target of a fuzz build for SECONDS each, starting
# from the corpus in git (tests/fuzz/corpus/NAME) plus what earlier runs
# found (BUILD/corpus/NAME). A crash stops with the input in BUILD/crashes/:
# add it to tests/fuzz/corpus/NAME once fixed, so `make test` replays it.
#   tests/fuzz/run-fuzzers.sh BUILD_DIR [SECONDS]
set -euo pipefail
build=${1:?usage: run-fuzzers.sh BUILD_DIR [SECONDS]}
seconds=${2:-60}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mkdir -p "$build/crashes"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
export GDPR_READINESS_DATA_DIR=${GDPR_READINESS_DATA_DIR:-$build/share/gdpr-readiness}
for target in "$build"/bin/fuzz_*; do
  name=${target##*/fuzz_}
  mkdir -p "$build/corpus/$name"
  echo "== fuzz_$name for ${seconds}s"
  "$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=1048576 \
    -artifact_prefix="$build/crashes/$name-" "$build/corpus/$name" "$here/corpus/$name" 2>&1 |
    grep -E '^(#[0-9]+[[:space:]]+(DONE|INITED)|==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)' || true
  if ls "$build/crashes/$name-"* >/dev/null 2>&1; then
    echo "fuzz_$name: crash inputs in $build/crashes/" >&2
    exit 1
  fi
done
echo "fuzzing: no crash"

#!/usr/bin/env bash
# make run: opens the demo assessment in the application, or, where there is
# no display, does the main job headless: prints the scored summary and
# writes the demo PDF report.
set -euo pipefail
app="$1"
demo="$2"
# Work on a copy so the bundled demo stays as built.
work="${XDG_RUNTIME_DIR:-/tmp}/gdpr-readiness-demo"
mkdir -p "$work"
copy="$work/demo.gdpra"
rm -f "$copy" "$copy-wal" "$copy-shm" "$copy.lock"
install -m 0600 "$demo" "$copy"   # the built demo is read-only; its copy is not

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && "$app" --help 2>/dev/null | grep -q 'start the application'; then
  exec "$app" "$copy"
fi

echo "No display found: showing the demo assessment headless."
# Qt wants a private runtime directory; give it one rather than a warning.
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  export XDG_RUNTIME_DIR="$work/runtime"
  mkdir -p -m 700 "$XDG_RUNTIME_DIR"
fi
echo
"$app" score "$copy"
echo
"$app" countdown --to gdpr
if "$app" --help | grep -q '^  report'; then
  out="$work/demo-report.pdf"
  rm -f "$out"
  "$app" report "$copy" -o "$out"
  echo
  echo "The demo readiness report (PDF) is at: $out"
fi

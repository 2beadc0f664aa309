#!/usr/bin/env bash
# Proves that installer/deps-debian.sh names every Debian package the build
# and the tests actually used, so that a fresh machine can build and test
# what this machine did. (A package installed here by hand once hid a
# missing install step from CI: libqt6opengl6-dev.)
#
#   installer/check-deps.sh BUILD_DIR [TOOL ...]
#
# What "used" means, each gathered from the build itself:
#   - every header the compiler read (ninja's dependency log);
#   - every absolute path in build.ninja and CMakeCache.txt: libraries the
#     linker was given, the compiler, moc/rcc/lrelease, CMake package dirs;
#   - every shared library and plug-in the program loads at run time
#     (LD_DEBUG=files while it writes the demo report and while a GUI test
#     runs offscreen): the SQLite driver, the platform plug-in, ...;
#   - the TOOLs the tests and `make` call, looked up on PATH.
# Each file is mapped to its package through dpkg's own file lists. A
# package passes when deps-debian.sh names it, when a named package depends
# on it (apt-cache depends --installed --recurse), or when it is Essential /
# Priority required (in every Debian image). Exit 1 names each package that
# fails, with one file that needed it.
#
# DEPS_EXCLUDE="pkg ..." removes packages from the list first: the test that
# the check itself can fail (tests/CMakeLists.txt) uses it.
set -euo pipefail
build=$(cd "${1:?usage: check-deps.sh BUILD_DIR [TOOL ...]}" && pwd)
shift
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/.." && pwd)
work=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT; [ -n "${KEEP:-}" ] && echo "work: $work"

# --- the list and what it pulls in ----------------------------------------
bash "$here/deps-debian.sh" --list >"$work/listed"
for p in ${DEPS_EXCLUDE:-}; do
  grep -vxF -- "$p" "$work/listed" >"$work/listed.new" || true
  mv "$work/listed.new" "$work/listed"
done
# shellcheck disable=SC2046
apt-cache depends --installed --recurse --no-recommends --no-suggests --no-conflicts \
  --no-breaks --no-replaces --no-enhances $(cat "$work/listed") 2>/dev/null |
  awk '/^[^ ]/ { gsub(/[<>]/, ""); print }' >"$work/allowed"
dpkg-query -W -f='${Package} ${Essential} ${Priority}\n' |
  awk '$2 == "yes" || $3 == "required" { print $1 }' >>"$work/allowed"
cat "$work/listed" >>"$work/allowed"
sort -u -o "$work/allowed" "$work/allowed"

# --- what the build and the tests used -------------------------------------
used="$work/used"
: >"$used"
# Headers the compiler read.
ninja -C "$build" -t deps 2>/dev/null | awk '/^    \// { print $1 }' >>"$used"
# Absolute paths the build files name (libraries the linker was given, the
# compiler, moc and friends), and the CMake packages found. Not every
# FILEPATH in the cache: find modules record optional finds (libGLU) that
# the build never uses.
{
  cat "$build/build.ninja" "$build/CMakeFiles/rules.ninja"
  grep -E '^[A-Za-z0-9_]+_DIR:PATH=|^CMAKE_(CXX_COMPILER|MAKE_PROGRAM|COMMAND|AR|RANLIB|LINKER)[A-Z_]*:|^READINESS_[A-Z_]+:FILEPATH=' \
    "$build/CMakeCache.txt" || true
} | grep -ohE '(^|[ =;:"])/(usr|lib|lib64|bin|sbin|etc|opt)/[^ ;:"$'"'"'()]+' | sed -E 's/^[ =;:"]//' | sort -u |
  while read -r p; do
    if [ -f "$p" ]; then echo "$p"
    elif [ -d "$p" ]; then find "$p" -maxdepth 1 -type f -name '*Config.cmake' 2>/dev/null | head -1
    fi
  done >>"$used"
# Libraries and plug-ins loaded at run time.
runtime() { LD_DEBUG=files "$@" 2>&1 >/dev/null | sed -nE 's/.*file=(\/[^ ]+).*/\1/p' >>"$used" || true; }
demo="$build/share/gdpr-readiness/demo/demo.gdpra"
if [ -f "$demo" ]; then
  cp "$demo" "$work/demo.gdpra"
  QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work" runtime "$build/bin/gdpr-readiness" report \
    "$work/demo.gdpra" -o "$work/demo.pdf"
fi
if [ -x "$build/tests/gui/tst_gui_screenshots" ]; then
  QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work" HOME="$work" \
    GDPR_READINESS_DATA_DIR="$build/share/gdpr-readiness" \
    runtime "$build/tests/gui/tst_gui_screenshots"
fi
# Tools.
for t in "$@"; do
  if p=$(command -v "$t"); then echo "$p" >>"$used"
  else echo "check-deps: tool '$t' is not installed (run installer/deps-debian.sh)" >&2; echo "?$t" >>"$used"
  fi
done
sort -u -o "$used" "$used"

# --- files to packages -----------------------------------------------------
# Debian 12 is usr-merged: dpkg may list /lib/x/libc.so.6 while the linker
# used /usr/lib/x/libc.so.6. Compare both sides with /usr in front.
norm='function norm(p) { if (p ~ /^\/(lib|lib32|lib64|libx32|bin|sbin)\//) p = "/usr" p; return p }'
# Resolve symlinks to the file itself as well, and keep both names.
grep -vE "^(\\?|$src/|$build/|/tmp/|/proc/|/dev/)" "$used" |
  while read -r p; do [ -e "$p" ] && echo "$p"; done >"$work/files" || true
grep -E '^\?' "$used" >"$work/paths" || true
realpath -m -- $(cat "$work/files") | paste "$work/files" - >>"$work/paths"

awk -F'\t' "$norm"'
  FILENAME == ARGV[1] { allowed[$1] = 1; next }
  FILENAME != ARGV[ARGC-1] {            # dpkg file lists: path -> package
    pkg = FILENAME; sub(/.*\//, "", pkg); sub(/\.list$/, "", pkg); sub(/:.*/, "", pkg)
    k = norm($0); if (!(k in owner)) owner[k] = pkg; next }
  {                                     # a used file (and its target)
    if ($1 ~ /^\?/) { missing_tool[substr($1, 2)] = 1; next }
    p = norm($1); t = (NF > 1) ? norm($2) : ""
    if (p in owner) pk = owner[p]; else if (t != "" && t in owner) pk = owner[t]; else { unowned[$1] = 1; next }
    if (!(pk in allowed) && !(pk in why)) why[pk] = $1
  }
  END {
    bad = 0
    for (k in why) { printf "check-deps: %s is used but installer/deps-debian.sh does not install it (for %s)\n", k, why[k]; bad = 1 }
    for (k in missing_tool) { printf "check-deps: tool %s is not installed\n", k; bad = 1 }
    n = 0; for (k in unowned) n++
    if (n) { printf "check-deps: note: %d used file(s) belong to no Debian package, e.g.", n
             c = 0; for (k in unowned) { if (c++ < 3) printf " %s", k }; print "" }
    exit bad
  }' "$work/allowed" /var/lib/dpkg/info/*.list "$work/paths"
echo "check-deps: every package used is installed by installer/deps-debian.sh ($(wc -l <"$work/used") files checked)"

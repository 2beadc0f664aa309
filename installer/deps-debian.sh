#!/usr/bin/env bash
# Installs the Debian 12 packages that the build, the tests, `make run`,
# `make bench` and `make package` need on a bare Debian 12 image.
# Idempotent: does nothing when everything is already there.
#   installer/deps-debian.sh          install what is missing
#   installer/deps-debian.sh --list   print the package names, one a line
#   installer/deps-debian.sh --fuzz   the same plus what `make fuzz` needs
# The `deps_complete` test (installer/check-deps.sh) proves this list covers
# every header, library, CMake package, plug-in and tool the build and the
# tests actually used: add a package here, never install one by hand.
set -euo pipefail

packages=(
  # compiler and build tools
  build-essential cmake ninja-build pkg-config ccache
  # Qt 6: Qt6Charts' CMake package needs Qt6OpenGL's (libqt6opengl6-dev),
  # which qt6-charts-dev does not pull in on Debian 12
  qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins qt6-charts-dev libqt6opengl6-dev
  libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libqt6svg6
  qt6-translations-l10n libgl-dev libglx-dev
  # libraries of ours: libsqlite3-dev for the header of the progress handler
  # that bounds every query (core/QueryBudget); libphonenumber (its headers
  # include protobuf's) and libzip for the CRM audit (core/crm); libxlsxwriter
  # for the Excel export (core/xlsx)
  libssl-dev libfontconfig-dev libbenchmark-dev libsqlite3-dev
  libphonenumber-dev libprotobuf-dev libzip-dev libxlsxwriter-dev
  # fonts the report embeds
  fonts-dejavu-core
  # tools the tests call (PDF, ODT, SQLite, packaging checks); LibreOffice
  # Calc without its GUI opens the Excel export headless (tests/xlsx)
  qpdf poppler-utils sqlite3 unzip lintian desktop-file-utils appstream dpkg-dev file
  libreoffice-calc-nogui
  # tools `make bench` calls (start-up measurement, X server for the GUI part)
  python3 xvfb xauth
)

# `make fuzz` only: clang and its libFuzzer / sanitizer runtimes.
if [ "${1:-}" = "--fuzz" ]; then
  packages+=(clang libclang-rt-dev)
  shift
fi

if [ "${1:-}" = "--list" ]; then
  printf '%s\n' "${packages[@]}"
  exit 0
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "Missing packages: ${missing[*]}" >&2
  echo "Run as root, or: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

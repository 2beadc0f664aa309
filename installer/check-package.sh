#!/usr/bin/env bash
# Builds the Debian package from a build tree and checks it the way a user
# meets it: lintian, desktop-file-validate, appstreamcli, then the package
# unpacked into a temporary root runs from a folder outside the source
# tree (which also proves the installed tree is relocatable).
#   usage: installer/check-package.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The relocated program must find its data by itself.
unset GDPR_READINESS_DATA_DIR

step() { printf '== %s\n' "$*"; }

step "cpack -G DEB"
(cd "$build" && cpack -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/pkg/*.deb)
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'

step "lintian (errors fail)"
# Tags that do not apply to a package built outside the Debian archive.
lintian --fail-on error --tag-display-limit 0 \
  --suppress-tags no-copyright-file,changelog-file-missing-in-native-package,unknown-section \
  "$deb" | tee "$work/lintian.txt"
! grep -q '^E:' "$work/lintian.txt"

step "unpack into a temporary root"
root="$work/root"
dpkg-deb -x "$deb" "$root"
app_id=io.github.gdpr_readiness.GdprReadiness
step "desktop-file-validate"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop"
step "appstreamcli validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml"
for size in 16 22 24 32 48 64 128 256; do
  test -s "$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
test -s "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
test -s "$root/usr/share/mime/packages/$app_id.xml"

step "run the relocated program from outside the source tree"
cd "$work"
exe="$root/usr/bin/gdpr-readiness"
"$exe" --version
"$exe" validate "$root"/usr/share/gdpr-readiness/questionnaires/*.json
"$exe" score "$root/usr/share/gdpr-readiness/demo/demo.gdpra" | head -3
"$exe" report "$root/usr/share/gdpr-readiness/demo/demo.gdpra" -o "$work/demo-report.pdf"
test -s "$work/demo-report.pdf"
pdfinfo "$work/demo-report.pdf" | grep -E '^(Title|Pages):'
step "package OK: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

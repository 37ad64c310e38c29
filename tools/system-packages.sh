#!/usr/bin/env bash
# Debian packages the build and tests need: chromium (browser test, PDF printing), a CJK
# font (the Japanese titles of some footnotes), DejaVu (the print fonts) and poppler-utils
# (pdftotext, pdffonts, pdfinfo check the PDFs). Installs them when missing and run as root.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
# (the font list is read once: with pipefail, `fc-list | grep -q` fails when grep stops early)
fonts=$(fc-list : family 2>/dev/null || true)
grep -qi "Noto Sans CJK" <<<"$fonts" || need+=(fonts-noto-cjk)
grep -qi "DejaVu Sans Mono" <<<"$fonts" || need+=(fonts-dejavu-core)
command -v pdffonts >/dev/null 2>&1 || need+=(poppler-utils)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "missing Debian packages: ${need[*]} (install them with: sudo apt-get install ${need[*]})" >&2
  exit 1
fi
echo "installing Debian packages: ${need[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null

#!/usr/bin/env bash
# Install the Debian packages the project needs, when they are missing.
#   run:  gettext (compile translations), libharfbuzz-subset0 (WeasyPrint is ~3x
#         slower without it), fonts-dejavu-core (letter fallback font),
#         clamav-daemon (virus scan of uploads; scripts/clamd.sh runs it)
#   test: the above plus chromium (browser tests) and poppler-utils (pdftoppm for
#         letter previews)
# Usage: scripts/ensure_system_packages.sh run|test
set -euo pipefail
need=(gettext libharfbuzz-subset0 fonts-dejavu-core clamav-daemon)
if [ "${1:-run}" = "test" ]; then
  need+=(chromium poppler-utils)
fi
missing=()
for pkg in "${need[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "Missing Debian packages: ${missing[*]}. Install them (apt-get install ${missing[*]}) and run again." >&2
  exit 1
fi
echo "Installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

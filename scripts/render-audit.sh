#!/usr/bin/env bash
# Renders a report page (the audit by default) in headless Chromium to a PNG, to check how it looks: offline,
# no network, a throw-away profile. Needs Debian's `chromium` package (apt-get install chromium); CI does not
# run it. RENDER_SIZE=width,height sets the window (default 1280,2400).
# Usage: scripts/render-audit.sh [page.html] [out.png]
#   page.html  default: the newest outbox/reports/audit-*.html under $CROSSWALK_HOME (else this checkout)
#   out.png    default: the page's path with .png
set -euo pipefail
home="${CROSSWALK_HOME:-$(dirname "$0")/..}"
page="${1:-$( (ls -t "$home"/outbox/reports/audit-*.html 2>/dev/null || true) | head -n 1)}"
if [[ -z "$page" || ! -f "$page" ]]; then
  echo "render-audit: no page to render (run: java -jar target/crosswalk.jar audit)" >&2
  exit 2
fi
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [[ -z "$browser" ]]; then
  echo "render-audit: no Chromium found; install it (Debian/Ubuntu: sudo apt-get install chromium," >&2
  echo "  macOS: brew install --cask chromium) and run this again. The page itself opens in any browser." >&2
  exit 1
fi
out="${2:-${page%.html}.png}"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --no-first-run --user-data-dir="$profile" --hide-scrollbars --window-size="${RENDER_SIZE:-1280,2400}" \
  --screenshot="$(realpath -m "$out")" "file://$(realpath "$page")" 2>/dev/null
echo "$out"

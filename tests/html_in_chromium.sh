#!/usr/bin/env bash
# Opens a report in headless Chromium and checks that the page loads without an error and
# shows its picture (for a stop's report, the stands of the plan): `bash tests/html_in_chromium.sh [REPORT.html]` (default: the example report
# of Taroudant). Needs Chromium (Debian: `apt-get install -y chromium`); without it, says so and
# exits 0. `.ci/run` runs it when Chromium is there.
set -euo pipefail
cd "$(dirname "$0")/.."
html="${1:-examples/taroudant-2025.report.html}"
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  echo "skipped: no Chromium on this machine (apt-get install -y chromium)"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
  --disable-background-networking --disable-component-update --disable-sync
  --user-data-dir="$tmp/profile" --enable-logging=stderr --v=0)
# A file URL, with the characters a path may hold and a URL may not percent-encoded.
url="file://$(realpath "$html" | sed -e 's/%/%25/g' -e 's/ /%20/g' -e 's/#/%23/g' -e 's/?/%3F/g')"
if ! "$browser" "${flags[@]}" --dump-dom "$url" >"$tmp/dom.html" 2>"$tmp/log.txt"; then
  cat "$tmp/log.txt"
  echo "FAILED: Chromium could not open $html"
  exit 1
fi
# The page's own errors: console messages, scripts that throw, anything it failed to load.
if grep -E "CONSOLE|Uncaught|Failed to load|net::ERR_" "$tmp/log.txt"; then
  echo "FAILED: $html logged errors in Chromium"
  exit 1
fi
stands=$( (grep -o 'class="stand"' "$tmp/dom.html" || true) | wc -l)
if ! grep -q "<svg" "$tmp/dom.html"; then
  echo "FAILED: the page Chromium rendered holds no picture"
  exit 1
fi
if [[ "$html" == *report.html && "$stands" -eq 0 ]]; then
  echo "FAILED: the report Chromium rendered shows no stand"
  exit 1
fi
"$browser" "${flags[@]}" --hide-scrollbars --window-size=1280,2400 \
  --screenshot="$tmp/report.png" "$url" >/dev/null 2>>"$tmp/log.txt" || true
if [ ! -s "$tmp/report.png" ]; then
  cat "$tmp/log.txt"
  echo "FAILED: Chromium made no picture of the page"
  exit 1
fi
echo "ok: $html opens in $("$browser" --version 2>/dev/null) without errors ($stands stands drawn)"

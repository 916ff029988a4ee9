#!/usr/bin/env bash
# Opens a report in headless Chromium and checks that the page loads without an error, shows
# its picture (for a stop's report, the stands of the plan) and prints on paper with its title:
# `bash tests/html_in_chromium.sh [REPORT.html]` (default: the example report of Taroudant).
# Needs Chromium, and poppler-utils to read the printed copy (Debian: `apt-get install -y
# chromium poppler-utils`, or `scripts/setup --ci`). Where they are missing it says so and
# exits 0, except under continuous integration (CI=true), where a skipped check is a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
html="${1:-examples/taroudant-2025.report.html}"
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
# Where a tool is missing: a failure under continuous integration, a note elsewhere.
skip() {
  if [ "${CI:-}" = true ]; then
    echo "FAILED: $1, and CI=true forbids skipping this check (scripts/setup --ci installs it)"
    exit 1
  fi
  echo "skipped: $1"
  exit 0
}
[ -n "$browser" ] || skip "no Chromium on this machine (apt-get install -y chromium)"
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
# The printed copy: at least one page, holding the page's title.
command -v pdftotext >/dev/null 2>&1 || skip "no pdftotext to read the printed copy (apt-get install -y poppler-utils)"
"$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$tmp/report.pdf" "$url" \
  >/dev/null 2>>"$tmp/log.txt" || true
# The title up to its dash: the stop's (or the tour's) name, which the first page shows.
title=$(sed -n 's:.*<title>\(.*\)</title>.*:\1:p' "$tmp/dom.html" | sed -n '1s/ — .*//p')
pages=$(pdfinfo "$tmp/report.pdf" 2>/dev/null | sed -n 's/^Pages: *//p' || true)
pdftotext "$tmp/report.pdf" - 2>/dev/null | tr -s ' \n' '  ' >"$tmp/report.txt" || true
if [ -z "$pages" ] || [ "$pages" -lt 1 ] || ! grep -qF "$title" "$tmp/report.txt"; then
  cat "$tmp/log.txt"
  echo "FAILED: the printed copy of $html is missing or does not show \"$title\""
  exit 1
fi
echo "ok: $html opens in $("$browser" --version 2>/dev/null) without errors ($stands stands drawn) and prints on $pages pages"

#!/usr/bin/env bash
# Opens reports in headless Chromium and checks that each page loads without an error, shows
# its picture (for a stop's report, the stands of the plan), reads in the direction of its
# language (right to left for Arabic: the body's computed direction, and tables whose first
# column is on the right) and prints on paper with its title:
# `bash tests/html_in_chromium.sh [PAGE.html…]` (default: the French example report of
# Taroudant, its Arabic snapshot and the example comparison of the Souss-Massa tour).
# Needs Chromium, and poppler-utils to read the printed copy (Debian: `apt-get install -y
# chromium poppler-utils`, or `scripts/setup --ci`). Where they are missing it says so and
# exits 0, except under continuous integration (CI=true), where a skipped check is a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$#" -eq 0 ]; then
  set -- examples/taroudant-2025.report.html tests/snapshots/taroudant-2025.report.ar.html \
    examples/souss-massa-2025.comparison.html
fi
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
pdf=$(command -v pdftotext || true)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
  --disable-background-networking --disable-component-update --disable-sync
  --user-data-dir="$tmp/profile" --enable-logging=stderr --v=0)
# A file URL, with the characters a path may hold and a URL may not percent-encoded.
url_of() {
  echo "file://$(realpath "$1" | sed -e 's/%/%25/g' -e 's/ /%20/g' -e 's/#/%23/g' -e 's/?/%3F/g')"
}
# The page's own errors: console messages, scripts that throw, anything it failed to load.
no_errors() {
  if grep -E "CONSOLE|Uncaught|Failed to load|net::ERR_" "$1"; then
    echo "FAILED: $2 logged errors in Chromium"
    exit 1
  fi
}
# What the page measures of itself once laid out, written into the body's attributes: the
# body's computed direction, and whether the first row of the first table runs right to left.
# (No "&" in it: sed would read it as the text it replaces.)
probe='<script>(function () {
  var b = document.body, row = document.querySelector("table tr");
  b.setAttribute("data-direction", getComputedStyle(b).direction);
  if (row) { if (row.cells.length > 1) {
    var first = row.cells[0].getBoundingClientRect(), last = row.cells[row.cells.length - 1].getBoundingClientRect();
    b.setAttribute("data-flow", first.left > last.left ? "rtl" : "ltr");
  } }
})();</script>'

check_page() {
  local html=$1 url dom="$tmp/dom.html" log="$tmp/log.txt"
  url=$(url_of "$html")
  : >"$log"
  if ! "$browser" "${flags[@]}" --dump-dom "$url" >"$dom" 2>"$log"; then
    cat "$log"
    echo "FAILED: Chromium could not open $html"
    exit 1
  fi
  no_errors "$log" "$html"
  stands=$( (grep -o 'class="stand"' "$dom" || true) | wc -l)
  if ! grep -q "<svg" "$dom"; then
    echo "FAILED: the page Chromium rendered from $html holds no picture"
    exit 1
  fi
  if [[ "$html" == *report*.html && "$stands" -eq 0 ]]; then
    echo "FAILED: the report Chromium rendered from $html shows no stand"
    exit 1
  fi
  # The direction the page is written in, and the one Chromium lays it out in.
  want=ltr
  if grep -q '<html[^>]* dir="rtl"' "$html"; then want=rtl; fi
  sed "s|</body>|${probe//$'\n'/ }</body>|" "$html" >"$tmp/probe.html"
  : >"$tmp/probe.txt"
  "$browser" "${flags[@]}" --dump-dom "$(url_of "$tmp/probe.html")" >"$tmp/probed.html" \
    2>"$tmp/probe.txt" || true
  no_errors "$tmp/probe.txt" "$html (measured)"
  direction=$(sed -n 's/.*<body[^>]* data-direction="\([a-z]*\)".*/\1/p' "$tmp/probed.html" | head -1)
  flow=$(sed -n 's/.*<body[^>]* data-flow="\([a-z]*\)".*/\1/p' "$tmp/probed.html" | head -1)
  # A page without a table of two columns or more has no flow to measure.
  grep -q '<td' "$html" || flow=$want
  if [ "$direction" != "$want" ] || [ "$flow" != "$want" ]; then
    echo "FAILED: $html should read $want; Chromium lays out its body ${direction:-?} and its tables ${flow:-?}"
    exit 1
  fi
  "$browser" "${flags[@]}" --hide-scrollbars --window-size=1280,2400 \
    --screenshot="$tmp/page.png" "$url" >/dev/null 2>>"$log" || true
  if [ ! -s "$tmp/page.png" ]; then
    cat "$log"
    echo "FAILED: Chromium made no picture of $html"
    exit 1
  fi
  rm -f "$tmp/page.png"
  pages="(not printed)"
  if [ -n "$pdf" ]; then
    # The printed copy: at least one page, holding the page's title.
    rm -f "$tmp/page.pdf"
    "$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$tmp/page.pdf" "$url" \
      >/dev/null 2>>"$log" || true
    # The title up to its dash: the stop's (or the tour's) name, which the first page shows.
    title=$(sed -n 's:.*<title>\(.*\)</title>.*:\1:p' "$dom" | sed -n '1s/ — .*//p')
    pages=$(pdfinfo "$tmp/page.pdf" 2>/dev/null | sed -n 's/^Pages: *//p' || true)
    pdftotext "$tmp/page.pdf" - 2>/dev/null | tr -s ' \n' '  ' >"$tmp/page.txt" || true
    if [ -z "$pages" ] || [ "$pages" -lt 1 ] || ! grep -qF "$title" "$tmp/page.txt"; then
      cat "$log"
      echo "FAILED: the printed copy of $html is missing or does not show \"$title\""
      exit 1
    fi
  fi
  echo "ok: $html opens without errors, reads $want ($stands stands drawn), prints on $pages pages"
}

for page in "$@"; do
  check_page "$page"
done
echo "ok: $# pages in $("$browser" --version 2>/dev/null)"
[ -n "$pdf" ] || skip "no pdftotext to read the printed copies (apt-get install -y poppler-utils)"

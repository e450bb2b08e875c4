#!/usr/bin/env bash
# Opens figcheck's HTML report in headless Chromium and checks that it renders every finding:
# each finding's section laid out with a size, its message visible, a chart in it; and that an
# article holding markup (<script>, <img onerror>, <iframe>) puts none of it in the page.
# Saves a screenshot of each report next to it in BUILD_DIR/html-render/.
# usage: html-render.sh FIGCHECK SOURCE_DIR BUILD_DIR
# Chromium comes from Debian's package `chromium` (`.ci/install-deps --test` installs it).
set -euo pipefail
figcheck=$1 source_dir=$2 build_dir=$3
browser=${FIGCHECK_CHROMIUM:-}
for candidate in chromium chromium-browser google-chrome; do
  if [ -z "$browser" ]; then browser=$(command -v "$candidate" || true); fi
done
if [ -z "$browser" ]; then
  echo "SKIPPED: no Chromium (install Debian's chromium, or run .ci/install-deps --test)"
  exit 0
fi
out=$build_dir/html-render
rm -rf "$out"
mkdir -p "$out"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chrome() {
  # (--virtual-time-budget lets the page finish layout before the DOM is dumped.)
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$profile" \
    --hide-scrollbars --virtual-time-budget=5000 "$@" 2>/dev/null
}
failed=0
fail() { echo "FAIL: $*"; failed=1; }
cd "$source_dir"
for batch in samples tests/fixtures/html-injection tests/cases/strike-turnout; do
  name=$(basename "$batch")
  report=$out/$name.html
  "$figcheck" audit --db :memory: --fail-on never --format html --output "$report" "$batch" >/dev/null
  "$figcheck" audit --db :memory: --fail-on never --format json --output "$out/$name.json" "$batch" >/dev/null
  findings=$(grep -c '"rule": ' "$out/$name.json" || true)
  # 1. The report as shipped (its Content-Security-Policy forbids scripts): what Chromium parsed.
  chrome --dump-dom "file://$report" >"$out/$name.dom.html"
  sections=$(grep -c '<section class="finding' "$out/$name.dom.html" || true)
  [ "$sections" -eq "$findings" ] || fail "$name: $sections finding sections in the parsed page, $findings findings"
  for element in '<script' '<img' '<iframe' '<a href="javascript' '<b>'; do
    if grep -qi "$element" "$out/$name.dom.html"; then fail "$name: article markup '$element' reached the page"; fi
  done
  if [ "$name" = html-injection ]; then
    # The markup is shown as the article's text, and did not run.
    grep -q "&lt;script&gt;document.title='pwned'&lt;/script&gt;" "$out/$name.dom.html" || fail "$name: the article's markup is not shown as text"
    if grep -q "<title>[^<]*pwned" "$out/$name.dom.html"; then fail "$name: the article's script ran"; fi
  fi
  # 2. A copy with a probe script (and without the policy, so the probe may run): every finding
  # laid out with a size, its message in the visible text, its chart drawn.
  sed -e '/Content-Security-Policy/d' -e 's|</body>|<script src="probe.js"></script></body>|' "$report" >"$out/$name.probe.html"
  cat >"$out/probe.js" <<'JS'
const sections = [...document.querySelectorAll("section.finding")];
const shown = sections.filter(s => {
  const box = s.getBoundingClientRect();
  const message = s.querySelector("h2").textContent;
  return box.width > 100 && box.height > 50 && document.body.innerText.includes(message.trim());
});
const charts = sections.filter(s => { const c = s.querySelector("svg.chart"); return c && c.getBoundingClientRect().height > 20; });
document.body.setAttribute("data-probe", `${shown.length}/${sections.length} shown, ${charts.length} charts`);
JS
  chrome --allow-file-access-from-files --dump-dom "file://$out/$name.probe.html" >"$out/$name.probe.dom.html"
  probe=$(grep -o 'data-probe="[^"]*"' "$out/$name.probe.dom.html" || echo 'data-probe="no result"')
  echo "$name: $findings findings; rendered: $probe"
  [ "$probe" = "data-probe=\"$findings/$findings shown, $findings charts\"" ] || fail "$name: not every finding rendered ($probe)"
  # 3. A screenshot, for a person to look at.
  chrome --window-size=1100,3600 --screenshot="$out/$name.png" "file://$report" >/dev/null
  [ -s "$out/$name.png" ] || fail "$name: no screenshot"
done
if [ "$failed" -ne 0 ]; then exit 1; fi
echo "every report renders every finding in Chromium; screenshots in $out"

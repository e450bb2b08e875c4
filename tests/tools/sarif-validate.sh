#!/usr/bin/env bash
# Validates figcheck's SARIF with Microsoft's official validator (`sarif-multitool validate`,
# npm package @microsoft/sarif-multitool): the samples, every multi-article case, and a batch whose
# path needs percent-encoding, and the batch of every input kind. Fails on any error the validator reports; prints its warnings.
# usage: sarif-validate.sh FIGCHECK SOURCE_DIR BUILD_DIR
# The validator is taken from $FIGCHECK_SARIF_MULTITOOL, the PATH, or BUILD_DIR/tools (where
# `.ci/install-deps --test` puts it, and where this script installs it when npm is there).
set -euo pipefail
figcheck=$1 source_dir=$2 build_dir=$3
tool=${FIGCHECK_SARIF_MULTITOOL:-}
if [ -z "$tool" ]; then tool=$(command -v sarif-multitool || true); fi
local_tool=$build_dir/tools/node_modules/.bin/sarif-multitool
if [ -z "$tool" ] && [ ! -x "$local_tool" ] && command -v npm >/dev/null; then
  npm install --silent --no-save --no-audit --no-fund --prefix "$build_dir/tools" @microsoft/sarif-multitool >&2 || true
fi
if [ -z "$tool" ] && [ -x "$local_tool" ]; then tool=$local_tool; fi
if [ -z "$tool" ]; then
  echo "SKIPPED: sarif-multitool not found and npm not available (run .ci/install-deps --test)"
  exit 0
fi
# (npm does not run the package's postinstall, which makes the binary executable.)
for binary in "$build_dir"/tools/node_modules/@microsoft/sarif-multitool-*/Sarif.Multitool; do
  [ -e "$binary" ] && chmod u+x "$binary"
done
# The validator is a .NET program: without ICU installed it needs invariant globalization.
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The errors in the validator's own SARIF output (a result without a level is a warning).
count_errors() {
  node -e '
    const log = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const results = log.runs.flatMap(r => r.results || []);
    console.log(results.filter(r => r.level === "error").length);' "$1"
}
cd "$source_dir"
batches=(samples)
for case_dir in tests/cases/*/; do batches+=("${case_dir%/}"); done
mkdir -p "$work/Dépêches d'agence #2"
cp samples/*.txt "$work/Dépêches d'agence #2/"
batches+=("$work/Dépêches d'agence #2")
# Every kind of input (HTML, JSON Lines records, other encodings); it holds bad files on purpose,
# so figcheck exits 2 there after writing its report.
inputs=tests/fixtures/inputs/batch
batches+=("$inputs")
failed=0
n=0
for batch in "${batches[@]}"; do
  n=$((n + 1))
  sarif=$work/report-$n.sarif
  code=0
  "$figcheck" audit --db :memory: --fail-on never --format sarif --output "$sarif" "$batch" >/dev/null || code=$?
  if [ "$code" -ne 0 ] && ! { [ "$code" -eq 2 ] && [ "$batch" = "$inputs" ]; }; then
    echo "FAIL: figcheck audit --format sarif $batch exited $code"
    failed=1
    continue
  fi
  "$tool" validate "$sarif" --output "$work/validation-$n.sarif" --log ForceOverwrite >"$work/log-$n.txt" 2>&1 || true
  if [ ! -s "$work/validation-$n.sarif" ]; then
    echo "FAIL: the validator wrote no output for $batch:"
    cat "$work/log-$n.txt"
    failed=1
    continue
  fi
  # The validator exits 0 even when it finds errors: count them in its own SARIF output.
  errors=$(count_errors "$work/validation-$n.sarif")
  results=$(node -e 'const l = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(l.runs[0].results.length);' "$sarif")
  echo "$batch: $results results, $errors validator errors"
  grep -E ": (error|warning) " "$work/log-$n.txt" | sed "s|$work/||" || true
  if [ "$errors" -ne 0 ]; then failed=1; fi
done
# The harness itself: a report broken on purpose (a line 0, a rule index out of range) must fail.
node -e '
  const fs = require("fs");
  const log = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
  log.runs[0].results[0].ruleIndex = 999;
  fs.writeFileSync(process.argv[2], JSON.stringify(log));' "$work/report-1.sarif" "$work/broken.sarif"
"$tool" validate "$work/broken.sarif" --output "$work/broken-validation.sarif" --log ForceOverwrite >/dev/null 2>&1 || true
broken=$(count_errors "$work/broken-validation.sarif")
echo "a report broken on purpose: $broken validator errors (must be more than 0)"
if [ "$broken" -eq 0 ]; then failed=1; fi
if [ "$failed" -ne 0 ]; then
  echo "SARIF validation failed"
  exit 1
fi
echo "every SARIF report passes sarif-multitool validate"

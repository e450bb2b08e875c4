#!/usr/bin/env bash
# Compares figcheck's number reading with the peer's JavaScript recognizer
# (npm package @microsoft/recognizers-text-number) on the same generated French text.
# Usage: tests/bench/peer_speed.sh [MB]   (default 1 MB: the peer reads well under 1 MB/s)
# Needs node and npm; the package is installed into a temporary folder, never into the repo.
set -euo pipefail
mb="${1:-1}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
bench="$root/build/tests/figcheck_bench_numbers"
[ -x "$bench" ] || { echo "peer_speed: build first ($bench missing)" >&2; exit 2; }
command -v node >/dev/null && command -v npm >/dev/null || { echo "peer_speed: node and npm are needed" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$bench" --mb "$mb" --skip-pathological --write "$work/fr.txt" > "$work/figcheck.txt"
(cd "$work" && npm install --silent --no-audit --no-fund @microsoft/recognizers-text-number@1.3.1 >/dev/null)
cat > "$work/peer.js" <<'JS'
const fs = require('fs');
const { NumberRecognizer, Culture } = require('@microsoft/recognizers-text-number');
const text = fs.readFileSync(process.argv[2], 'utf8');
const model = new NumberRecognizer(Culture.French).getNumberModel();
const lines = text.split('\n');
const start = process.hrtime.bigint();
let found = 0;
for (const line of lines) if (line) found += model.parse(line).length;
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const mb = Buffer.byteLength(text) / 1e6;
console.log(`peer fr: ${mb.toFixed(1)} MB in ${seconds.toFixed(2)} s = ${(mb / seconds).toFixed(3)} MB/s (${found} numbers)`);
JS
peer_line="$(node "$work/peer.js" "$work/fr.txt")"
ours_line="$(grep '^numbers fr:' "$work/figcheck.txt")"
echo "$ours_line"
echo "$peer_line"
ours="$(sed -E 's/.* = ([0-9.]+) MB\/s.*/\1/' <<<"$ours_line")"
peer="$(sed -E 's/.* = ([0-9.]+) MB\/s.*/\1/' <<<"$peer_line")"
awk -v a="$ours" -v b="$peer" 'BEGIN { printf "ratio: figcheck reads French %.0f times faster\n", a / b }'

#!/usr/bin/env bash
# Dossier against chrono-node on the same date expressions, same machine, same run, one core each: every gold DATE
# expression of the TempEval-3 training data, parsed alone with its document's creation day as the reference, is
# right when the resolved value equals the gold value. Usage: bench/time/run.sh [TEMPEVAL_DIR] [CORE]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
data="${1:-$repo/../shared/data/time/tempeval3-train}"
core="${2:-0}"
[ -d "$data" ] || { echo "no TempEval-3 data at $data" >&2; exit 1; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

echo "installing the peer (npm, version pinned in package.json)..." >&2
(cd "$here" && npm install --no-audit --no-fund --no-package-lock --silent)
echo "building Dossier (Release)..." >&2
dotnet build "$repo/src/Dossier.Cli" -c Release -v quiet -nologo >&2
dossier=(dotnet "$repo/src/Dossier.Cli/bin/Release/net10.0/dossier.dll")

echo "timing Dossier on core $core (and writing the cases)..." >&2
taskset -c "$core" "${dossier[@]}" bench time --data "$data" --write-cases "$out/cases.json" > "$out/dossier.json"
echo "timing chrono-node on core $core..." >&2
(cd "$here" && taskset -c "$core" node chrono.mjs "$out/cases.json" "$out/chrono-values.json") > "$out/chrono.json"
"${dossier[@]}" bench time --data "$data" --score "$out/chrono-values.json" > "$out/chrono-score.json"

node -e '
const fs = require("fs"), [dir] = process.argv.slice(1);
const d = JSON.parse(fs.readFileSync(dir + "/dossier.json")), c = JSON.parse(fs.readFileSync(dir + "/chrono.json"));
const cs = JSON.parse(fs.readFileSync(dir + "/chrono-score.json"));
const row = (name, right, cases, rate, mb) => console.log(`| ${name} | ${right}/${cases} = ${(100 * right / cases).toFixed(1)}% | ${Math.round(rate).toLocaleString("en")} | ${mb.toFixed(0)} MB |`);
console.log("| system | DATE values right | expressions/s | peak memory |\n|---|---|---|---|");
row("Dossier", d.right, d.cases, d.expressionsPerSecond, d.peakWorkingSetMegabytes);
row(c.system, cs.right, cs.cases, c.expressionsPerSecond, c.peakResidentMegabytes);
' "$out"

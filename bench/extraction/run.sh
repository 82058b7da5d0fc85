#!/usr/bin/env bash
# Dossier against Readability.js on the same pages, same machine, same run, one core each: F1 (the Zyte benchmark's
# metric, computed by `dossier evaluate extraction` for both) and pages per second (parsing and extraction, pages in
# memory, process start excluded). Usage: bench/extraction/run.sh [ZYTE_DIR] [CORE]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
data="${1:-$repo/../shared/data/extraction/zyte}"
core="${2:-0}"
[ -f "$data/ground-truth.json" ] || { echo "no Zyte benchmark data at $data" >&2; exit 1; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

echo "installing the peer (npm, versions pinned in package.json)..." >&2
(cd "$here" && npm install --no-audit --no-fund --no-package-lock --silent)
echo "building Dossier (Release)..." >&2
dotnet build "$repo/src/Dossier.Cli" -c Release -v quiet -nologo >&2
dossier=(dotnet "$repo/src/Dossier.Cli/bin/Release/net10.0/dossier.dll")

echo "timing Readability.js on core $core..." >&2
taskset -c "$core" node "$here/readability.mjs" "$data" "$out/readability.json" 3 > "$out/readability-speed.json"
echo "timing Dossier on core $core..." >&2
taskset -c "$core" "${dossier[@]}" bench extraction --data "$data" --rounds 5 > "$out/dossier-speed.json"
echo "scoring both..." >&2
"${dossier[@]}" evaluate extraction --data "$data" --score "$out/readability.json" --json > "$out/readability-score.json"
"${dossier[@]}" evaluate extraction --data "$data" --json > "$out/dossier-score.json"

node "$here/report.mjs" "$out"

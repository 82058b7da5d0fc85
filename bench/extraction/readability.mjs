// Times Readability.js (with linkedom as its DOM) over the Zyte pages: parsing and extraction only, pages already in
// memory, process start excluded. Writes its predictions in the benchmark's format so Dossier's evaluator scores both
// systems with one metric. Usage: node readability.mjs DATA_DIR PREDICTIONS_OUT [ROUNDS]
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";

const [dataDir, predictionsOut, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg ?? 3);
const htmlDir = join(dataDir, "html");
const pages = readdirSync(htmlDir)
  .filter((name) => name.endsWith(".html.gz"))
  .sort()
  .map((name) => ({ key: name.slice(0, -".html.gz".length), html: gunzipSync(readFileSync(join(htmlDir, name))).toString("utf8") }));

function extractAll() {
  const predictions = {};
  for (const page of pages) {
    let body = "";
    try {
      const { document } = parseHTML(page.html);
      body = new Readability(document).parse()?.textContent ?? "";
    } catch {
      // A page Readability cannot handle scores as an empty prediction, as in the benchmark.
    }
    predictions[page.key] = { articleBody: body };
  }
  return predictions;
}

// Untimed warm-up rounds, as many as Dossier's benchmark runs (ExtractionBenchmark.WarmUpRounds): V8 optimises the hot paths.
let predictions;
for (let round = 0; round < 3; round++) predictions = extractAll();
let best = Infinity;
for (let round = 0; round < rounds; round++) {
  const start = process.hrtime.bigint();
  predictions = extractAll();
  best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
}
writeFileSync(predictionsOut, JSON.stringify(predictions));
const megabytes = pages.reduce((sum, p) => sum + Buffer.byteLength(p.html), 0) / 1e6;
console.log(JSON.stringify({ system: "readability.js 0.6.0 + linkedom 0.18.14", pages: pages.length, seconds: best, pagesPerSecond: pages.length / best, megabytesPerSecond: megabytes / best, peakRssMegabytes: process.resourceUsage().maxRSS / 1024 }));

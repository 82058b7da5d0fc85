// chrono-node on the same date expressions Dossier is timed on: each case's text is parsed alone with the document's
// creation time as the reference, and the result is written as a TimeML value at the precision chrono is certain of.
// Usage: node chrono.mjs CASES.json PREDICTIONS.json [WARMUP_ROUNDS] [ROUNDS]; prints {"system", "cases", ...} timing.
import * as chrono from 'chrono-node';
import { readFileSync, writeFileSync } from 'node:fs';

const [casesPath, predictionsPath, warmupArg, roundsArg] = process.argv.slice(2);
const cases = JSON.parse(readFileSync(casesPath, 'utf8'));
const warmup = Number(warmupArg ?? 3);
const rounds = Number(roundsArg ?? 5);
// The reference is the creation date at noon, so "today", "yesterday" and weekdays cannot cross a day boundary.
const references = cases.map(c => new Date(`${c.reference.slice(0, 10)}T12:00:00`));

const pad = (n, width = 2) => String(n).padStart(width, '0');

function timexValue(result) {
  if (!result) return null;
  const start = result.start;
  const year = start.get('year');
  if (start.isCertain('day') || start.isCertain('weekday') || (!start.isCertain('month') && !start.isCertain('year'))) {
    return `${pad(year, 4)}-${pad(start.get('month'))}-${pad(start.get('day'))}`;
  }
  if (start.isCertain('month')) return `${pad(year, 4)}-${pad(start.get('month'))}`;
  return pad(year, 4);
}

function parseAll() {
  const values = new Array(cases.length);
  for (let i = 0; i < cases.length; i++) {
    const results = chrono.parse(cases[i].text, references[i]);
    values[i] = timexValue(results[0]);
  }
  return values;
}

for (let r = 0; r < warmup; r++) parseAll();
let best = Infinity;
let values = [];
for (let r = 0; r < rounds; r++) {
  const start = process.hrtime.bigint();
  values = parseAll();
  best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
}
writeFileSync(predictionsPath, JSON.stringify(values));
console.log(JSON.stringify({
  system: 'chrono-node 2.10.3',
  cases: cases.length,
  seconds: best,
  expressionsPerSecond: cases.length / best,
  peakResidentMegabytes: process.resourceUsage().maxRSS / 1024,
}));

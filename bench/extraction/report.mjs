// Prints the side-by-side table from the speed and score files run.sh wrote into one folder.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
const read = (name) => JSON.parse(readFileSync(join(dir, name), "utf8"));
const rows = [
  { name: "Dossier", speed: read("dossier-speed.json"), score: read("dossier-score.json") },
  { name: "Readability.js", speed: read("readability-speed.json"), score: read("readability-score.json") },
];
console.log("system          pages   F1      precision  recall   pages/s   MB/s");
for (const { name, speed, score } of rows) {
  console.log(
    `${name.padEnd(15)} ${String(speed.pages).padEnd(7)} ${score.f1.toFixed(3).padEnd(7)} ${score.precision.toFixed(3).padEnd(10)} ` +
    `${score.recall.toFixed(3).padEnd(8)} ${speed.pagesPerSecond.toFixed(1).padEnd(9)} ${speed.megabytesPerSecond.toFixed(1)}`);
}
console.log(`speed ratio Dossier / Readability.js: ${(rows[0].speed.pagesPerSecond / rows[1].speed.pagesPerSecond).toFixed(1)}x`);
console.log(`peak memory: Dossier ${rows[0].speed.peakWorkingSetMegabytes.toFixed(0)} MB, Readability.js ${rows[1].speed.peakRssMegabytes.toFixed(0)} MB`);

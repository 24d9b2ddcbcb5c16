#!/usr/bin/env node
// Prints one screen's figures from a peer-bench result file as a table of min / median / max.
//   node scripts/benchmark-table.mjs SCREEN RESULT.json
import { readFileSync } from 'node:fs';

const [screen, file] = process.argv.slice(2);
const result = JSON.parse(readFileSync(file, 'utf8'));
const runs = result.summary;
const kB = (bytes) => (bytes == null ? '—' : `${(bytes / 1024).toFixed(1)} kB`);
const ms = (value) => (value == null ? '—' : `${Math.round(value)} ms`);
const range = (name, stats) => [name, ms(stats.min), ms(stats.median), ms(stats.max)];
const rows = [
  ['initial transfer (server)', '', kB(runs.transferTotal), ''],
  ['  of which JS (server)', '', kB(runs.transferJs), ''],
  ['  JS + CSS, gzip -9', '', kB(result.compressed.js.gzip9 + result.compressed.css.gzip9), ''],
  ['requests', '', String(runs.requests), ''],
  range('first form control visible', runs.firstQuestionMs),
  range('first contentful paint', runs.fcpMs),
  range('largest contentful paint', runs.lcpMs),
  range('long tasks, total', runs.longTaskTotalMs),
  range('long tasks over 50 ms after FCP', runs.longTaskBlockingMs),
];
for (const [preset, scores] of Object.entries(result.lighthouse ?? {})) {
  const median = scores.median ?? {};
  rows.push([
    `Lighthouse ${preset} perf / a11y / best practices`,
    '',
    `${median.performance ?? '—'} / ${median.accessibility ?? '—'} / ${median.bestPractices ?? '—'}`,
    '',
  ]);
}
const widths = [0, 1, 2, 3].map((column) =>
  Math.max(...[['', 'min', 'median', 'max'], ...rows].map((r) => r[column].length)),
);
const line = (cells) => `| ${cells.map((cell, index) => cell.padEnd(widths[index])).join(' | ')} |`;
console.log(
  `\n${screen} (${result.config.runs} runs, CPU ${result.config.cpu}x, ${result.config.downKbps} kbps, ${result.config.rtt} ms RTT)`,
);
console.log(line([screen, 'min', 'median', 'max']));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const row of rows) console.log(line(row));

#!/usr/bin/env bash
# The worked example of docs/collection-analysis.md, end to end: a generated collection of two years, its tidy CSV
# written through the app's own code, and the example queries (docs/collection-analysis/*.sql) run in DuckDB.
#
#   scripts/collection-analysis-example.sh [--count 3321] [--out /tmp/collection-analysis] [--seed 1]
#     [--province ha-noi] [--rows 12]
#
# --count  files to generate (scripts/generate-collection.mjs --trend-share 1: every unit but the first five is
#          assessed in 2025 and again in 2026, same part of the year)
# --out    working folder, outside the repository: files/, manifest.json, tidy.csv, unit-codes.csv
# --rows   rows of each query's result to print
#
# DuckDB runs through its Node client, @duckdb/node-api, installed outside the repository (never a dependency of
# the app): in $DUCKDB_NODE_DIR (default /tmp/duck), with `npm install @duckdb/node-api` there when missing.
# The example's unit codes stand in for a ministry's own: commune committees get a code made from the generator's
# manifest, every other unit is matched by its name (00-load.sql).
set -euo pipefail

count=3321
out=/tmp/collection-analysis
seed=1
province=ha-noi
rows=12
while [[ $# -gt 0 ]]; do
  case "$1" in
    --count) count="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --province) province="$2"; shift 2 ;;
    --rows) rows="$2"; shift 2 ;;
    *) echo "usage: $0 [--count N] [--out DIR] [--seed N] [--province ID] [--rows N]" >&2; exit 1 ;;
  esac
done

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
duck="${DUCKDB_NODE_DIR:-/tmp/duck}"
case "$(realpath -m "$out")/" in
  "$repo"/*) echo "--out $out: choose a folder outside the repository" >&2; exit 1 ;;
esac

if [[ ! -d "$duck/node_modules/@duckdb/node-api" ]]; then
  echo "Installing @duckdb/node-api in $duck (outside the repository)"
  mkdir -p "$duck"
  (cd "$duck" && { [[ -f package.json ]] || npm init -y >/dev/null; } && npm install --no-audit --no-fund @duckdb/node-api >/dev/null)
fi

mkdir -p "$out"
cd "$repo"
SECONDS=0
node scripts/generate-collection.mjs --count "$count" --seed "$seed" --trend-share 1 \
  --out "$out/files" --manifest "$out/manifest.json" --force
node scripts/collection-tidy-csv.mjs --in "$out/files" --out "$out/tidy.csv" --today 2026-12-01
echo "generated and exported in ${SECONDS} s"

DUCK="$duck" OUT="$out" SQL="$repo/docs/collection-analysis" PROVINCE="$province" ROWS="$rows" \
  node --input-type=module - <<'EOF'
import { readFileSync } from 'node:fs';
import path from 'node:path';
const { DuckDBInstance, version } = await import(path.join(process.env.DUCK, 'node_modules/@duckdb/node-api/lib/index.js'));
const { OUT: out, SQL: sql, PROVINCE: province } = process.env;
const rows = Number(process.env.ROWS);
const connection = await (await DuckDBInstance.create(':memory:')).connect();
const text = (value) => (value === null ? 'NULL' : String(value));
const quote = (value) => `'${String(value).replaceAll("'", "''")}'`;

async function show(title, query) {
  const started = performance.now();
  const reader = await connection.runAndReadAll(query);
  const ms = performance.now() - started;
  const header = reader.columnNames();
  const all = reader.getRowsJS().map((row) => row.map(text));
  const shown = all.slice(0, rows);
  const widths = header.map((name, i) => Math.max(name.length, ...shown.map((row) => row[i].length)));
  const line = (cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ');
  console.log(`\n-- ${title}: ${all.length} rows in ${(ms / 1000).toFixed(2)} s${all.length > rows ? `, first ${rows}` : ''}`);
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
  for (const row of shown) console.log(line(row));
}

console.log(`DuckDB ${version()} (@duckdb/node-api)`);
await connection.run(`
  SET VARIABLE tidy_csv = ${quote(path.join(out, 'tidy.csv'))};
  SET VARIABLE unit_codes_csv = ${quote(path.join(out, 'unit-codes.csv'))};
  SET VARIABLE json_glob = ${quote(path.join(out, 'files', '*.json'))};
  SET VARIABLE this_year = 2026;
  SET VARIABLE province = ${quote(province)};
  SET VARIABLE question_id = 'services-national-portal';
`);
// The example's stand-in for a ministry's unit codes: commune committees only, one code per unit of the manifest.
await connection.run(`
  COPY (
    SELECT assessmentId AS assessment_id, 'X' || lpad(CAST(dense_rank() OVER (ORDER BY unitKey) AS VARCHAR), 5, '0') AS unit_code
    FROM read_json(${quote(path.join(out, 'manifest.json'))})
    WHERE unitType = 'commune-committee'
    ORDER BY assessment_id
  ) TO ${quote(path.join(out, 'unit-codes.csv'))} (HEADER)
`);
await connection.run(readFileSync(path.join(sql, '00-load.sql'), 'utf8'));
await show('rows by status', 'SELECT status, count(*) AS rows FROM tidy GROUP BY status ORDER BY rows DESC');
for (const file of [
  '10-province-averages.sql',
  '11-units-within-province.sql',
  '20-common-gaps.sql',
  '30-change-since-last-year.sql',
  '31-change-summary.sql',
  '40-json-direct.sql',
]) {
  await show(file, readFileSync(path.join(sql, file), 'utf8'));
}
EOF
echo "done in ${SECONDS} s"

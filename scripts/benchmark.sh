#!/usr/bin/env bash
# Speed of the production build on a slow phone profile (issue 11), as a table of min / median / max.
#
#   scripts/benchmark.sh [--runs N] [--lighthouse] [--screens] [--report] [--collection]
#
# Builds into a temporary folder, serves it with `vite preview` (which compresses like a real server), copies the
# shared harness (../shared/tools/peer-bench) out and installs it once (kept in ~/.cache/egov-readiness-bench), then
# measures a cold first visit of the home and new-assessment screens: bytes and requests, time to the first form
# control, FCP, LCP and long tasks, under CPU 4x, 1.6 Mbps down, 150 ms round trip (the harness's defaults). With
# --lighthouse it adds Lighthouse mobile scores. --screens adds the time from a click to a usable section, results
# and plan of a complete assessment (tests/e2e/screen-benchmark.spec.ts), --report the PDF report's (report.spec.ts),
# both CPU 4x. --collection times a department's collection (issue 12) at normal CPU: importing 150 and 3,321
# generated files, then with 3,321 stored the dashboard, sorting, filtering and the tidy CSV
# (tests/e2e/collection-benchmark.spec.ts), and the consolidated PDF (collection-report-benchmark.spec.ts, which
# also says what it takes at 4x). Nothing else should run on the machine meanwhile; say its load when you quote the figures. Byte budgets
# are checked in CI by tests/e2e/size-budget.spec.ts; time is measured only here.
set -euo pipefail

RUNS=5
LIGHTHOUSE=""
SCREENS=""
REPORT=""
COLLECTION=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --lighthouse) LIGHTHOUSE="--lighthouse --lh-runs 3 --lh-presets mobile"; shift ;;
    --screens) SCREENS=1; shift ;;
    --report) REPORT=1; shift ;;
    --collection) COLLECTION=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
HARNESS_SOURCE="${PEER_BENCH:-$ROOT/../shared/tools/peer-bench}"
HARNESS="${HOME}/.cache/egov-readiness-bench/peer-bench"
PORT="${BENCH_PORT:-4880}"
WORK="$(mktemp -d)"
trap 'kill "${SERVER:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

if [ ! -d "$HARNESS/node_modules" ]; then
  mkdir -p "$(dirname "$HARNESS")"
  rm -rf "$HARNESS" && cp -r "$HARNESS_SOURCE" "$HARNESS"
  (cd "$HARNESS" && npm install --no-audit --no-fund >/dev/null)
fi

cd "$ROOT"
npx vite build --outDir "$WORK/dist" --emptyOutDir >/dev/null
node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port "$PORT" --strictPort --outDir "$WORK/dist" \
  >/dev/null 2>&1 &
SERVER=$!
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/" >/dev/null && break; sleep 0.5; done

echo "load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; $RUNS cold runs each"
# The first control a person can use: on the home screen a button or the "create" link, on the form a field.
CONTROL='button, a.button, input:not([type=hidden]), select, textarea'
for SCREEN in / /assessments/new; do
  # shellcheck disable=SC2086
  node "$HARNESS/bench.mjs" --url "http://127.0.0.1:$PORT$SCREEN" --runs "$RUNS" --selector "$CONTROL" \
    --out "$WORK/result.json" $LIGHTHOUSE >/dev/null 2>"$WORK/bench.log" || { cat "$WORK/bench.log" >&2; exit 1; }
  node "$ROOT/scripts/benchmark-table.mjs" "$SCREEN" "$WORK/result.json"
done

# In-app timings, from the same build, on a port of their own (Playwright starts and stops its own server), one
# test at a time so that no two measures share the cores.
run_spec() {
  PW_DIST="$WORK/dist" PW_PORT=$((PORT + 1)) PW_OUTPUT="$WORK/results" PW_REPORT="$WORK/report" \
    npx playwright test "$@" --project=chromium --workers=1 --reporter=list 2>&1 | grep -E '^\||From the click|Report benchmark|Autosave while|Warm start|^collection |^dashboard |^  today.s figures |^exports ready |^sorting |^tidy CSV |consolidated' || true
}
if [ -n "$SCREENS" ]; then SCREEN_BENCHMARK=1 SCREEN_BENCHMARK_RUNS="$RUNS" run_spec tests/e2e/screen-benchmark.spec.ts; fi
if [ -n "$REPORT" ]; then REPORT_BENCHMARK=1 run_spec tests/e2e/report.spec.ts -g benchmark; fi
if [ -n "$COLLECTION" ]; then
  COLLECTION_BENCHMARK=1 run_spec tests/e2e/collection-benchmark.spec.ts tests/e2e/collection-report-benchmark.spec.ts
fi

#!/bin/sh
# The PDF report of a complete assessment (every question answered, 53 remediation actions), timed from the click
# to the file in Chromium with the CPU slowed four times (CDP Emulation.setCPUThrottlingRate), then not slowed.
# REPORT_PROFILE=1 also saves CPU profiles of a first and a second report (not slowed) among the artefacts.
# Prints one JSON line ("Report benchmark: ...") and saves it as benchmark.json among the test's artefacts.
# The measurement itself is the `benchmark` test in tests/e2e/report.spec.ts, skipped unless REPORT_BENCHMARK is set.
set -e
cd "$(dirname "$0")/.."
npx vite build
REPORT_BENCHMARK=1 npx playwright test tests/e2e/report.spec.ts --project=chromium -g benchmark --reporter=list

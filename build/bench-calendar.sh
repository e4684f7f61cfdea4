#!/usr/bin/env bash
# The week calendar page with N sessions in view (default 500), rendered by the app in Release, against the same page
# for an empty week in the same run; on a throwaway PostgreSQL cluster; writes docs/benchmarks.md.
# Usage: build/bench-calendar.sh [sessions]   (RSM_BENCH_ROUNDS: measured rounds, default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/WebApi -c Release -nologo -v quiet
exec build/bench-run.sh calendar "${1:-500}"

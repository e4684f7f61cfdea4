#!/usr/bin/env bash
# A 52-week series booked in one request against a studio holding N sessions (default 5000), against the same 52
# sessions booked one by one through the API in the same run; on a throwaway PostgreSQL cluster; writes docs/benchmarks.md.
# Usage: build/bench-series.sh [sessions]   (RSM_BENCH_ROUNDS: measured rounds, default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/WebApi -c Release -nologo -v quiet
exec build/bench-run.sh series "${1:-5000}"

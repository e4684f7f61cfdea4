#!/usr/bin/env bash
# The money reports (revenue by month, room and engineer; outstanding; utilisation) over a studio with N sessions
# (default 20000) billed four to an invoice, against a page of the invoice list in the same run; on a throwaway
# PostgreSQL cluster; writes docs/benchmarks.md.
# Usage: build/bench-revenue.sh [sessions]   (RSM_BENCH_ROUNDS: measured rounds, default 40)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/WebApi -c Release -nologo -v quiet
exec build/bench-run.sh revenue "${1:-20000}"

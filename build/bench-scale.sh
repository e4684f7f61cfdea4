#!/usr/bin/env bash
# Many studios on one PostgreSQL server (max_connections 100): GET /api/clients through the app in Release with wrk
# rotating Host and Bearer over 1, 40, 500 and all studios (interleaved rounds), then all of them for a minute;
# writes docs/benchmarks.md. Installs wrk if missing.
# Usage: build/bench-scale.sh [studios, default 1000]   (RSM_BENCH_ROUNDS, RSM_BENCH_SECONDS: rounds and their length)
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null; then
  as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
dotnet build src/WebApi -c Release -nologo -v quiet
export PG_MAX_CONNECTIONS=${PG_MAX_CONNECTIONS:-100}
exec build/bench-run.sh scale "${1:-1000}"

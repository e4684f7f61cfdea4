#!/usr/bin/env bash
# Measures provisioning from the template against an empty database + migrations, in one run,
# on a throwaway PostgreSQL cluster, and writes the figures to docs/benchmarks.md.
# Usage: build/bench-provisioning.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

work=$(mktemp -d /tmp/rsm-bench.XXXXXX)
chmod 755 "$work"
trap 'build/pg.sh stop "$work/pg" || true; rm -rf "$work"' EXIT
port=55490
while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
build/pg.sh start "$work/pg" "$port"

dotnet run --project build/Benchmarks -c Release -- provisioning \
  "Host=127.0.0.1;Port=$port;Database=rsm_platform;Username=rsm" docs/benchmarks.md "${1:-15}"

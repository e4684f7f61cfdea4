#!/usr/bin/env bash
# Counts the tokens the assistant sends for one question and times the application's own part of a turn, against an
# explicit-command turn, on a throwaway PostgreSQL cluster and a scripted provider; writes docs/benchmarks.md.
# Usage: build/bench-assistant.sh [turns]
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

work=$(mktemp -d /tmp/rsm-bench.XXXXXX)
chmod 755 "$work"
trap 'build/pg.sh stop "$work/pg" || true; rm -rf "$work"' EXIT
port=55490
while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
build/pg.sh start "$work/pg" "$port"

dotnet run --project build/Benchmarks -c Release -- assistant \
  "Host=127.0.0.1;Port=$port;Database=rsm_platform;Username=rsm" docs/benchmarks.md "${1:-20}"

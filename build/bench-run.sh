#!/usr/bin/env bash
# Runs one benchmark of build/Benchmarks on a throwaway PostgreSQL cluster and writes its section of docs/benchmarks.md.
# Usage: build/bench-run.sh provisioning|assistant|booking COUNT  (the bench-*.sh scripts call it)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

work=$(mktemp -d /tmp/rsm-bench.XXXXXX)
chmod 755 "$work"
trap 'build/pg.sh stop "$work/pg" || true; rm -rf "$work"' EXIT
port=55490
while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
build/pg.sh start "$work/pg" "$port"

dotnet run --project build/Benchmarks -c Release -- "${1:?benchmark missing}" \
  "Host=127.0.0.1;Port=$port;Database=rsm_platform;Username=rsm" docs/benchmarks.md "${2:?count missing}"

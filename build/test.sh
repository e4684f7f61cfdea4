#!/usr/bin/env bash
# Runs every test of the solution against two throwaway PostgreSQL clusters (two servers, for multi-server placement)
# and Debian's Chromium. Installs PostgreSQL and Chromium if they are missing; removes the clusters afterwards. Extra arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

free_port() {
  local port=$1
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

# Browser tests drive Debian's Chromium (nothing downloads a browser at run time).
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium for the browser tests..."
  as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

# The API document is linted with Redocly's CLI, pinned, from the npm registry (OpenApiLintTests runs it).
redocly_version=2.77.0
if [ "$(cat build/.tools/redocly.version 2>/dev/null)" != "$redocly_version" ]; then
  if ! command -v npm >/dev/null; then
    echo "Installing Debian's nodejs and npm for the API document's lint..."
    as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
  fi
  echo "Installing @redocly/cli@$redocly_version under build/.tools..."
  npm install --silent --no-audit --no-fund --prefix build/.tools "@redocly/cli@$redocly_version" >/dev/null
  echo "$redocly_version" > build/.tools/redocly.version
fi

work=$(mktemp -d /tmp/rsm-test.XXXXXX)
chmod 755 "$work"
cleanup() {
  build/pg.sh stop "$work/pg1" || true
  build/pg.sh stop "$work/pg2" || true
  rm -rf "$work"
}
trap cleanup EXIT

# Starts a throwaway cluster on the first free port from $2 and prints the port. A start that fails (pg.sh shows
# the server log) is tried once more on the next free port: another program may have taken the port meanwhile.
start_cluster() {
  local port
  port=$(free_port "$2")
  if ! PG_FSYNC=off build/pg.sh start "$1" "$port" >&2; then
    port=$(free_port $((port + 1)))
    echo "Retrying on port $port..." >&2
    PG_FSYNC=off build/pg.sh start "$1" "$port" >&2 || return 1
  fi
  echo "$port"
}
port1=$(start_cluster "$work/pg1" 55433)
port2=$(start_cluster "$work/pg2" $((port1 + 1)))
export RSM_TEST_PG_1="Host=127.0.0.1;Port=$port1;Username=rsm;Include Error Detail=true"
export RSM_TEST_PG_2="Host=127.0.0.1;Port=$port2;Username=rsm;Include Error Detail=true"

log="$work/test.log"
status=0
dotnet test RecordingStudio.sln -nologo "$@" 2>&1 | tee "$log" || status=$?
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -oE 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"

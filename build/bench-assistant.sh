#!/usr/bin/env bash
# Counts the tokens the assistant sends for one question and times the application's own part of a turn, against an
# explicit-command turn, on a throwaway PostgreSQL cluster and a scripted provider; writes docs/benchmarks.md.
# Usage: build/bench-assistant.sh [turns]
set -euo pipefail
exec "$(dirname "$0")/bench-run.sh" assistant "${1:-20}"

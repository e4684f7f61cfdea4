#!/usr/bin/env bash
# Measures provisioning from the template against an empty database + migrations, in one run,
# on a throwaway PostgreSQL cluster, and writes the figures to docs/benchmarks.md.
# Usage: build/bench-provisioning.sh [rounds]
set -euo pipefail
exec "$(dirname "$0")/bench-run.sh" provisioning "${1:-15}"

#!/usr/bin/env bash
# Measures provisioning from the template against an empty database + migrations, in one run, and signup end to end
# through the app in Release, on a throwaway PostgreSQL cluster, and writes the figures to docs/benchmarks.md.
# Usage: build/bench-provisioning.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/WebApi -c Release -nologo -v quiet
exec build/bench-run.sh provisioning "${1:-15}"

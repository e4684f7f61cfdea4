#!/usr/bin/env bash
# Counts the tokens of the MCP server's tools/list answer per role, against the tools the built-in assistant offers its
# model for one question, on a throwaway PostgreSQL cluster; writes docs/benchmarks.md.
# Usage: build/bench-mcp.sh
set -euo pipefail
exec "$(dirname "$0")/bench-run.sh" mcp 1

#!/usr/bin/env bash
# Rounds of 20 simultaneous overlapping bookings through the application (room lock) against bare INSERTs with the
# exclusion constraint alone (and with the lock), on a throwaway PostgreSQL cluster; writes docs/benchmarks.md.
# Usage: build/bench-booking.sh [rounds]
set -euo pipefail
exec "$(dirname "$0")/bench-run.sh" booking "${1:-15}"

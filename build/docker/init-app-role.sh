#!/usr/bin/env bash
# Runs once when the PostgreSQL container initialises its volume: the application's own role,
# allowed to create databases but not a superuser.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v app_password="$RSM_DB_PASSWORD" <<'SQL'
CREATE ROLE rsm LOGIN CREATEDB PASSWORD :'app_password';
SQL

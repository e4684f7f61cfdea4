#!/usr/bin/env bash
# Runs Recording Studio Manager on http://localhost:8080 with a demo studio at http://demo.localhost:8080.
#   PORT=9000 build/run.sh      moves the app, its links and the banner (URLS=http://host:port works too)
#   RSM_PG_PORT=55440           moves the private PostgreSQL under .data/
# Uses that private PostgreSQL unless ConnectionStrings__Platform points elsewhere. Builds only when a source changed.
# Ctrl-C stops the app; the database keeps running (for build/rsm) and keeps its data.
set -euo pipefail
cd "$(dirname "$0")/.."
source build/env.sh

rsm_start_database
rsm_build
echo "$rsm_port" > .data/port # build/rsm's links follow the app's port

dotnet src/Cli/bin/Debug/net10.0/rsm.dll tenants migrate
dotnet src/Cli/bin/Debug/net10.0/rsm.dll demo seed

echo
echo "Platform:     $rsm_scheme://localhost:$rsm_port/scalar/v1 (API reference)"
echo "Demo studio:  $rsm_scheme://demo.localhost:$rsm_port/api/studio/overview"
echo "Sign in as:   owner@demo.localhost / demo-owner-password"
echo "E-mails:      $Email__OutboxDirectory"
echo
cd src/WebApi
exec dotnet bin/Debug/net10.0/RecordingStudio.WebApi.dll --urls "$rsm_urls"

#!/usr/bin/env bash
# Runs Recording Studio Manager on http://localhost:8080 with a demo studio at http://demo.localhost:8080.
# Uses a private PostgreSQL under .data/ unless ConnectionStrings__Platform points elsewhere.
# Ctrl-C stops the app; the database keeps running (for `dotnet run --project src/Cli`) and keeps its data.
set -euo pipefail
cd "$(dirname "$0")/.."

embedded_port=55432
configured=${ConnectionStrings__Platform:-$(grep -o '"Platform": *"[^"]*"' src/WebApi/appsettings.json || true)}
if [[ "$configured" == *"Port=$embedded_port"* ]]; then
  build/pg.sh start .data/pg "$embedded_port"
fi

export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
# E-mails (invitations, password resets) land here. The CLI and the app share one key ring for their links, in the
# platform database.
export Email__OutboxDirectory=${Email__OutboxDirectory:-$PWD/.data/outbox}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/WebApi -nologo -v quiet
dotnet build src/Cli -nologo -v quiet

dotnet run --project src/Cli --no-build -- tenants migrate
dotnet run --project src/Cli --no-build -- demo seed

urls=${URLS:-http://localhost:8080}
port=${urls##*:}
# Links in e-mails and after signup name the port the app really listens on.
template="http://{subdomain}.localhost:$port"
export Tenancy__StudioUrlTemplate=${Tenancy__StudioUrlTemplate:-$template}
echo
echo "Platform:     http://localhost:$port/scalar/v1 (API reference)"
echo "Demo studio:  http://demo.localhost:$port/api/studio/overview"
echo "Sign in as:   owner@demo.localhost / demo-owner-password"
echo "E-mails:      $Email__OutboxDirectory"
echo
exec dotnet run --project src/WebApi --no-build --no-launch-profile --urls "$urls"

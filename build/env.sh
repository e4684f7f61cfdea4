# Sourced by build/run.sh and build/rsm: the configuration both share, and a build only when the sources changed.
#   PORT          where the app listens (default 8080); the studio links, e-mailed links and the banner follow it
#   RSM_PG_PORT   the embedded PostgreSQL's port (default 55432)
# ConnectionStrings__Platform pointing elsewhere starts no embedded cluster; pointing at the embedded port still does.

rsm_pg_port=${RSM_PG_PORT:-55432}
export ConnectionStrings__Platform=${ConnectionStrings__Platform:-"Host=127.0.0.1;Port=$rsm_pg_port;Database=rsm_platform;Username=rsm"}
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
# E-mails (invitations, password resets) land here. The CLI and the app share one key ring for their links, in the
# platform database.
export Email__OutboxDirectory=${Email__OutboxDirectory:-$PWD/.data/outbox}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
rsm_port=${PORT:-8080}
if [[ -n "${URLS:-}" ]]; then rsm_port=${URLS##*:}; fi
rsm_urls=${URLS:-http://localhost:$rsm_port}
# Links in e-mails and after signup name the port the app really listens on.
export Tenancy__StudioUrlTemplate=${Tenancy__StudioUrlTemplate:-"http://{subdomain}.localhost:$rsm_port"}

# The embedded cluster, when the configuration points at it.
rsm_start_database() {
  if [[ "$ConnectionStrings__Platform" == *"Port=$rsm_pg_port"* ]]; then
    build/pg.sh start .data/pg "$rsm_pg_port"
  fi
}

# Builds the app and the CLI only when a source file changed since the last build (a start with no change takes
# seconds): the stamp is touched after a build that succeeded.
rsm_build() {
  local stamp=.data/build.stamp
  mkdir -p .data
  if [[ -f "$stamp" && -f src/WebApi/bin/Debug/net10.0/RecordingStudio.WebApi.dll && -f src/Cli/bin/Debug/net10.0/rsm.dll ]] \
     && [[ -z "$(find src Directory.Build.props Directory.Packages.props -newer "$stamp" -type f -not -path '*/bin/*' -not -path '*/obj/*' -print -quit)" ]]; then
    return 0
  fi
  dotnet build src/WebApi -nologo -v quiet
  dotnet build src/Cli -nologo -v quiet
  touch "$stamp"
}

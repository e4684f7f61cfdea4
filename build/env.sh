# Sourced by build/run.sh and build/rsm: the configuration both share, and a build only when the sources changed.
#   PORT          where the app listens (default: the port build/run.sh last used, else 8080); the studio links,
#                 e-mailed links and the banner follow it
#   RSM_PG_PORT   the embedded PostgreSQL's port (default: the port it runs on, else 55432); a running cluster is
#                 moved to a port asked for explicitly
# ConnectionStrings__Platform pointing elsewhere starts no embedded cluster; pointing at the embedded port still does.

# The embedded cluster's port: as asked, else where it already runs (so build/rsm never moves it from under the app).
rsm_running_pg_port() {
  local pid=.data/pg/data/postmaster.pid
  [[ -f "$pid" ]] && kill -0 "$(head -n 1 "$pid")" 2>/dev/null && sed -n 4p "$pid"
}
rsm_pg_port=${RSM_PG_PORT:-$(rsm_running_pg_port || true)}
rsm_pg_port=${rsm_pg_port:-55432}
export ConnectionStrings__Platform=${ConnectionStrings__Platform:-"Host=127.0.0.1;Port=$rsm_pg_port;Database=rsm_platform;Username=rsm"}
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
# E-mails (invitations, password resets) land here. The CLI and the app share one key ring for their links, in the
# platform database.
export Email__OutboxDirectory=${Email__OutboxDirectory:-$PWD/.data/outbox}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# The app's address: URLS as given (scheme and port kept), else PORT, else the port build/run.sh last served on.
rsm_scheme=http
if [[ -n "${URLS:-}" ]]; then
  rsm_urls=${URLS%/}
  rsm_scheme=${rsm_urls%%://*}
  rsm_port=${rsm_urls##*:}
else
  rsm_port=${PORT:-$(cat .data/port 2>/dev/null || echo 8080)}
  rsm_urls=http://localhost:$rsm_port
fi
# Links in e-mails and after signup name the port the app really listens on.
export Tenancy__StudioUrlTemplate=${Tenancy__StudioUrlTemplate:-"$rsm_scheme://{subdomain}.localhost:$rsm_port"}

# The embedded cluster, when the configuration points at it.
rsm_start_database() {
  local settings=${ConnectionStrings__Platform,,}
  settings=${settings// /}
  if [[ "$settings" == *"port=$rsm_pg_port"* && ( "$settings" == *"host=127.0.0.1"* || "$settings" == *"host=localhost"* ) ]]; then
    build/pg.sh start .data/pg "$rsm_pg_port"
  fi
}

# Builds the app and the CLI only when a source file changed, appeared or went since the last build (a start with no
# change takes seconds): the stamp, written after a build that succeeded, holds the list of source files.
rsm_build() {
  local stamp=.data/build.stamp files
  mkdir -p .data
  # The list of source files too: a deleted or renamed file changes it, as an edit changes a file's time.
  files=$(find src Directory.Build.props Directory.Packages.props -type f -not -path '*/bin/*' -not -path '*/obj/*' | sort | md5sum)
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$files" && -f src/WebApi/bin/Debug/net10.0/RecordingStudio.WebApi.dll && -f src/Cli/bin/Debug/net10.0/rsm.dll ]] \
     && [[ -z "$(find src Directory.Build.props Directory.Packages.props -newer "$stamp" -type f -not -path '*/bin/*' -not -path '*/obj/*' -print -quit)" ]]; then
    return 0
  fi
  dotnet build src/WebApi -nologo -v quiet
  dotnet build src/Cli -nologo -v quiet
  echo "$files" > "$stamp"
}

# The Web API and the rsm CLI in one image: the CLI runs migrations before the API starts (see docker-compose.yml).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# The restore has its own layer: it is redone only when a project or the package versions change, not for every edit.
COPY RecordingStudio.sln Directory.Build.props Directory.Packages.props ./
COPY src/Domain/RecordingStudio.Domain.csproj src/Domain/
COPY src/Application/RecordingStudio.Application.csproj src/Application/
COPY src/Infrastructure/RecordingStudio.Infrastructure.csproj src/Infrastructure/
COPY src/WebApi/RecordingStudio.WebApi.csproj src/WebApi/
COPY src/Cli/RecordingStudio.Cli.csproj src/Cli/
RUN dotnet restore src/WebApi && dotnet restore src/Cli
COPY src/ src/
RUN dotnet publish src/WebApi -c Release --no-restore -o /out/api \
 && dotnet publish src/Cli -c Release --no-restore -o /out/cli

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# PostgreSQL's client tools of the server's major version (rsm tenants export|import|delete run pg_dump/pg_restore),
# from PostgreSQL's own apt repository so any major is there whatever the base image's distribution carries; curl for
# the health check.
ARG PG_MAJOR=16
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl gnupg \
 && install -d /usr/share/postgresql-common/pgdg \
 && curl -fsSL https://www.postgresql.org/media/keys/ACCC4CF8.asc -o /usr/share/postgresql-common/pgdg/apt.postgresql.org.asc \
 && . /etc/os-release \
 && echo "deb [signed-by=/usr/share/postgresql-common/pgdg/apt.postgresql.org.asc] https://apt.postgresql.org/pub/repos/apt ${VERSION_CODENAME}-pgdg main" \
      > /etc/apt/sources.list.d/pgdg.list \
 && apt-get update \
 && apt-get install -y --no-install-recommends postgresql-client-${PG_MAJOR} \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /out/api ./api
COPY --from=build /out/cli ./cli
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
# The e-mail outbox (without SMTP): a new named volume takes this folder's owner, so the app user can write to it. The
# key ring lives in the platform database, so no folder is needed for it.
RUN mkdir -p /outbox && chown app:app /outbox && chmod 700 /outbox
USER app
# Asked as the root domain: the app answers only its own hosts (AllowedHosts).
HEALTHCHECK --interval=10s --retries=6 CMD curl -fsS -H "Host: ${Tenancy__RootDomain:-localhost}" http://localhost:8080/health/ready || exit 1
ENTRYPOINT ["dotnet", "api/RecordingStudio.WebApi.dll"]

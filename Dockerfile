# The Web API and the rsm CLI in one image: the CLI runs migrations before the API starts (see docker-compose.yml).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/WebApi -c Release -o /out/api \
 && dotnet publish src/Cli -c Release -o /out/cli

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /out/api ./api
COPY --from=build /out/cli ./cli
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
# The e-mail outbox (without SMTP): a new named volume takes this folder's owner, so the app can write to it.
RUN mkdir -p /outbox && chown app /outbox && chmod 700 /outbox
USER app
ENTRYPOINT ["dotnet", "api/RecordingStudio.WebApi.dll"]

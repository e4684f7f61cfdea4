// The integration tests start PostgreSQL clusters and check file modes: they run on Linux (Debian, as in CI).
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]

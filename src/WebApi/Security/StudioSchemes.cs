namespace RecordingStudio.WebApi.Security;

public static class StudioSchemes
{
    /// <summary>The default: picks one of the three below from what the request carries.</summary>
    public const string Studio = "Studio";
    public const string Cookie = "Cookie";
    public const string Bearer = "Bearer";
    public const string ApiKey = "ApiKey";

    public const string ApiKeyHeader = "X-Api-Key";
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";

    public const string StaffPolicy = "Staff";
    public const string ClientPolicy = "Client";
    public const string OwnerPolicy = "Owner";
    /// <summary>Owners and Managers: the studio's money (invoices, reports).</summary>
    public const string ManagerPolicy = "Manager";
}

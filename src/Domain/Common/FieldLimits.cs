namespace RecordingStudio.Domain.Common;

/// <summary>Column sizes shared by the domain guards, the validators and the EF configuration.</summary>
public static class FieldLimits
{
    public const int Name = 200;
    public const int Email = 254;
    public const int Phone = 40;
    public const int Title = 200;
    public const int Notes = 4000;
    public const int Description = 2000;
    public const int Currency = 3;
    public const int TimeZone = 64;
    public const int ConversationId = 100;
}

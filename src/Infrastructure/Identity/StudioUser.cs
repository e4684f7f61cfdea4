using Microsoft.AspNetCore.Identity;
using RecordingStudio.Domain.Accounts;

namespace RecordingStudio.Infrastructure.Identity;

/// <summary>An account of one studio, stored in that studio's database.</summary>
public sealed class StudioUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";
    public AccountRole Role { get; set; }
    public Guid? EngineerId { get; set; }
    public Guid? ClientId { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>The language this person chose ("fr"); null speaks the studio's.</summary>
    public string? Language { get; set; }
}

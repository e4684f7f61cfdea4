using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecordingStudio.Domain.Common;
using RecordingStudio.Infrastructure.Identity;

namespace RecordingStudio.Infrastructure.Persistence.Studio.Configurations;

/// <summary>Identity's tables under plain names in the studio database.</summary>
public sealed class IdentityTablesConfiguration :
    IEntityTypeConfiguration<StudioUser>,
    IEntityTypeConfiguration<IdentityUserClaim<Guid>>,
    IEntityTypeConfiguration<IdentityUserLogin<Guid>>,
    IEntityTypeConfiguration<IdentityUserToken<Guid>>
{
    public void Configure(EntityTypeBuilder<StudioUser> builder)
    {
        builder.ToTable("users");
        builder.Property(u => u.DisplayName).HasMaxLength(FieldLimits.Name);
        builder.Property(u => u.Language).HasMaxLength(RecordingStudio.Domain.Platform.Organization.MaxLanguage);
        builder.Property(u => u.Role).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(u => u.ClientId).IsUnique().HasFilter("client_id IS NOT NULL");
        builder.HasIndex(u => u.EngineerId).IsUnique().HasFilter("engineer_id IS NOT NULL");
    }

    public void Configure(EntityTypeBuilder<IdentityUserClaim<Guid>> builder) => builder.ToTable("user_claims");

    public void Configure(EntityTypeBuilder<IdentityUserLogin<Guid>> builder) => builder.ToTable("user_logins");

    public void Configure(EntityTypeBuilder<IdentityUserToken<Guid>> builder) => builder.ToTable("user_tokens");
}

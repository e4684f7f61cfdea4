using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecordingStudio.Domain.Common;
using RecordingStudio.Domain.Platform;

namespace RecordingStudio.Infrastructure.Persistence.Platform.Configurations;

public sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(FieldLimits.Name);
        builder.Property(o => o.Subdomain).HasMaxLength(Subdomain.MaxLength);
        // A deleted studio keeps its row but not its subdomain: only the others must be unique.
        builder.HasIndex(o => o.Subdomain).IsUnique().HasFilter("status <> 'Deleted'");
        builder.Property(o => o.TimeZone).HasMaxLength(FieldLimits.TimeZone);
        builder.Property(o => o.Plan).HasMaxLength(Plan.MaxName);
        builder.Property(o => o.RequestedPlan).HasMaxLength(Plan.MaxName);
        builder.Property(o => o.Language).HasMaxLength(Organization.MaxLanguage).HasDefaultValue(Organization.DefaultLanguage);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.SuspensionReason).HasMaxLength(FieldLimits.Notes);
        builder.HasOne(o => o.Database).WithOne().HasForeignKey<TenantDatabase>(d => d.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        // Every use of a studio needs its database location: load it with the organization.
        builder.Navigation(o => o.Database).AutoInclude();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecordingStudio.Domain.Accounts;
using RecordingStudio.Domain.Common;

namespace RecordingStudio.Infrastructure.Persistence.Studio.Configurations;

public sealed class SignInThrottleConfiguration : IEntityTypeConfiguration<SignInThrottle>
{
    public void Configure(EntityTypeBuilder<SignInThrottle> builder)
    {
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Email).HasMaxLength(FieldLimits.Email);
        builder.Property(t => t.ClientAddress).HasMaxLength(64);
        builder.HasIndex(t => new { t.Email, t.ClientAddress }).IsUnique();
    }
}

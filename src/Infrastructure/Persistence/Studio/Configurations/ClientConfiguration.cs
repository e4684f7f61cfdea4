using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecordingStudio.Domain.Common;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Infrastructure.Persistence.Studio.Configurations;

public sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(FieldLimits.Name);
        builder.Property(c => c.Email).HasMaxLength(FieldLimits.Email);
        builder.Property(c => c.Phone).HasMaxLength(FieldLimits.Phone);
        builder.Property(c => c.ArtistName).HasMaxLength(FieldLimits.Name);
        builder.Property(c => c.Notes).HasMaxLength(FieldLimits.Notes);
        builder.Property(c => c.BillingAddress).HasMaxLength(StudioSettings.MaxAddress);
        builder.Property(c => c.TaxId).HasMaxLength(StudioSettings.MaxTaxId);
        builder.HasIndex(c => c.Name);
    }
}

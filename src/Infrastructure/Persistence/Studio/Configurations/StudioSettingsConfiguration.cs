using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecordingStudio.Domain.Common;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Infrastructure.Persistence.Studio.Configurations;

public sealed class StudioSettingsConfiguration : IEntityTypeConfiguration<StudioSettings>
{
    public void Configure(EntityTypeBuilder<StudioSettings> builder)
    {
        builder.ToTable("studio_settings", t => t.HasCheckConstraint("ck_studio_settings_single_row", "id = 1"));
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.StudioName).HasMaxLength(FieldLimits.Name);
        builder.Property(s => s.TimeZone).HasMaxLength(FieldLimits.TimeZone);
        builder.Property(s => s.Currency).HasMaxLength(FieldLimits.Currency);
        builder.Property(s => s.TaxPercent).HasPrecision(5, 2);
        builder.Property(s => s.OtherTaxRates).HasColumnType("numeric(5,2)[]");
        builder.Ignore(s => s.TaxRates);
        builder.Property(s => s.LegalName).HasMaxLength(FieldLimits.Name);
        builder.Property(s => s.Address).HasMaxLength(StudioSettings.MaxAddress);
        builder.Property(s => s.TaxId).HasMaxLength(StudioSettings.MaxTaxId);
        builder.Property(s => s.InvoiceNote).HasMaxLength(StudioSettings.MaxAddress);
        builder.Property(s => s.DepositPercent).HasPrecision(5, 2);
        builder.Property(s => s.DepositAmount).HasPrecision(14, 3);
        builder.Property(s => s.DepositDueFrom).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.CancellationFeePercent).HasPrecision(5, 2);
        builder.Ignore(s => s.Deposit);
        builder.Ignore(s => s.Cancellation);
        builder.Property(s => s.Culture).HasMaxLength(StudioSettings.MaxCulture);
        builder.Ignore(s => s.Calendar);
    }
}

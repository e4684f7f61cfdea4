using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecordingStudio.Domain.Common;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Infrastructure.Persistence.Studio.Configurations;

/// <summary>
/// The no-double-booking exclusion constraints (ex_sessions_room_no_overlap over [starts_at, room_held_until): the
/// session and its room's turnover; ex_sessions_engineer_no_overlap over [starts_at, ends_at)) are created in SQL by
/// the migrations (InitialCreate, RoomRules): EF Core cannot model exclusion constraints.
/// </summary>
public sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Title).HasMaxLength(FieldLimits.Title);
        builder.Property(s => s.Notes).HasMaxLength(FieldLimits.Notes);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(s => s.Slot);
        builder.Ignore(s => s.IsHold);
        builder.Ignore(s => s.Adjustment);
        builder.Property(s => s.Currency).HasMaxLength(FieldLimits.Currency);
        builder.Property(s => s.PriceBasis).HasMaxLength(FieldLimits.Description);
        // Exact amounts, to the minor unit of any currency (three digits for the dinars).
        foreach (var amount in new[] { nameof(Session.PriceNet), nameof(Session.PriceTax), nameof(Session.PriceGross), nameof(Session.PriceOverride),
                     nameof(Session.DiscountAmount), nameof(Session.RatesAmount), nameof(Session.DepositAmount), nameof(Session.DepositPaid),
                     nameof(Session.CancellationCharge) })
            builder.Property(amount).HasPrecision(14, 3);
        builder.Property(s => s.DiscountPercent).HasPrecision(5, 2);
        builder.Property(s => s.PriceTaxPercent).HasPrecision(5, 2);
        builder.Property(s => s.RatesBasis).HasMaxLength(FieldLimits.Description);
        builder.Property(s => s.DepositMethod).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.DepositReference).HasMaxLength(Payment.MaxReference);
        builder.Ignore(s => s.DepositIsPaid);
        builder.Property(s => s.Version).IsRowVersion();
        builder.HasOne<Client>().WithMany().HasForeignKey(s => s.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Room>().WithMany().HasForeignKey(s => s.RoomId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Engineer>().WithMany().HasForeignKey(s => s.EngineerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.StartsAt);
        builder.HasOne<SessionSeries>().WithMany().HasForeignKey(s => s.SeriesId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_sessions_ends_after_start", "ends_at > starts_at");
            t.HasCheckConstraint("ck_sessions_room_held_after_end", "room_held_until >= ends_at");
        });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecordingStudio.Domain.Common;
using RecordingStudio.Domain.Platform;

namespace RecordingStudio.Infrastructure.Persistence.Platform.Configurations;

/// <summary>The plan catalog, with the plans every platform starts with (an operator changes rows, a migration adds plans).</summary>
public sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.HasKey(p => p.Name);
        builder.Property(p => p.Name).HasMaxLength(Plan.MaxName);
        builder.Property(p => p.Title).HasMaxLength(FieldLimits.Name);
        builder.Property(p => p.MonthlyPrice).HasPrecision(12, 2);
        builder.Property(p => p.Currency).HasMaxLength(FieldLimits.Currency);
        builder.HasData(
            new Plan(Plan.Trial, "Trial", maxRooms: 5, maxStaff: 10, maxAssistantTurnsPerMonth: 200, monthlyPrice: null, "EUR", selectable: false),
            new Plan("studio", "Studio", maxRooms: 3, maxStaff: 5, maxAssistantTurnsPerMonth: 500, monthlyPrice: 49m, "EUR", selectable: true),
            new Plan("pro", "Pro", maxRooms: 10, maxStaff: 25, maxAssistantTurnsPerMonth: 3000, monthlyPrice: 99m, "EUR", selectable: true));
    }
}

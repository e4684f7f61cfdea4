using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecordingStudio.Domain.Assistant;
using RecordingStudio.Domain.Common;

namespace RecordingStudio.Infrastructure.Persistence.Studio.Configurations;

public sealed class AssistantConfiguration :
    IEntityTypeConfiguration<AssistantMessage>,
    IEntityTypeConfiguration<PendingAction>,
    IEntityTypeConfiguration<AssistantAuditEntry>
{
    public void Configure(EntityTypeBuilder<AssistantMessage> builder)
    {
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.ConversationId).HasMaxLength(FieldLimits.ConversationId);
        builder.Property(m => m.Role).HasMaxLength(16);
        builder.Property(m => m.Text).HasMaxLength(FieldLimits.Notes);
        builder.Property(m => m.Provider).HasMaxLength(32);
        builder.Property(m => m.Model).HasMaxLength(100);
        builder.HasIndex(m => new { m.ConversationId, m.UserId, m.CreatedAt });
    }

    public void Configure(EntityTypeBuilder<PendingAction> builder)
    {
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.ConversationId).HasMaxLength(FieldLimits.ConversationId);
        builder.Property(a => a.Kind).HasMaxLength(64);
        builder.Property(a => a.Summary).HasMaxLength(FieldLimits.Description);
        builder.Property(a => a.Outcome).HasMaxLength(FieldLimits.Description);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Version).IsRowVersion();
        builder.HasIndex(a => new { a.ConversationId, a.UserId, a.Status });
    }

    public void Configure(EntityTypeBuilder<AssistantAuditEntry> builder)
    {
        builder.ToTable("assistant_audit");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ConversationId).HasMaxLength(FieldLimits.ConversationId);
        builder.Property(e => e.Function).HasMaxLength(64);
        builder.Property(e => e.Via).HasMaxLength(FieldLimits.Name).HasDefaultValue(AssistantAuditEntry.Assistant);
        builder.Property(e => e.Arguments).HasMaxLength(FieldLimits.Description);
        builder.Property(e => e.Outcome).HasMaxLength(FieldLimits.Description);
        builder.HasIndex(e => e.CreatedAt);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RecordingStudio.Infrastructure.Persistence.Platform.Configurations;

public sealed class SharedStateConfiguration :
    IEntityTypeConfiguration<RateLimitWindow>, IEntityTypeConfiguration<AppInstance>, IEntityTypeConfiguration<JobRun>,
    IEntityTypeConfiguration<SpareDatabase>, IEntityTypeConfiguration<DueWork>
{
    public void Configure(EntityTypeBuilder<DueWork> builder)
    {
        builder.ToTable("due_work");
        builder.Property(w => w.LastError).HasMaxLength(1000);
        // One wake-up per record and moment however often it is asked for; the runner reads by due time.
        builder.HasIndex(w => new { w.OrganizationId, w.SubjectId, w.DueAt }).IsUnique();
        builder.HasIndex(w => w.DueAt);
        builder.HasOne<RecordingStudio.Domain.Platform.Organization>().WithMany().HasForeignKey(w => w.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<RateLimitWindow> builder)
    {
        builder.HasKey(w => new { w.Key, w.WindowStart });
        builder.Property(w => w.Key).HasMaxLength(300);
    }

    public void Configure(EntityTypeBuilder<SpareDatabase> builder)
    {
        builder.HasKey(d => d.DatabaseName);
        builder.Property(d => d.DatabaseName).HasMaxLength(63);
        builder.Property(d => d.ServerKey).HasMaxLength(64);
        builder.Property(d => d.SchemaVersion).HasMaxLength(150);
        builder.HasIndex(d => new { d.ServerKey, d.SchemaVersion });
    }

    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.HasKey(r => new { r.Job, r.PeriodStart });
        builder.Property(r => r.Job).HasMaxLength(100);
    }

    public void Configure(EntityTypeBuilder<AppInstance> builder)
    {
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.HostName).HasMaxLength(200);
        builder.HasIndex(i => i.SeenAt);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecordingStudio.Domain.Common;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Infrastructure.Persistence.Studio.Configurations;

public sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>, IEntityTypeConfiguration<InvoiceNumberSequence>
{
    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Currency).HasMaxLength(FieldLimits.Currency);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Number).HasMaxLength(16);
        builder.Property(i => i.Version).IsRowVersion();
        builder.HasIndex(i => i.Number).IsUnique(); // the guarantee behind the sequence: never two invoices with one number
        builder.HasIndex(i => new { i.ClientId, i.CreatedAt });
        builder.HasOne<Client>().WithMany().HasForeignKey(i => i.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(i => i.Net);
        builder.Ignore(i => i.Tax);
        builder.Ignore(i => i.Gross);
        builder.OwnsMany(i => i.Lines, line =>
        {
            line.ToTable("invoice_lines");
            line.WithOwner().HasForeignKey("InvoiceId");
            line.Property<int>("Id");
            line.HasKey("Id");
            line.Property(l => l.Description).HasMaxLength(FieldLimits.Description);
            line.Property(l => l.Net).HasPrecision(14, 3);
            line.Property(l => l.Tax).HasPrecision(14, 3);
            line.Property(l => l.TaxPercent).HasPrecision(5, 2);
            line.Ignore(l => l.Gross);
            line.HasIndex(l => l.SessionId).IsUnique(); // a session is invoiced once
        });
        builder.Navigation(i => i.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    public void Configure(EntityTypeBuilder<InvoiceNumberSequence> builder)
    {
        builder.ToTable("invoice_number_sequences");
        builder.HasKey(s => s.Year);
        builder.Property(s => s.Year).ValueGeneratedNever();
    }
}

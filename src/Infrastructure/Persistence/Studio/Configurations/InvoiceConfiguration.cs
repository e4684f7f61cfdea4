using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecordingStudio.Domain.Common;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Infrastructure.Persistence.Studio.Configurations;

public sealed class InvoiceConfiguration
    : IEntityTypeConfiguration<Invoice>, IEntityTypeConfiguration<CreditNote>, IEntityTypeConfiguration<Quote>, IEntityTypeConfiguration<InvoiceNumberSequence>
{
    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Currency).HasMaxLength(FieldLimits.Currency);
        builder.Property(i => i.Language).HasMaxLength(Domain.Platform.Organization.MaxLanguage);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Number).HasMaxLength(16);
        builder.Property(i => i.Version).IsRowVersion();
        builder.HasIndex(i => i.Number).IsUnique(); // the guarantee behind the sequence: never two invoices with one number
        builder.HasIndex(i => new { i.ClientId, i.CreatedAt });
        builder.HasOne<Client>().WithMany().HasForeignKey(i => i.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.Status, i.DueOn });
        builder.HasIndex(i => i.IssuedOn);
        builder.Property(i => i.Credited).HasPrecision(14, 3);
        builder.OwnsOne(i => i.Parties, parties =>
        {
            parties.Property(p => p.IssuerName).HasMaxLength(FieldLimits.Name);
            parties.Property(p => p.IssuerAddress).HasMaxLength(StudioSettings.MaxAddress);
            parties.Property(p => p.IssuerTaxId).HasMaxLength(StudioSettings.MaxTaxId);
            parties.Property(p => p.IssuerNote).HasMaxLength(StudioSettings.MaxAddress);
            parties.Property(p => p.ClientName).HasMaxLength(FieldLimits.Name);
            parties.Property(p => p.ClientEmail).HasMaxLength(FieldLimits.Email);
            parties.Property(p => p.ClientAddress).HasMaxLength(StudioSettings.MaxAddress);
            parties.Property(p => p.ClientTaxId).HasMaxLength(StudioSettings.MaxTaxId);
        });
        builder.Ignore(i => i.Net);
        builder.Ignore(i => i.Tax);
        builder.Ignore(i => i.Gross);
        builder.Ignore(i => i.Total);
        builder.Ignore(i => i.Paid);
        builder.Ignore(i => i.Balance);
        builder.Ignore(i => i.TaxByRate);
        builder.OwnsMany(i => i.Lines, line =>
        {
            Lines(line, "invoice_lines", "InvoiceId");
            line.HasIndex(l => l.SessionId).IsUnique(); // a session is invoiced once (a void invoice lets go of it)
        });
        builder.Navigation(i => i.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(i => i.Payments, payment =>
        {
            payment.ToTable("invoice_payments");
            payment.WithOwner().HasForeignKey("InvoiceId");
            payment.HasKey(p => p.Id);
            payment.Property(p => p.Id).ValueGeneratedNever();
            payment.Property(p => p.Amount).HasPrecision(14, 3);
            payment.Property(p => p.Method).HasConversion<string>().HasMaxLength(16);
            payment.Property(p => p.Reference).HasMaxLength(Payment.MaxReference);
            payment.Property(p => p.ExternalId).HasMaxLength(200);
            payment.HasIndex(p => p.ExternalId).IsUnique(); // the same provider event never pays twice
            payment.HasIndex(p => p.PaidOn);
        });
        builder.Navigation(i => i.Payments).HasField("_payments").UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    public void Configure(EntityTypeBuilder<CreditNote> builder)
    {
        builder.ToTable("credit_notes");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Number).HasMaxLength(16);
        builder.Property(c => c.Currency).HasMaxLength(FieldLimits.Currency);
        builder.Property(c => c.Reason).HasMaxLength(FieldLimits.Description);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.HasIndex(c => c.InvoiceId);
        builder.HasIndex(c => c.IssuedOn);
        builder.HasOne<Invoice>().WithMany().HasForeignKey(c => c.InvoiceId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(c => c.Net);
        builder.Ignore(c => c.Tax);
        builder.Ignore(c => c.Gross);
        builder.OwnsMany(c => c.Lines, line => Lines(line, "credit_note_lines", "CreditNoteId"));
        builder.Navigation(c => c.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    public void Configure(EntityTypeBuilder<Quote> builder)
    {
        builder.ToTable("quotes");
        builder.Property(q => q.Id).ValueGeneratedNever();
        builder.Property(q => q.Number).HasMaxLength(16);
        builder.Property(q => q.Currency).HasMaxLength(FieldLimits.Currency);
        builder.Property(q => q.Language).HasMaxLength(Domain.Platform.Organization.MaxLanguage);
        builder.Property(q => q.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(q => q.ClientNote).HasMaxLength(Quote.MaxNote);
        builder.Property(q => q.Version).IsRowVersion();
        builder.HasIndex(q => q.Number).IsUnique();
        builder.HasIndex(q => new { q.ClientId, q.CreatedAt });
        builder.HasOne<Client>().WithMany().HasForeignKey(q => q.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(q => q.Net);
        builder.Ignore(q => q.Tax);
        builder.Ignore(q => q.Gross);
        builder.Ignore(q => q.TaxByRate);
        builder.Ignore(q => q.SessionIds);
        builder.OwnsMany(q => q.Lines, line =>
        {
            Lines(line, "quote_lines", "QuoteId");
            line.HasIndex(l => l.SessionId); // a session's quotes
        });
        builder.Navigation(q => q.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    private static void Lines<TOwner>(OwnedNavigationBuilder<TOwner, InvoiceLine> line, string table, string ownerKey) where TOwner : class
    {
        line.ToTable(table);
        line.WithOwner().HasForeignKey(ownerKey);
        line.Property<int>("Id");
        line.HasKey("Id").HasName($"pk_{table}"); // named by hand: the naming convention misses a line type two owners share
        line.Property(l => l.Description).HasMaxLength(FieldLimits.Description);
        line.Property(l => l.Net).HasPrecision(14, 3);
        line.Property(l => l.Tax).HasPrecision(14, 3);
        line.Property(l => l.TaxPercent).HasPrecision(5, 2);
        line.Ignore(l => l.Gross);
    }

    public void Configure(EntityTypeBuilder<InvoiceNumberSequence> builder)
    {
        builder.ToTable("invoice_number_sequences");
        builder.HasKey(s => new { s.Series, s.Year });
        builder.Property(s => s.Series).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Year).ValueGeneratedNever();
    }
}

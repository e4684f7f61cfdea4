namespace RecordingStudio.Application.Studio.Clients;

/// <summary>A client; <see cref="BillingAddress"/> and <see cref="TaxId"/> go on their invoices (a business client's VAT id).</summary>
public sealed record ClientDto(Guid Id, string Name, string? Email, string? Phone, string? ArtistName, string? Notes, bool IsArchived,
    string? BillingAddress = null, string? TaxId = null);

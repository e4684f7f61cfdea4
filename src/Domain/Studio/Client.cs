using RecordingStudio.Domain.Common;

namespace RecordingStudio.Domain.Studio;

public sealed class Client : Entity
{
    private Client() { }

    public Client(string name, string? email, string? phone, string? artistName, string? notes) =>
        Update(name, email, phone, artistName, notes);

    public string Name { get; private set; } = "";
    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    public string? ArtistName { get; private set; }
    public string? Notes { get; private set; }
    public bool IsArchived { get; private set; }
    /// <summary>What a business client's invoices are made out to: its address and tax (VAT) id.</summary>
    public string? BillingAddress { get; private set; }
    public string? TaxId { get; private set; }

    public void UpdateBilling(string? billingAddress, string? taxId)
    {
        BillingAddress = Guard.Optional(billingAddress, nameof(BillingAddress), StudioSettings.MaxAddress);
        TaxId = Guard.Optional(taxId, nameof(TaxId), StudioSettings.MaxTaxId);
    }

    public void Update(string name, string? email, string? phone, string? artistName, string? notes)
    {
        Name = Guard.Required(name, nameof(Name), FieldLimits.Name);
        Email = Guard.Optional(email, nameof(Email), FieldLimits.Email)?.ToLowerInvariant();
        Phone = Guard.Optional(phone, nameof(Phone), FieldLimits.Phone);
        ArtistName = Guard.Optional(artistName, nameof(ArtistName), FieldLimits.Name);
        Notes = Guard.Optional(notes, nameof(Notes), FieldLimits.Notes);
    }

    public void Archive() => IsArchived = true;
}

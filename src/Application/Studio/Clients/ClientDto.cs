namespace RecordingStudio.Application.Studio.Clients;

public sealed record ClientDto(Guid Id, string Name, string? Email, string? Phone, string? ArtistName, string? Notes, bool IsArchived);

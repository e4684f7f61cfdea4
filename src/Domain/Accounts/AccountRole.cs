namespace RecordingStudio.Domain.Accounts;

/// <summary>Who an account is in its studio: staff (Owner, Manager, Engineer) or a client of the studio.</summary>
public enum AccountRole
{
    Owner,
    Manager,
    Engineer,
    Client,
}

public static class AccountRoles
{
    public static bool IsStaff(this AccountRole role) => role != AccountRole.Client;
}

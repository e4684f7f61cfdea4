namespace RecordingStudio.Application.Common.Interfaces;

/// <summary>Absolute links into a studio's own host, for e-mails and the signup answer.</summary>
public interface IStudioLinks
{
    string StudioUrl(string subdomain, string path);

    /// <summary>The domain every studio's host is under ("example.com" for maraboo.example.com).</summary>
    string RootDomain { get; }
}

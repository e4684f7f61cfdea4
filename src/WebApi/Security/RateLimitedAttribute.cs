namespace RecordingStudio.WebApi.Security;

/// <summary>Endpoint metadata: requests that send something here count against the named shared rate limit.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class RateLimitedAttribute(string policy) : Attribute
{
    public string Policy { get; } = policy;
}

public static class RateLimitedExtensions
{
    public static TBuilder WithRateLimit<TBuilder>(this TBuilder builder, string policy) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RateLimitedAttribute(policy));
}

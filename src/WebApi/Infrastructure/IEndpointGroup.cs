namespace RecordingStudio.WebApi.Infrastructure;

/// <summary>A set of endpoints under one route prefix; endpoints only translate HTTP to commands and queries.</summary>
public interface IEndpointGroup
{
    static abstract string Prefix { get; }

    static abstract void Map(RouteGroupBuilder group);
}

public static class EndpointGroupExtensions
{
    public static RouteGroupBuilder MapEndpointGroup<TGroup>(this IEndpointRouteBuilder app) where TGroup : IEndpointGroup
    {
        var group = app.MapGroup(TGroup.Prefix).WithTags(typeof(TGroup).Name.Replace("Endpoints", ""));
        TGroup.Map(group);
        return group.DeclareErrorResponses();
    }
}

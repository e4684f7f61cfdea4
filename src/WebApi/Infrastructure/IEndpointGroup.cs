namespace RecordingStudio.WebApi.Infrastructure;

/// <summary>A set of endpoints under one route prefix; endpoints only translate HTTP to commands and queries.</summary>
public interface IEndpointGroup
{
    static abstract string Prefix { get; }

    /// <summary>What the group is for, as its tag in the API document says it.</summary>
    static abstract string Description { get; }

    static abstract void Map(RouteGroupBuilder group);
}

public static class EndpointGroupExtensions
{
    public static RouteGroupBuilder MapEndpointGroup<TGroup>(this IEndpointRouteBuilder app) where TGroup : IEndpointGroup
    {
        var tag = typeof(TGroup).Name.Replace("Endpoints", "");
        ApiDocument.DescribeTag(tag, TGroup.Description);
        var group = app.MapGroup(TGroup.Prefix).WithTags(tag);
        TGroup.Map(group);
        return group.DeclareErrorResponses();
    }
}

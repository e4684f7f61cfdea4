using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using RecordingStudio.Infrastructure.Persistence.Platform;

namespace RecordingStudio.Infrastructure.Persistence;

public enum EntityDatabase
{
    Platform,
    Studio,
}

/// <summary>
/// Which database an entity lives in, as its registration says: the platform catalog's context maps the platform's
/// entities (its model is the list), every other entity is a studio's. Not the entity's namespace: a type moved or
/// misplaced there cannot send its rows to the wrong database.
/// </summary>
public static class EntityDatabases
{
    private static readonly ConcurrentDictionary<Type, EntityDatabase> Known = new();

    public static EntityDatabase Of(Type entity, IServiceProvider services) =>
        Known.GetOrAdd(entity, type => services.GetRequiredService<PlatformDbContext>().Model.FindEntityType(type) is not null
            ? EntityDatabase.Platform
            : EntityDatabase.Studio);
}

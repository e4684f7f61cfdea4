using RecordingStudio.Application.Common.Exceptions;

namespace RecordingStudio.Application.Common.Persistence;

public static class RepositoryExtensions
{
    public static async Task<T> GetOrThrowAsync<T>(this IReadRepository<T> repository, Guid id, CancellationToken ct)
        where T : class =>
        await repository.GetByIdAsync(id, ct) ?? throw new NotFoundException(typeof(T).Name, id);
}

using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Quotes;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Portal;

internal static class MyQuotes
{
    /// <summary>One of the quotes sent to the signed-in client; another client's, or a draft, is not found.</summary>
    public static async Task<Quote> MineAsync(this IRepository<Quote> quotes, ICurrentUser user, Guid id, CancellationToken ct, bool forUpdate = false) =>
        await quotes.FirstOrDefaultAsync(new QuotesSpec(user.RequireClientId(), null, 1, Paging.MaxPageSize, id, sentOnly: true, forUpdate), ct)
        ?? throw new NotFoundException("Quote", id);
}

using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Application.Studio.Portal.AcceptMyQuote;
using RecordingStudio.Application.Studio.Quotes;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Application.Studio.Sessions.Holds;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Portal.DeclineMyQuote;

/// <summary>
/// The client declines a quote sent to them, with a note if they like: the holds it listed are released (the next
/// holds move up) and the studio's managers are told.
/// </summary>
[RequiresAccess(Access.Portal)]
public sealed record DeclineMyQuoteCommand(Guid Id, [property: FreeText] string? Note = null) : ICommand<QuoteDto>;

public sealed class DeclineMyQuoteCommandHandler(
    IRepository<Quote> quotes, IRepository<Session> sessions, IReadRepository<StudioSettings> settings, HoldQueue holds, QuoteViews views,
    ManagerNotices notices, IResourceLocks locks, ICurrentUser user, TimeProvider clock) : ICommandHandler<DeclineMyQuoteCommand, QuoteDto>
{
    public async ValueTask<QuoteDto> Handle(DeclineMyQuoteCommand command, CancellationToken ct)
    {
        var studio = await settings.GetStudioSettingsAsync(ct);
        var calendar = studio.Calendar;
        var now = clock.GetUtcNow();
        Quote quote = null!;
        await locks.RunExclusiveAsync([command.Id], async () =>
        {
            quote = await quotes.MineAsync(user, command.Id, ct, forUpdate: true);
            quote.Decline(command.Note, now, calendar.DateOf(now));
            await quotes.SaveChangesAsync(ct);
        }, ct);
        foreach (var hold in (await sessions.ListAsync(new SessionsOfQuoteSpec(quote.SessionIds), ct)).Where(s => s.IsHold))
        {
            hold.Release();
            await holds.LeaveAsync(hold, SessionChange.Released, ct);
        }
        var view = await views.OneAsync(quote, ct);
        await notices.TellAsync(text => (text["Manager.QuoteDeclinedSubject", quote.Number, view.Client],
            text["Manager.QuoteDeclined", view.Client, quote.Number, Currencies.Text(quote.Gross, quote.Currency, studio.Culture)] +
            (quote.ClientNote is null ? "." : $":\n\n{quote.ClientNote}") + "\n\n" + text["Manager.HoldsReleased"]), CancellationToken.None);
        return view;
    }
}

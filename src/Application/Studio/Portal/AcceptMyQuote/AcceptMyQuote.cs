using Ardalis.Specification;
using Mediator;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Quotes;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Portal.AcceptMyQuote;

/// <summary>
/// The client accepts a quote sent to them, still valid: its held and pencilled-in sessions are confirmed the way
/// staff confirm them (refused while a hold placed before one stands or once a hold has expired: 409
/// session_unavailable, naming no one), then the quote is accepted and the studio's managers are told. A refusal
/// leaves the quote open; the sessions already confirmed stay booked (declining later does not undo them), and
/// accepting again confirms the rest.
/// </summary>
[RequiresAccess(Access.Portal)]
public sealed record AcceptMyQuoteCommand(Guid Id) : ICommand<QuoteDto>;

public sealed class SessionsOfQuoteSpec : Specification<Session>
{
    public SessionsOfQuoteSpec(IReadOnlyCollection<Guid> ids) => Query.Where(s => ids.Contains(s.Id)).OrderBy(s => s.StartsAt);
}

public sealed class AcceptMyQuoteCommandHandler(
    IRepository<Quote> quotes, IRepository<Session> sessions, IReadRepository<StudioSettings> settings, SessionConfirmation confirmation,
    QuoteViews views, ManagerNotices notices, IResourceLocks locks, ICurrentUser user, TimeProvider clock) : ICommandHandler<AcceptMyQuoteCommand, QuoteDto>
{
    public async ValueTask<QuoteDto> Handle(AcceptMyQuoteCommand command, CancellationToken ct)
    {
        var studio = await settings.GetStudioSettingsAsync(ct);
        var now = clock.GetUtcNow();
        var quote = await quotes.MineAsync(user, command.Id, ct);
        quote.EnsureAwaitingAnswer(studio.Calendar.DateOf(now));
        var held = await sessions.ListAsync(new SessionsOfQuoteSpec(quote.SessionIds), ct);
        if (held.FirstOrDefault(s => !s.Status.BlocksSchedule()) is { } gone)
            throw new ConflictException("session_not_available",
                "The session of {0} is {1}: ask the studio for a new quote.",
                StudioTime.When(gone.StartsAt, gone.EndsAt, studio.Calendar), gone.Status);
        foreach (var session in held.Where(s => s.Status is SessionStatus.Hold or SessionStatus.Tentative))
        {
            try
            {
                await confirmation.ConfirmAsync(session, ct);
            }
            catch (Exception ex) when (ex.IsRefusal())
            {
                // The staff's refusal names who holds the time and what to do about them: none of the client's business.
                throw new ConflictException("session_unavailable",
                    "The session of {0} cannot be confirmed now (the time is held or taken, or the hold expired): ask the studio.",
                    StudioTime.When(session.StartsAt, session.EndsAt, studio.Calendar));
            }
        }

        // Answered under the quote's lock: of two acceptances at once, the second finds it accepted.
        await locks.RunExclusiveAsync([quote.Id], async () =>
        {
            quote = await quotes.MineAsync(user, command.Id, ct, forUpdate: true);
            quote.Accept(now, studio.Calendar.DateOf(now));
            await quotes.SaveChangesAsync(ct);
        }, ct);
        var view = await views.OneAsync(quote, ct);
        await notices.TellAsync(text => (text["Manager.QuoteAcceptedSubject", quote.Number, view.Client],
            text["Manager.QuoteAccepted", view.Client, quote.Number, Currencies.Text(quote.Gross, quote.Currency, studio.Culture)] +
            (held.Count == 0 ? "." : text["Manager.SessionsConfirmed", held.Count].Value)), CancellationToken.None);
        return view;
    }
}

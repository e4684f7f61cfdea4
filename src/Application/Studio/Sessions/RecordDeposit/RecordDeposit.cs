using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Studio.Invoices;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions.RecordDeposit;

/// <summary>
/// Records a deposit received for a session (all or part; never more than its price): once paid, its due time releases
/// nothing, and the invoice that bills the session counts it as paid. Under the room's lock, the one the timed work
/// takes, so a deposit recorded as it falls due either stops the release or comes after it (409).
/// </summary>
[RequiresAccess(Access.ManageStudioData)]
public sealed record RecordDepositCommand(Guid SessionId, decimal Amount, PaymentMethod? Method, DateOnly PaidOn, string? Reference = null) : ICommand<SessionDto>;

public sealed class RecordDepositCommandHandler(
    IRepository<Session> sessions, IReadRepository<Invoice> invoices, IReadRepository<StudioSettings> settings, IResourceLocks locks, TimeProvider clock)
    : ICommandHandler<RecordDepositCommand, SessionDto>
{
    public async ValueTask<SessionDto> Handle(RecordDepositCommand command, CancellationToken ct)
    {
        var studio = await settings.GetStudioSettingsAsync(ct);
        ReceivedPayments.EnsureReceived(command.PaidOn, studio.Calendar.DateOf(clock.GetUtcNow()));
        var found = await sessions.GetOrThrowAsync(command.SessionId, ct);
        if ((await invoices.ListAsync(new InvoicesOfSessionsSpec([found.Id]), ct)).FirstOrDefault(i => i.Status != InvoiceStatus.Draft) is { } issued)
            throw new ConflictException("session_invoiced", "The session is on invoice {0}: record the payment on the invoice.", issued.Number);
        var roomId = found.RoomId;
        sessions.Forget(found); // read again under the lock, as it is then
        Session session = null!;
        await locks.RunExclusiveAsync([roomId], async () =>
        {
            session = await sessions.GetOrThrowAsync(command.SessionId, ct);
            session.RecordDeposit(command.Amount, command.Method!.Value, command.PaidOn, command.Reference, studio.Culture);
            await sessions.SaveChangesAsync(ct);
        }, ct);
        return session.Adapt<SessionDto>();
    }
}

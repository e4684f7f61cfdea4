using Ardalis.Specification;
using Mediator;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Resources;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Portal.GetMySessionCalendarFile;

/// <summary>
/// One of the client's own sessions as an .ics file ("add to calendar"): the same event — same UID — as their calendar
/// feed and the invitations, so a calendar that has it already updates it rather than adding a second one.
/// </summary>
[RequiresAccess(Access.Portal)]
public sealed record GetMySessionCalendarFileQuery(Guid SessionId) : IQuery<string>;

public sealed class ClientSessionSpec : Specification<Session>, ISingleResultSpecification<Session>
{
    public ClientSessionSpec(Guid clientId, Guid sessionId) =>
        // Only what is in the schedule: a cancelled session must not be added back to a calendar.
        Query.Where(s => s.Id == sessionId && s.ClientId == clientId).Where(SessionStatusRules.InSchedule).AsNoTracking();
}

public sealed class GetMySessionCalendarFileQueryHandler(
    IReadRepository<Session> sessions,
    IReadRepository<StudioSettings> settings,
    SessionNames names,
    ITenantContext tenant,
    ICurrentUser user,
    ICalendarFileWriter writer,
    ClientLanguage language) : IQueryHandler<GetMySessionCalendarFileQuery, string>
{
    public async ValueTask<string> Handle(GetMySessionCalendarFileQuery query, CancellationToken ct)
    {
        // Another client's session is as unknown as no session.
        var session = await sessions.FirstOrDefaultAsync(new ClientSessionSpec(user.RequireClientId(), query.SessionId), ct)
            ?? throw new NotFoundException("Session", query.SessionId);
        var studio = tenant.Tenant ?? throw TenantUnavailableException.StudioRequired();
        var named = await names.ForAsync([session], ct, session.ClientId);
        using var reading = Languages.Use(await language.OfAsync(session.ClientId, ct)); // as their feed and their documents
        // The studio as it names itself in its settings, and where it is.
        var (name, address) = await settings.GetStudioSettingsAsync(ct) is var own ? (own.StudioName, own.Address) : default;
        var location = string.Join(", ", new[] { named.Room(session.RoomId), name, address?.ReplaceLineEndings(", ") }.Where(p => !string.IsNullOrWhiteSpace(p)));
        var description = named.Engineer(session.EngineerId) is { } engineer ? Text.Say("Engineer: {0}", engineer) : null;
        var item = new CalendarFileEvent($"{session.Id}@{studio.Subdomain}", session.StartsAt, session.EndsAt, Text.Say("{0} at {1}", session.Title ?? Text.Say("Session"), name),
            location, description, session.Sequence, Tentative: session.Status is SessionStatus.Hold or SessionStatus.Tentative);
        return writer.Write(new CalendarFile(name, [item]));
    }
}

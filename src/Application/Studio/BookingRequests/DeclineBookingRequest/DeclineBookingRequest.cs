using Mediator;
using Microsoft.Extensions.Logging;
using RecordingStudio.Application.Resources;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Common;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.BookingRequests.DeclineBookingRequest;

/// <summary>Declines a request with a message the client reads in the portal and by e-mail.</summary>
[RequiresAccess(Access.ManageSessions)]
public sealed record DeclineBookingRequestCommand(Guid Id, [property: FreeText] string? Message) : ICommand<BookingRequestDto>;

public sealed class DeclineBookingRequestCommandHandler(
    IRepository<BookingRequest> requests,
    IReadRepository<Client> clients,
    IReadRepository<StudioSettings> settings,
    IEmailSender email,
    IAccountDirectory accounts,
    ITenantContext tenant,
    Microsoft.Extensions.Localization.IStringLocalizer<Resources.Text> text,
    BookingRequestViews views,
    TimeProvider clock,
    ILogger<DeclineBookingRequestCommandHandler> logger) : ICommandHandler<DeclineBookingRequestCommand, BookingRequestDto>
{
    public async ValueTask<BookingRequestDto> Handle(DeclineBookingRequestCommand command, CancellationToken ct)
    {
        var request = await requests.GetOrThrowAsync(command.Id, ct);
        request.Decline(command.Message!, clock.GetUtcNow());
        await requests.SaveChangesAsync(ct);
        await TellClientAsync(request, CancellationToken.None);
        return (await views.ViewAsync([request], ct))[0];
    }

    private async Task TellClientAsync(BookingRequest request, CancellationToken ct)
    {
        try
        {
            if (await clients.GetByIdAsync(request.ClientId, ct) is not { Email: { } address }) return;
            var studio = await settings.GetStudioSettingsAsync(ct);
            EmailMessage message;
            using (Languages.Use(await accounts.LanguageOfAsync(address, tenant.Tenant, ct)))
            {
                var when = StudioTime.When(request.StartsAt, request.EndsAt, studio.Calendar);
                message = new EmailMessage(address, text["Email.RequestDeclinedSubject", when],
                    text["Email.RequestDeclined", studio.StudioName, when, studio.TimeZone, request.Response ?? ""]);
            }
            await email.SendAsync(message, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not tell the client that booking request {Request} was declined", request.Id);
        }
    }
}

using Mediator;
using Microsoft.AspNetCore.Mvc;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Engineers;
using RecordingStudio.Application.Studio.Engineers.CreateEngineer;
using RecordingStudio.Application.Studio.Engineers.GetEngineers;
using RecordingStudio.Application.Studio.Engineers.UpdateEngineer;

namespace RecordingStudio.WebApi.Pages.Engineers;

/// <summary>Engineers; Managers and Owners add them and take them out of (or back into) service.</summary>
public sealed class EngineersModel(ISender sender, ICurrentUser user) : StudioPageModel(sender)
{
    [BindProperty] public CreateEngineerCommand NewEngineer { get; set; } = Blank;

    public IReadOnlyList<EngineerDto> Engineers { get; private set; } = [];
    public bool CanManage => user.Role?.Grants(Access.ManageStudioData) == true;

    private static readonly CreateEngineerCommand Blank = new("", null, 0);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        ModelState.Clear();
        if (await TrySendAsync(NewEngineer, nameof(NewEngineer)) is { } engineer) return RedirectWithNotice(T["Notice.Added", engineer.Name]);
        await LoadAsync();
        return Page();
    }

    /// <summary>An inactive engineer keeps their sessions but takes no new bookings.</summary>
    public async Task<IActionResult> OnPostToggleAsync(Guid id)
    {
        ModelState.Clear();
        NewEngineer = Blank;
        await LoadAsync();
        if (Engineers.FirstOrDefault(e => e.Id == id) is not { } engineer) return NotFound();
        if (await TrySendAsync(new UpdateEngineerCommand(engineer.Id, engineer.Name, engineer.Email, engineer.HourlyRate, !engineer.IsActive)) is { } updated)
            return RedirectWithNotice(updated.IsActive ? T["Rooms.BackInService", updated.Name] : T["Rooms.OutOfService", updated.Name]);
        return Page();
    }

    private async Task LoadAsync() => Engineers = (await Sender.Send(new GetEngineersQuery(IncludeInactive: true, PageSize: Paging.MaxPageSize), HttpContext.RequestAborted)).Items;
}

using Mediator;
using Microsoft.AspNetCore.Mvc;
using RecordingStudio.Application.Studio.Engineers;
using RecordingStudio.Application.Studio.Engineers.GetEngineer;
using RecordingStudio.Application.Studio.Engineers.UpdateEngineer;

namespace RecordingStudio.WebApi.Pages.Engineers;

/// <summary>An engineer's details, edited by Managers and Owners (UpdateEngineerCommand checks the role).</summary>
public sealed class EngineerModel(ISender sender) : StudioPageModel(sender)
{
    [BindProperty] public UpdateEngineerCommand Details { get; set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await FindEngineerAsync(id) is not { } engineer) return NotFound();
        Details = new UpdateEngineerCommand(engineer.Id, engineer.Name, engineer.Email, engineer.HourlyRate, engineer.IsActive);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        ModelState.Clear();
        if (await FindEngineerAsync(id) is null) return NotFound();
        if (await TrySendAsync(Details with { Id = id }, nameof(Details)) is { } saved) return RedirectWithNotice(T["Notice.Saved", saved.Name], new { id });
        return Page();
    }

    private Task<EngineerDto?> FindEngineerAsync(Guid id) => FindAsync(new GetEngineerQuery(id));
}

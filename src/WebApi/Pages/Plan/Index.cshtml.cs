using Mediator;
using Microsoft.AspNetCore.Mvc;
using RecordingStudio.Application.Platform.Plans;
using RecordingStudio.Application.Platform.Plans.GetPlans;
using RecordingStudio.Application.Platform.Plans.RequestPlan;
using RecordingStudio.Domain.Accounts;

namespace RecordingStudio.WebApi.Pages.Plan;

/// <summary>
/// The studio's plan: what the trial allows and until when, what still works once it has ended (reading), and the
/// plans an Owner may ask for (the platform's operator is told and sets it).
/// </summary>
public sealed class PlanModel(ISender sender) : StudioPageModel(sender)
{
    public StudioPlanDto Studio { get; private set; } = null!;
    public bool IsOwner => User.IsInRole(nameof(AccountRole.Owner));

    public PlanDto? Current => Studio.Plans.FirstOrDefault(p => p.Name == Studio.Plan);

    /// <summary>"4 of 3", or the count alone where the plan sets no limit.</summary>
    public string InUse(int used, int? allowed) => allowed is { } most ? T["Plan.OfLimit", used, most] : used.ToString(System.Globalization.CultureInfo.CurrentCulture);
    public PlanDto? Requested => Studio.Plans.FirstOrDefault(p => p.Name == Studio.RequestedPlan);

    /// <summary>A plan's name in the page's language when the resources have it ("Essai"), else the catalog's title.</summary>
    public string Title(string name, string? title) => T["PlanName." + name] is { ResourceNotFound: false } said ? said.Value : title ?? name;

    public async Task OnGetAsync() => Studio = await Sender.Send(new GetStudioPlanQuery(), HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync(string plan)
    {
        if (await TrySendAsync(new RequestPlanCommand(plan)) is { } asked)
            return RedirectWithNotice(T["Plan.Requested", Title(asked.RequestedPlan!, asked.Plans.FirstOrDefault(p => p.Name == asked.RequestedPlan)?.Title)]);
        await OnGetAsync();
        return Page();
    }
}

using Mediator;
using RecordingStudio.Application.Studio.Settings.SetStudioLanguage;
using Microsoft.AspNetCore.Mvc;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Accounts.ApiKeys;
using RecordingStudio.Application.Accounts.ApiKeys.CreateApiKey;
using RecordingStudio.Application.Accounts.ApiKeys.GetApiKeys;
using RecordingStudio.Application.Accounts.ApiKeys.RevokeApiKey;
using RecordingStudio.Application.Accounts.Staff.ChangeStaffRole;
using RecordingStudio.Application.Accounts.Staff.DeactivateStaff;
using RecordingStudio.Application.Accounts.Staff.GetStaff;
using RecordingStudio.Application.Accounts.Staff.InviteStaff;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Studio.Engineers;
using RecordingStudio.Application.Studio.Engineers.GetEngineers;
using RecordingStudio.Domain.Accounts;

namespace RecordingStudio.WebApi.Pages.Staff;

/// <summary>
/// The Owner's page: staff accounts and API keys (each action is the same command as the API's), and what the assistant
/// and outside agents called — read by the page's script from the assistant's own API, as its panel is, so the pages do
/// not depend on the assistant module.
/// </summary>
public sealed class StaffModel(ISender sender) : StudioPageModel(sender)
{
    [BindProperty] public InviteStaffCommand Invite { get; set; } = new("", "", AccountRole.Manager);
    [BindProperty] public string KeyName { get; set; } = "";
    [BindProperty] public AccountRole KeyRole { get; set; } = AccountRole.Manager;

    public IReadOnlyList<AccountDto> Staff { get; private set; } = [];
    public IReadOnlyList<ApiKeyDto> Keys { get; private set; } = [];
    public IReadOnlyList<EngineerDto> Engineers { get; private set; } = [];
    public CreatedApiKeyDto? NewKey { get; private set; }
    public string? Message { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostInviteAsync()
    {
        ModelState.Clear();
        if (await TrySendAsync(Invite with { EngineerId = Invite.Role == AccountRole.Engineer ? Invite.EngineerId : null }) is { } account)
        {
            Message = T["Staff.InvitationSent", account.Email];
            Invite = new InviteStaffCommand("", "", AccountRole.Manager);
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRoleAsync(Guid id, AccountRole role)
    {
        if (await TrySendAsync(new ChangeStaffRoleCommand(id, role)) is { } account) Message = T["Staff.RoleChanged", account.DisplayName, T["Role." + account.Role]];
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostDeactivateAsync(Guid id)
    {
        if (await TrySendAsync(new DeactivateStaffCommand(id)) is { } account) Message = T["Staff.DeactivatedNotice", account.DisplayName];
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostCreateKeyAsync()
    {
        ModelState.Clear();
        NewKey = await TrySendAsync(new CreateApiKeyCommand(KeyName, KeyRole));
        await LoadAsync();
        return Page();
    }

    /// <summary>The language the studio speaks to whoever has not chosen one; the page is then shown in it.</summary>
    public async Task<IActionResult> OnPostLanguageAsync(string language)
    {
        if (await TrySendAsync(new SetStudioLanguageCommand(language)) is { } set)
            return RedirectWithNotice(T["Staff.LanguageSet", System.Globalization.CultureInfo.GetCultureInfo(set.Language).NativeName]);
        await LoadAsync();
        return Page();
    }

    /// <summary>What the studio speaks now (the catalog's, as this request resolved it).</summary>
    public string StudioLanguage => HttpContext.RequestServices.GetRequiredService<RecordingStudio.Application.Common.Interfaces.ITenantContext>().Tenant?.Language
                                    ?? RecordingStudio.Application.Resources.Languages.Default;

    public async Task<IActionResult> OnPostRevokeAsync(Guid id)
    {
        if (await TryRunAsync(new RevokeApiKeyCommand(id))) Message = T["Staff.KeyRevoked"];
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Staff = (await Sender.Send(new GetStaffQuery(PageSize: Paging.MaxPageSize), ct)).Items;
        Keys = (await Sender.Send(new GetApiKeysQuery(PageSize: Paging.MaxPageSize), ct)).Items;
        Engineers = (await Sender.Send(new GetEngineersQuery(PageSize: Paging.MaxPageSize), ct)).Items;
    }
}

using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RecordingStudio.Application.Common.Exceptions;
using Microsoft.Extensions.Localization;
using RecordingStudio.Application.Resources;
using RecordingStudio.Application.Studio.Settings.GetStudioMoney;
using RecordingStudio.Domain.Studio;
using Microsoft.AspNetCore.Mvc.Filters;

namespace RecordingStudio.WebApi.Pages;

/// <summary>Pages are adapters like the endpoints: they send commands and show what comes back, errors included.</summary>
public abstract class StudioPageModel(ISender sender) : PageModel
{
    protected ISender Sender { get; } = sender;

    /// <summary>The studio's culture for money ("fr-FR"), read before every handler; null writes "65.00 EUR".</summary>
    public string? MoneyCulture { get; private set; }

    /// <summary>The studio's currency ("EUR"), for amounts that do not carry their own (rates).</summary>
    public string Currency { get; private set; } = "";

    /// <summary>An amount as the studio writes it: "65,00 €" in fr-FR.</summary>
    public string Money(decimal amount, string currency) => Currencies.Text(amount, currency, MoneyCulture);

    /// <summary>An amount in the studio's own currency (a rate).</summary>
    public string Money(decimal amount) => Money(amount, Currency);

    /// <summary>An instant on the studio's clock, as pages show times ("until 15:42", not UTC).</summary>
    public DateTimeOffset LocalTime(DateTimeOffset instant) =>
        HttpContext.RequestServices.GetRequiredService<Application.Common.Interfaces.ITenantContext>().Tenant?.OnStudioClock(instant) ?? instant;

    /// <summary>A session as a notice names it — title, client, room, studio time — never by its id.</summary>
    protected string Named(Application.Studio.Sessions.SessionView session) => session.Title is { Length: > 0 } title
        ? T["Sessions.NamedTitled", title, session.Client, session.Room, session.When]
        : T["Sessions.Named", session.Client, session.Room, session.When];

    /// <summary>A hold's place in line as studios say it: "2nd hold", "2e option".</summary>
    public string HoldName(int? rank) => T.HoldName(rank);

    /// <summary>A word from the resources at the start of a label or a heading ("issued" → "Issued", "émise" → "Émise").</summary>
    public string Capital(string word) => word.Length == 0 ? word : char.ToUpper(word[0], System.Globalization.CultureInfo.CurrentCulture) + word[1..];

    /// <summary>The product's words in the language of the request, for notices and errors made here.</summary>
    protected IStringLocalizer<Text> T => HttpContext.RequestServices.GetRequiredService<IStringLocalizer<Text>>();

    /// <summary>
    /// Form values the binder could not read ("abc" for an amount, "31/12/2026" for a date), kept before a handler clears
    /// the model state for the command's own validation: a command is never sent with a default put in their place.
    /// </summary>
    private List<(string Field, string Value)> _unreadable = [];

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        _unreadable = ModelState.Where(e => e.Value is { Errors.Count: > 0, AttemptedValue: { } attempted } && attempted.Length > 0)
            .Select(e => (e.Key, e.Value!.AttemptedValue!)).ToList();
        // Only a studio's pages have a studio to ask (the signup wizard is on the platform's host).
        if (HttpContext.GetEndpoint()?.Metadata.GetMetadata<Infrastructure.HostKindMetadata>()?.Kind == Infrastructure.HostKind.Studio)
            (Currency, MoneyCulture) = await Sender.Send(new GetStudioMoneyQuery(), HttpContext.RequestAborted);
        await next();
    }

    /// <summary>What the last change did, shown once on the page the browser is sent to after it.</summary>
    [TempData] public string? Notice { get; set; }

    /// <summary>
    /// After a change succeeded: say what happened and send the browser to a GET (post/redirect/get), so a refresh
    /// shows the page again instead of sending the form a second time. Refusals stay on the posted page with its values.
    /// </summary>
    protected IActionResult RedirectWithNotice(string notice, object? routeValues = null)
    {
        Notice = notice;
        return RedirectToPage(routeValues);
    }

    /// <summary>
    /// Sends a command; validation errors land on their fields (named <paramref name="form"/>.Property when the form's
    /// fields are bound under a prefix), refusals in the page's error summary.
    /// </summary>
    protected async Task<T?> TrySendAsync<T>(ICommand<T> command, string? form = null)
    {
        if (_unreadable.Count > 0)
        {
            foreach (var (field, value) in _unreadable) ModelState.AddModelError(field, this.T["Form.Unreadable", value]);
            return default;
        }
        try
        {
            return await Sender.Send(command, HttpContext.RequestAborted);
        }
        catch (ValidationException ex)
        {
            foreach (var error in ex.Errors)
                ModelState.AddModelError(form is null ? error.PropertyName : $"{form}.{error.PropertyName}", error.ErrorMessage);
        }
        catch (Exception ex) when (ex.IsRefusal() || ex is ProvisioningFailedException)
        {
            ModelState.AddModelError("", await ExplainAsync(ex));
        }
        return default;
    }

    /// <summary>Reads one thing a page is about (a client, a session); null when the id names nothing in this studio.</summary>
    protected async Task<T?> FindAsync<T>(IQuery<T> query) where T : class
    {
        try
        {
            return await Sender.Send(query, HttpContext.RequestAborted);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    /// <summary>What the page says about a refusal; a page may add what the user can do instead.</summary>
    protected virtual Task<string> ExplainAsync(Exception refusal) => Task.FromResult(refusal.Sentence());

    /// <summary>The same for commands without a result: true when it ran.</summary>
    protected async Task<bool> TryRunAsync(ICommand command) => await TrySendAsync<Unit>(command) is var _ && ModelState.IsValid;
}

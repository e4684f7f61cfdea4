using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RecordingStudio.Application.Common.Interfaces;

namespace RecordingStudio.WebApi.Pages;

/// <summary>The front door: signup on the apex; on a studio, the dashboard, the portal or the sign-in page.</summary>
public sealed class IndexModel(ITenantContext tenant) : PageModel
{
    public IActionResult OnGet() => tenant.Tenant is null ? Redirect("/signup")
        : User.FindFirstValue(ClaimTypes.Role) switch
        {
            "Owner" or "Manager" or "Engineer" => Redirect("/dashboard"),
            "Client" => Redirect("/client/sessions"),
            _ => Redirect("/login"),
        };
}

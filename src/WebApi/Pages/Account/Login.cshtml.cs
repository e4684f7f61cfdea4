using Mediator;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.WebApi.Security;

namespace RecordingStudio.WebApi.Pages.Account;

public sealed class LoginModel(ISender sender, StudioSignIn signIn, ITenantContext tenant) : SignInPageModel(sender, signIn, tenant)
{
    public override bool Portal => false;
    protected override string Home => "/dashboard";
}

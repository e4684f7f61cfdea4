using Mediator;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.WebApi.Pages.Account;
using RecordingStudio.WebApi.Security;

namespace RecordingStudio.WebApi.Pages.Portal;

public sealed class ClientLoginModel(ISender sender, StudioSignIn signIn, ITenantContext tenant) : SignInPageModel(sender, signIn, tenant)
{
    public override bool Portal => true;
    protected override string Home => "/client/sessions";
}

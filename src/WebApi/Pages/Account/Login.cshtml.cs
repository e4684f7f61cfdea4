using Mediator;
using RecordingStudio.WebApi.Security;

namespace RecordingStudio.WebApi.Pages.Account;

public sealed class LoginModel(ISender sender, StudioSignIn signIn) : SignInPageModel(sender, signIn)
{
    protected override bool Portal => false;
    protected override string Home => "/dashboard";
    public override string Heading => "Staff sign-in";
}

using Mediator;
using RecordingStudio.WebApi.Pages.Account;
using RecordingStudio.WebApi.Security;

namespace RecordingStudio.WebApi.Pages.Portal;

public sealed class ClientLoginModel(ISender sender, StudioSignIn signIn) : SignInPageModel(sender, signIn)
{
    protected override bool Portal => true;
    protected override string Home => "/client/sessions";
    public override string Heading => "Your sessions: sign in";
}

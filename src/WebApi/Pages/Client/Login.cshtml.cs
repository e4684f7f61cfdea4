using Mediator;
using RecordingStudio.WebApi.Security;

namespace RecordingStudio.WebApi.Pages.Client;

public sealed class ClientLoginModel(ISender sender, StudioSignIn signIn) : SignInPageModel(sender, signIn)
{
    protected override bool Portal => true;
    protected override string Home => "/client/sessions";
    public override string Heading => "Your sessions: sign in";
}

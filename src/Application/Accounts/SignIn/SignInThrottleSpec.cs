using Ardalis.Specification;
using RecordingStudio.Domain.Accounts;

namespace RecordingStudio.Application.Accounts.SignIn;

public sealed class SignInThrottleSpec : SingleResultSpecification<SignInThrottle>
{
    public SignInThrottleSpec(string email, string clientAddress) =>
        Query.Where(t => t.Email == email && t.ClientAddress == clientAddress);
}

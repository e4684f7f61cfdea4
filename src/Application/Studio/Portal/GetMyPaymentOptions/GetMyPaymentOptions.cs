using Mediator;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Security;

namespace RecordingStudio.Application.Studio.Portal.GetMyPaymentOptions;

/// <summary>Whether the studio takes online payment, so the portal offers "Pay online" only then.</summary>
[RequiresAccess(Access.Portal)]
public sealed record GetMyPaymentOptionsQuery : IQuery<PaymentOptionsDto>;

public sealed record PaymentOptionsDto(bool OnlinePayment);

public sealed class GetMyPaymentOptionsQueryHandler(IOnlinePayments payments) : IQueryHandler<GetMyPaymentOptionsQuery, PaymentOptionsDto>
{
    public ValueTask<PaymentOptionsDto> Handle(GetMyPaymentOptionsQuery query, CancellationToken ct) => ValueTask.FromResult(new PaymentOptionsDto(payments.IsOffered));
}

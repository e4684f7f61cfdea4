using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions;

public sealed record SessionDto(
    Guid Id,
    Guid ClientId,
    Guid RoomId,
    Guid? EngineerId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    SessionStatus Status,
    string? Title,
    string? Notes,
    int? HoldRank = null,
    DateTimeOffset? HoldExpiresAt = null,
    Guid? SeriesId = null,
    SessionPriceDto? Price = null,
    SessionDepositDto? Deposit = null,
    decimal CancellationCharge = 0);

/// <summary>The deposit asked when it was booked, when it is due (null: nothing releases the session), and what was paid.</summary>
public sealed record SessionDepositDto(decimal Amount, DateTimeOffset? DueAt, decimal Paid, bool IsPaid);

/// <summary>A session's price in the studio's currency: net, tax, gross (exact decimals), and how it was reached.</summary>
public sealed record SessionPriceDto(decimal Net, decimal Tax, decimal Gross, string Currency, string Basis);

/// <summary>Sessions keep their price in flat columns; the API shows it as one object.</summary>
public sealed class SessionMapping : Mapster.IRegister
{
    public void Register(Mapster.TypeAdapterConfig config) =>
        config.NewConfig<Session, SessionDto>()
            .Map(d => d.Price, s => new SessionPriceDto(s.PriceNet, s.PriceTax, s.PriceGross, s.Currency, s.PriceBasis))
            .Map(d => d.Deposit, s => s.DepositAmount > 0 || s.DepositPaid > 0
                ? new SessionDepositDto(s.DepositAmount ?? 0, s.DepositDueAt, s.DepositPaid, s.DepositIsPaid) : null);
}

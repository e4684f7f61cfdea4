using Microsoft.EntityFrameworkCore;
using Npgsql;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Domain.Accounts;

namespace RecordingStudio.Infrastructure.Persistence.Studio;

/// <summary>
/// One INSERT … ON CONFLICT DO UPDATE … RETURNING per attempt: PostgreSQL serialises attempts on the counter's row,
/// so no two parallel attempts read the same count (a read-then-write in EF lost updates and raced on the first insert).
/// </summary>
public sealed class SignInAttemptCounter(StudioDbContext db) : ISignInAttemptCounter
{
    private const string Count = """
        INSERT INTO sign_in_throttles AS t (id, email, client_address, failures, locked_until, last_failure_at)
        VALUES (@id, @email, @address, 1, CASE WHEN @max <= 1 THEN @lock_end END, @now)
        ON CONFLICT (email, client_address) DO UPDATE SET
            failures = CASE WHEN t.locked_until <= @now THEN 1 ELSE t.failures + 1 END,
            locked_until = CASE
                WHEN t.locked_until > @now THEN t.locked_until
                WHEN t.locked_until <= @now THEN CASE WHEN @max <= 1 THEN @lock_end END
                WHEN t.failures + 1 >= @max THEN @lock_end
            END,
            last_failure_at = @now
        RETURNING failures, locked_until
        """;

    public async Task<SignInAttempt> CountAsync(string email, string clientAddress, DateTimeOffset now, CancellationToken ct)
    {
        // On the context's own connection, so the request's lease on the studio's pool is used (and released) as usual.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = new NpgsqlCommand(Count, (NpgsqlConnection)db.Database.GetDbConnection());
            command.Parameters.AddWithValue("id", Guid.CreateVersion7());
            command.Parameters.AddWithValue("email", email);
            command.Parameters.AddWithValue("address", clientAddress);
            command.Parameters.AddWithValue("max", SignInThrottle.MaxFailures);
            command.Parameters.AddWithValue("now", now);
            command.Parameters.AddWithValue("lock_end", now + SignInThrottle.LockoutDuration);
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            return new SignInAttempt(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public Task ResetAsync(string email, string clientAddress, CancellationToken ct) =>
        db.SignInThrottles.Where(t => t.Email == email && t.ClientAddress == clientAddress).ExecuteDeleteAsync(ct);

    public Task<int> ClearAsync(string email, CancellationToken ct) =>
        db.SignInThrottles.Where(t => t.Email == email).ExecuteDeleteAsync(ct);
}

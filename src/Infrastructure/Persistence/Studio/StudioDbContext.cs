using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using RecordingStudio.Domain.Accounts;
using RecordingStudio.Domain.Assistant;
using RecordingStudio.Domain.Studio;
using RecordingStudio.Infrastructure.Identity;

namespace RecordingStudio.Infrastructure.Persistence.Studio;

/// <summary>
/// One studio's database, including its accounts (ASP.NET Core Identity). Created per request on the connection of the
/// resolved studio; never pooled.
/// </summary>
public sealed class StudioDbContext(DbContextOptions<StudioDbContext> options) : IdentityUserContext<StudioUser, Guid>(options)
{
    public DbSet<Client> Clients => Set<Client>();
    public DbSet<Room> Rooms => Set<Room>();
    public DbSet<Engineer> Engineers => Set<Engineer>();
    public DbSet<Session> Sessions => Set<Session>();
    public DbSet<SessionSeries> SessionSeries => Set<SessionSeries>();
    public DbSet<BookingRequest> BookingRequests => Set<BookingRequest>();
    public DbSet<Invoice> Invoices => Set<Invoice>();
    public DbSet<CreditNote> CreditNotes => Set<CreditNote>();
    public DbSet<Quote> Quotes => Set<Quote>();
    public DbSet<InvoiceNumberSequence> InvoiceNumberSequences => Set<InvoiceNumberSequence>();
    public DbSet<StudioSettings> Settings => Set<StudioSettings>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();
    public DbSet<SignInThrottle> SignInThrottles => Set<SignInThrottle>();
    public DbSet<AssistantMessage> AssistantMessages => Set<AssistantMessage>();
    public DbSet<PendingAction> PendingActions => Set<PendingAction>();
    public DbSet<AssistantAuditEntry> AssistantAudit => Set<AssistantAuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.HasPostgresExtension("btree_gist");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(StudioDbContext).Assembly,
            type => type.Namespace == typeof(Configurations.SessionConfiguration).Namespace);
    }
}

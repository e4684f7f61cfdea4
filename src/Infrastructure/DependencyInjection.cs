using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Infrastructure.Email;
using RecordingStudio.Infrastructure.Identity;
using RecordingStudio.Infrastructure.Persistence;
using RecordingStudio.Infrastructure.Persistence.Platform;
using RecordingStudio.Infrastructure.Persistence.Studio;
using RecordingStudio.Infrastructure.Tenancy;

namespace RecordingStudio.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TenancyOptions>().Bind(configuration.GetSection(TenancyOptions.Section));
        services.AddMemoryCache();
        services.AddSingleton<DatabaseServers>();
        services.AddSingleton<TenantDataSourceRegistry>();

        services.AddScoped<TenantContext>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());
        services.AddSingleton<TenantResolver>();
        services.AddScoped<TenantScope>();
        services.AddSingleton<SharedRateLimits>();
        services.AddSingleton<AppInstances>();
        services.AddSingleton<SpareDatabases>();
        services.AddSingleton<ITenantCache>(sp => sp.GetRequiredService<TenantResolver>());

        services.AddDbContext<PlatformDbContext>(options => options
            .UseNpgsql(DatabaseServers.PlatformPooled(configuration))
            .UseSnakeCaseNamingConvention()
            .QuietFailures());

        // The studio context is built per scope on the studio's pool, leased when the scope entered the studio.
        services.AddScoped(sp => sp.GetRequiredService<TenantContext>().Lease
            ?? throw TenantUnavailableException.StudioRequired());
        services.AddDbContext<StudioDbContext>((sp, options) =>
            StudioDbContextOptions.Configure(options, sp.GetRequiredService<TenantDataSourceRegistry.Lease>().DataSource.CreateConnection()));

        services.AddScoped(typeof(IRepository<>), typeof(EfRepository<>));
        services.AddScoped(typeof(IReadRepository<>), typeof(EfRepository<>));
        services.AddScoped<IResourceLocks, Persistence.Studio.AdvisoryResourceLocks>();
        services.AddScoped<IInvoiceNumbers, Persistence.Studio.InvoiceNumbers>();
        services.AddScoped<IRevenueFigures, Persistence.Studio.RevenueFigures>();
        services.AddScoped<ISignInAttemptCounter, Persistence.Studio.SignInAttemptCounter>();
        services.AddScoped<TenantSchemaMigrator>();
        services.AddScoped<ITenantSchemaMigrator>(sp => sp.GetRequiredService<TenantSchemaMigrator>());
        services.AddScoped<ITenantDatabaseProvisioner, TenantDatabaseProvisioner>();
        services.AddSingleton<ITenantBackup, PgDumpTenantBackup>();
        services.AddScoped<IPlatformDiagnostics, PlatformDiagnostics>();
        services.AddScoped<IStudioActivity, StudioActivity>();
        services.AddScoped<IDueWork, Background.PlatformDueWork>();
        services.AddAccounts(configuration);
        // The product's words (Application/Resources), for what is written outside a web request too (the CLI's e-mails).
        services.AddLocalization();
        services.AddSingleton(new Application.Platform.Plans.RequestPlan.PlatformContact(configuration["Platform:OperatorEmail"]));
        services.AddSingleton(new Application.Assistant.AssistantOptions(
            TimeSpan.FromMinutes(configuration.GetValue("Assistant:PendingActionMinutes", Domain.Assistant.PendingAction.DefaultLifetime.TotalMinutes))));
        services.AddSingleton<Assistant.AiProviders>();
        services.AddSingleton<Assistant.AiHttpTransport>();
        services.AddScoped<Assistant.StudioAssistantPlugin>();
        services.AddScoped<Application.Assistant.IAgentToolbox, Assistant.AgentToolbox>();
        services.AddScoped<Assistant.FunctionFailures>();
        services.AddScoped<IAssistantModel, Assistant.SemanticKernelAssistantModel>();
        return services;
    }

    /// <summary>ASP.NET Core Identity on the studio database, shared by the API (sign-in) and the CLI (accounts).</summary>
    private static void AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        // Every API instance and the CLI read each other's cookies, tokens and one-time links: one application name,
        // one key ring, kept in the platform database.
        services.AddDataProtection().SetApplicationName("RecordingStudioManager").PersistKeysToDbContext<PlatformDbContext>();

        services.AddIdentityCore<StudioUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.User.AllowedUserNameCharacters = "";
                options.Password.RequiredLength = Application.Accounts.Passwords.PasswordRules.MinLength;
                // Length over composition rules (NIST SP 800-63B); the validators say the same.
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                // Lockout is counted per e-mail and client address by SignInThrottle, known e-mail or not.
                options.Lockout.AllowedForNewUsers = false;
            })
            .AddEntityFrameworkStores<StudioDbContext>()
            .AddDefaultTokenProviders();
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.FromDays(3));
        services.AddScoped<IAccountDirectory, AccountDirectory>();
        services.AddSingleton<IStudioLinks, StudioLinks>();
        services.AddSingleton<ICalendarFileWriter, Calendar.IcalCalendarFileWriter>();
        services.AddSingleton<IInvoiceDocuments, Documents.PdfInvoiceDocuments>();
        services.AddScoped<IOnlinePayments, Payments.StripeOnlinePayments>();
        services.AddSingleton<IRecurrenceRules, Calendar.IcalRecurrenceRules>();

        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section));
        if (string.IsNullOrEmpty(configuration[$"{EmailOptions.Section}:{nameof(EmailOptions.SmtpHost)}"]))
            services.AddSingleton<OutboxEmailSender>().AddSingleton<IEmailSender>(sp => new CountingEmailSender(sp.GetRequiredService<OutboxEmailSender>()));
        else
            services.AddSingleton<SmtpEmailSender>().AddSingleton<IEmailSender>(sp => new CountingEmailSender(sp.GetRequiredService<SmtpEmailSender>()));
    }
}

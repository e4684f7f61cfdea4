using FluentValidation;
using Mapster;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using RecordingStudio.Application.Common.Behaviours;

namespace RecordingStudio.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        // The pipeline every command and query runs through, outermost first (registration order is pipeline order).
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Scoped, includeInternalTypes: true);
        // FluentValidation writes its standard messages in the request's language (ours are said by Text.Say); the field
        // they name is said in that language too.
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : Common.Validation.FieldNames.Say(member.Name);
        TypeAdapterConfig.GlobalSettings.Scan(typeof(DependencyInjection).Assembly);
        services.AddScoped<Studio.Sessions.BookingConflictChecker>();
        services.AddScoped<Platform.Tenants.TenantProvisioning>();
        services.AddScoped<Platform.Tenants.TenantChanges>();
        services.AddScoped<Assistant.AssistantTurn>();
        services.AddScoped<Assistant.TurnRecords>();
        services.AddScoped<Common.Plans.PlanAllowance>();
        services.AddScoped<Common.Plans.PlanUsage>();
        services.AddScoped<Studio.StudioTime>();
        services.AddScoped<Studio.StudioNames>();
        services.AddScoped<Studio.ManagerNotices>();
        services.AddScoped<Studio.Sessions.SessionViews>();
        services.AddScoped<Studio.Sessions.OverlapExplanations>();
        services.AddScoped<Studio.Sessions.SessionNotifications>();
        services.AddScoped<Studio.Sessions.SessionNames>();
        services.AddScoped<Studio.Sessions.Holds.HoldQueue>();
        services.AddScoped<Studio.Sessions.Timers.SessionTimers>();
        services.AddScoped<Studio.Sessions.SessionBooking>();
        services.AddScoped<Studio.Sessions.SessionConfirmation>();
        services.AddScoped<Studio.BookingRequests.BookingRequestViews>();
        services.AddScoped<Studio.Invoices.InvoiceViews>();
        services.AddScoped<Studio.Invoices.InvoicePdfs>();
        services.AddScoped<Studio.Clients.ClientLanguage>();
        services.AddScoped<Studio.Quotes.QuoteViews>();
        services.AddScoped<Assistant.ExplicitCommands>();
        services.AddScoped<Assistant.PendingActionExecutor>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}

using System.CommandLine;
using System.Text.Json;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Accounts.Staff.CreateStaffAccount;
using RecordingStudio.Application.Accounts.Staff.DeactivateStaff;
using RecordingStudio.Application.Accounts.Staff.GetStaff;
using RecordingStudio.Application.Accounts.Staff.ResetPassword;
using RecordingStudio.Application.Accounts.Staff.UnlockSignIn;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Domain.Accounts;

namespace RecordingStudio.Cli.Commands;

/// <summary>`rsm staff list|create|unlock|reset-password|deactivate --tenant S`: a studio's accounts, for the help desk.</summary>
public static class StaffCommands
{
    public static Command Build(CliContext context)
    {
        var staff = new Command("staff", "A studio's staff accounts.");
        Option<string> Tenant() => new("--tenant") { Description = "The studio's subdomain", Required = true };

        var listTenant = Tenant();
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table" };
        var list = new Command("list", "List the staff accounts.") { listTenant, json };
        list.SetAction((parse, ct) => context.RunInStudioAsync(parse.GetValue(listTenant)!, async sender =>
        {
            var accounts = (await sender.Send(new GetStaffQuery(PageSize: Paging.MaxPageSize), ct)).Items;
            if (parse.GetValue(json)) await context.Output.WriteLineAsync(JsonSerializer.Serialize(accounts, TenantsCommands.Json));
            else
            {
                ConsoleTables.Write(context.Output, ["E-MAIL", "NAME", "ROLE", "STATE"], accounts.Select(a => (IReadOnlyList<string>)
                    [a.Email, a.DisplayName, a.Role.ToString(), a.IsActive ? a.HasPassword ? "active" : "invited" : "deactivated"]));
            }
            return 0;
        }, ct));

        var createTenant = Tenant();
        var email = new Option<string>("--email") { Required = true };
        var name = new Option<string>("--name") { Required = true };
        var role = new Option<AccountRole>("--role") { DefaultValueFactory = _ => AccountRole.Manager, Description = "Owner, Manager or Engineer" };
        role.HelpName = "Owner|Manager|Engineer"; // not Client: clients are invited from their record
        var password = new Option<string>("--password") { Required = true, Description = "At least 10 characters" };
        var engineer = new Option<Guid?>("--engineer-id") { Description = "The engineer record (Engineer role)" };
        var create = new Command("create", "Create a staff account with a password.") { createTenant, email, name, role, password, engineer };
        create.SetAction((parse, ct) => context.RunInStudioAsync(parse.GetValue(createTenant)!, async sender =>
        {
            var account = await sender.Send(new CreateStaffAccountCommand(parse.GetValue(email)!, parse.GetValue(name)!, parse.GetValue(role),
                parse.GetValue(password)!, parse.GetValue(engineer)), ct);
            await context.Output.WriteLineAsync($"Created {account.Role} {account.Email}.");
            return 0;
        }, ct));

        var unlockTenant = Tenant();
        var unlockEmail = new Option<string>("--email") { Required = true };
        var unlock = new Command("unlock", "Lift a sign-in lockout.") { unlockTenant, unlockEmail };
        unlock.SetAction((parse, ct) => context.RunInStudioAsync(parse.GetValue(unlockTenant)!, async sender =>
        {
            var cleared = await sender.Send(new UnlockSignInCommand(parse.GetValue(unlockEmail)!), ct);
            await context.Output.WriteLineAsync(cleared == 0 ? "No lockout or failed attempts to clear." : $"Cleared {cleared} sign-in counter(s).");
            return 0;
        }, ct));

        var resetTenant = Tenant();
        var resetEmail = new Option<string>("--email") { Required = true };
        var newPassword = new Option<string>("--password") { Required = true, Description = "The new password (at least 10 characters)" };
        var reset = new Command("reset-password", "Set a new password; existing sign-ins end.") { resetTenant, resetEmail, newPassword };
        reset.SetAction((parse, ct) => context.RunInStudioAsync(parse.GetValue(resetTenant)!, async sender =>
        {
            var account = await sender.Send(new ResetPasswordCommand(parse.GetValue(resetEmail)!, parse.GetValue(newPassword)!), ct);
            await context.Output.WriteLineAsync($"New password set for {account.Email}.");
            return 0;
        }, ct));

        var deactivateTenant = Tenant();
        var deactivateEmail = new Option<string>("--email") { Required = true };
        var deactivate = new Command("deactivate", "End an account's access.") { deactivateTenant, deactivateEmail };
        deactivate.SetAction((parse, ct) => context.RunInStudioAsync(parse.GetValue(deactivateTenant)!, async sender =>
        {
            var wanted = parse.GetValue(deactivateEmail)!.Trim().ToLowerInvariant();
            var account = (await sender.Send(new GetStaffQuery(PageSize: Paging.MaxPageSize), ct)).Items.FirstOrDefault(a => a.Email == wanted)
                ?? throw new NotFoundException("Staff account", wanted);
            await sender.Send(new DeactivateStaffCommand(account.Id), ct);
            await context.Output.WriteLineAsync($"{account.Email} can no longer sign in.");
            return 0;
        }, ct));

        foreach (var command in new[] { list, create, unlock, reset, deactivate }) staff.Subcommands.Add(command);
        return staff;
    }
}

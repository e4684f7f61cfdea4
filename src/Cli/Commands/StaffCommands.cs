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

/// <summary>`rsm staff list|create|unlock|reset-password|deactivate --studio S`: a studio's accounts, for the help desk.</summary>
public static class StaffCommands
{
    public static Command Build(CliContext context)
    {
        var staff = new Command("staff", "A studio's staff accounts.");

        var listStudio = StudioOption.Required();
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table" };
        var list = new Command("list", "List the staff accounts.") { listStudio, json };
        list.SetAction((parse, ct) => context.RunInStudioAsync(parse.GetValue(listStudio)!, async sender =>
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

        var createStudio = StudioOption.Required();
        var email = new Option<string>("--email") { Required = true };
        var name = new Option<string>("--name") { Required = true };
        var role = new Option<AccountRole>("--role") { DefaultValueFactory = _ => AccountRole.Manager, Description = "Owner, Manager or Engineer" };
        role.HelpName = "Owner|Manager|Engineer"; // not Client: clients are invited from their record
        var password = new Option<string>("--password") { Required = true, Description = "At least 10 characters" };
        var engineer = new Option<Guid?>("--engineer-id") { Description = "The engineer record (Engineer role)" };
        var create = new Command("create", "Create a staff account with a password.") { createStudio, email, name, role, password, engineer };
        create.SetAction((parse, ct) => context.RunInStudioAsync(parse.GetValue(createStudio)!, async sender =>
        {
            var account = await sender.Send(new CreateStaffAccountCommand(parse.GetValue(email)!, parse.GetValue(name)!, parse.GetValue(role),
                parse.GetValue(password)!, parse.GetValue(engineer)), ct);
            await context.Output.WriteLineAsync($"Created {account.Role} {account.Email}.");
            return 0;
        }, ct));

        var unlockStudio = StudioOption.Required();
        var unlockEmail = new Option<string>("--email") { Required = true };
        var unlock = new Command("unlock", "Lift a sign-in lockout.") { unlockStudio, unlockEmail };
        unlock.SetAction((parse, ct) => context.RunInStudioAsync(parse.GetValue(unlockStudio)!, async sender =>
        {
            var cleared = await sender.Send(new UnlockSignInCommand(parse.GetValue(unlockEmail)!), ct);
            await context.Output.WriteLineAsync(cleared == 0 ? "No lockout or failed attempts to clear." : $"Cleared {cleared} sign-in counter(s).");
            return 0;
        }, ct));

        var resetStudio = StudioOption.Required();
        var resetEmail = new Option<string>("--email") { Required = true };
        var newPassword = new Option<string>("--password") { Required = true, Description = "The new password (at least 10 characters)" };
        var reset = new Command("reset-password", "Set a new password; existing sign-ins end.") { resetStudio, resetEmail, newPassword };
        reset.SetAction((parse, ct) => context.RunInStudioAsync(parse.GetValue(resetStudio)!, async sender =>
        {
            var account = await sender.Send(new ResetPasswordCommand(parse.GetValue(resetEmail)!, parse.GetValue(newPassword)!), ct);
            await context.Output.WriteLineAsync($"New password set for {account.Email}.");
            return 0;
        }, ct));

        var deactivateStudio = StudioOption.Required();
        var deactivateEmail = new Option<string>("--email") { Required = true };
        var deactivate = new Command("deactivate", "End an account's access.") { deactivateStudio, deactivateEmail };
        deactivate.SetAction((parse, ct) => context.RunInStudioAsync(parse.GetValue(deactivateStudio)!, async sender =>
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

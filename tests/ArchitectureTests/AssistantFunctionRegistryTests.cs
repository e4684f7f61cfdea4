using System.Reflection;
using System.Runtime.CompilerServices;
using RecordingStudio.Application.Assistant;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Clients.CountClients;
using RecordingStudio.Domain.Accounts;
using RecordingStudio.Infrastructure.Assistant;

namespace RecordingStudio.ArchitectureTests;

/// <summary>The assistant's functions are listed once, in <see cref="AssistantFunctions"/>; everything else follows from it.</summary>
public sealed class AssistantFunctionRegistryTests
{
    [Fact]
    public void Every_function_has_the_access_of_the_message_it_sends_and_is_offered_by_it()
    {
        AssistantFunctions.All.Count.ShouldBeGreaterThanOrEqualTo(14);
        AssistantFunctions.All.Select(f => f.Name).ShouldBeUnique();
        foreach (var function in AssistantFunctions.All)
            function.Access.ShouldBe(function.Message.GetCustomAttribute<RequiresAccessAttribute>()!.Access, function.Name);

        var everyCue = Enum.GetValues<FunctionCue>().ToHashSet();
        foreach (var role in Enum.GetValues<AccountRole>())
            AssistantFunctions.Offered(everyCue, role).Select(f => f.Name).Order().ShouldBe(
                AssistantFunctions.All.Where(f => role.Grants(f.Message.GetCustomAttribute<RequiresAccessAttribute>()!.Access)).Select(f => f.Name).Order(),
                role.ToString());
        AssistantFunctions.Offered(everyCue, AccountRole.Client).ShouldBeEmpty();
        AssistantFunctions.Offered(everyCue, AccountRole.Engineer).Select(f => f.Name).ShouldNotContain("create_client");
    }

    [Fact]
    public void Every_write_is_proposed_and_its_proposal_survives_until_confirmed()
    {
        var writes = AssistantFunctions.All.Where(f => f.Message.Name.EndsWith("Command")).ToList();
        writes.Count.ShouldBeGreaterThanOrEqualTo(4);
        foreach (var write in writes)
        {
            write.IsProposed.ShouldBeTrue(write.Name);
            var command = RuntimeHelpers.GetUninitializedObject(write.Message);
            AssistantFunctions.DeserializeProposal(write.Name, AssistantFunctions.SerializeProposal(write.Name, command))
                .ShouldBeOfType(write.Message);
        }
        AssistantFunctions.All.Where(f => !f.IsProposed).ShouldAllBe(f => f.Message.Name.EndsWith("Query"));
    }

    [Fact]
    public void The_plugin_has_one_method_per_function_and_no_other()
    {
        foreach (var function in AssistantFunctions.All) StudioAssistantPlugin.MethodOf(function.Name).ReturnType.ShouldBe(typeof(Task<string>));
        var bodies = typeof(StudioAssistantPlugin).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.ReturnType == typeof(Task<string>)).Select(m => m.Name).Order();
        bodies.ShouldBe(AssistantFunctions.All.Select(f => StudioAssistantPlugin.MethodOf(f.Name).Name).Order());
    }

    [Fact]
    public void Negative_control_a_read_cannot_be_proposed_and_an_unknown_function_has_no_body()
    {
        Should.Throw<InvalidOperationException>(() => AssistantFunctions.SerializeProposal("count_clients", new CountClientsQuery()));
        Should.Throw<InvalidOperationException>(() => AssistantFunctions.SerializeProposal("cancel_session", new CountClientsQuery()));
        Should.Throw<InvalidOperationException>(() => StudioAssistantPlugin.MethodOf("delete_everything"));
        Should.Throw<InvalidOperationException>(() => new AssistantFunction("unguarded", "", typeof(Violations.UnvalidatedCommand), FunctionCue.Reading));
    }
}

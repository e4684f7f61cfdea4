using NetArchTest.Rules;

namespace RecordingStudio.ArchitectureTests;

public sealed class DependencyRuleTests
{
    private static readonly string[] OuterOfDomain =
        ["RecordingStudio.Application", "RecordingStudio.Infrastructure", "RecordingStudio.WebApi", "RecordingStudio.Cli",
         "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Mediator", "FluentValidation", "Npgsql"];

    private static readonly string[] OuterOfApplication =
        ["RecordingStudio.Infrastructure", "RecordingStudio.WebApi", "RecordingStudio.Cli",
         "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Microsoft.SemanticKernel", "Npgsql"];

    private static readonly string[] Persistence = ["Microsoft.EntityFrameworkCore", "Npgsql", "RecordingStudio.Infrastructure.Persistence"];

    [Fact]
    public void Domain_depends_on_nothing_but_the_bcl()
    {
        Rules.MustNotDependOn(Layers.All(Layers.Domain), OuterOfDomain).ShouldBeEmpty();
        Rules.MayOnlyDependOn(Layers.All(Layers.Domain), "System", "RecordingStudio.Domain").ShouldBeEmpty();
    }

    [Fact]
    public void Application_does_not_depend_on_outer_layers_or_frameworks() =>
        Rules.MustNotDependOn(Layers.All(Layers.Application), OuterOfApplication).ShouldBeEmpty();

    [Fact]
    public void Infrastructure_does_not_depend_on_the_hosts() =>
        Rules.MustNotDependOn(Layers.All(Layers.Infrastructure), "RecordingStudio.WebApi", "RecordingStudio.Cli").ShouldBeEmpty();

    [Fact]
    public void No_DbContext_outside_Infrastructure()
    {
        Rules.MustNotDependOn(Layers.All(Layers.WebApi), Persistence).ShouldBeEmpty();
        Rules.MustNotDependOn(Layers.All(Layers.Cli), Persistence).ShouldBeEmpty();
        Rules.MustNotDependOn(Layers.All(Layers.Application), Persistence).ShouldBeEmpty();
    }

    private static readonly string[] BeyondMediator = [.. Persistence, "RecordingStudio.Application.Common.Persistence", "RecordingStudio.Infrastructure"];

    [Fact]
    public void Endpoints_pages_and_cli_commands_use_only_the_mediator()
    {
        Rules.MustNotDependOn(Types.InAssembly(Layers.WebApi).That().ResideInNamespace("RecordingStudio.WebApi.Endpoints"), BeyondMediator).ShouldBeEmpty();
        Rules.MustNotDependOn(Types.InAssembly(Layers.WebApi).That().ResideInNamespace("RecordingStudio.WebApi.Pages"), BeyondMediator).ShouldBeEmpty();
        Rules.MustNotDependOn(Types.InAssembly(Layers.Cli).That().ResideInNamespace("RecordingStudio.Cli.Commands"), BeyondMediator).ShouldBeEmpty();
    }

    [Fact]
    public void The_studio_accounts_and_platform_modules_and_the_pages_do_not_depend_on_the_assistant()
    {
        foreach (var module in new[] { "RecordingStudio.Application.Studio", "RecordingStudio.Application.Accounts", "RecordingStudio.Application.Platform" })
            Rules.MustNotDependOn(Types.InAssembly(Layers.Application).That().ResideInNamespace(module), "RecordingStudio.Application.Assistant")
                .ShouldBeEmpty(module);
        Rules.MustNotDependOn(Types.InAssembly(Layers.WebApi).That().ResideInNamespace("RecordingStudio.WebApi.Pages"), "RecordingStudio.Application.Assistant")
            .ShouldBeEmpty();
    }

    [Fact]
    public void The_assistant_plugin_reaches_the_studio_only_through_the_mediator() =>
        Rules.MustNotDependOn(Types.InAssembly(Layers.Infrastructure).That().HaveName("StudioAssistantPlugin"),
            [.. Persistence, "RecordingStudio.Application.Common.Persistence"]).ShouldBeEmpty();

    [Fact]
    public void Negative_control_a_rule_over_a_namespace_that_holds_nothing_fails() =>
        Rules.MustNotDependOn(Types.InAssembly(Layers.WebApi).That().ResideInNamespace("RecordingStudio.WebApi.NoSuchNamespace"), BeyondMediator)
            .ShouldBe([Rules.NothingSelected]);

    [Fact]
    public void Negative_control_the_allow_list_catches_a_dependency_it_does_not_name() =>
        Rules.MayOnlyDependOn(Layers.Violations, "System", Layers.ViolationsNamespace)
            .ShouldContain("RecordingStudio.ArchitectureTests.Violations.UnsealedCommandHandler");

    [Fact]
    public void Negative_control_the_dependency_rules_catch_a_type_that_uses_the_database()
    {
        Rules.MustNotDependOn(Layers.Violations, OuterOfApplication).ShouldContain("RecordingStudio.ArchitectureTests.Violations.EndpointUsingDbContext");
        Rules.MustNotDependOn(Layers.Violations, Persistence).ShouldContain("RecordingStudio.ArchitectureTests.Violations.EndpointUsingDbContext");
        Rules.MustNotDependOn(Layers.Violations, OuterOfDomain).ShouldContain("RecordingStudio.ArchitectureTests.Violations.UnsealedCommandHandler");
    }
}

public sealed class UseCaseConventionTests
{
    [Fact]
    public void There_are_use_cases_to_check()
    {
        Rules.Handlers(Layers.Application.OwnTypes()).Count().ShouldBeGreaterThan(25);
        Rules.Messages(Layers.Application.OwnTypes()).Count(Rules.IsCommand).ShouldBeGreaterThan(12);
    }

    [Fact]
    public void Handlers_are_sealed_and_named_for_what_they_handle() =>
        Rules.HandlersAreSealedAndNamed(Layers.Application.OwnTypes()).ShouldBeEmpty();

    [Fact]
    public void Commands_and_queries_are_sealed_records_named_for_their_kind() =>
        Rules.MessagesAreSealedRecordsNamedForTheirKind(Layers.Application.OwnTypes()).ShouldBeEmpty();

    [Fact]
    public void Every_command_has_a_validator() =>
        Rules.CommandsWithoutValidator(Layers.Application.OwnTypes(), Layers.Application.OwnTypes()).ShouldBeEmpty();

    [Fact]
    public void Handlers_do_not_send_other_messages() =>
        Rules.HandlersThatSendMessages(Layers.Application.OwnTypes()).ShouldBeEmpty();

    [Fact]
    public void A_message_its_handler_and_its_validator_share_a_namespace() =>
        Rules.UseCasePartsOutsideTheirMessagesNamespace(Layers.Application.OwnTypes()).ShouldBeEmpty();

    [Fact]
    public void Negative_control_a_handler_that_sends_a_message_is_caught() =>
        Rules.HandlersThatSendMessages(Layers.ViolationTypes).ShouldBe(["RecordingStudio.ArchitectureTests.Violations.SendingQueryHandler"]);

    [Fact]
    public void Negative_control_a_validator_away_from_its_message_is_caught() =>
        Rules.UseCasePartsOutsideTheirMessagesNamespace(Layers.ViolationTypesWithStrays)
            .ShouldBe(["RecordingStudio.ArchitectureTests.Violations.Elsewhere.QueryWithoutSuffixValidator"]);

    [Fact]
    public void Validators_are_sealed_and_named_for_their_message() =>
        Rules.ValidatorsAreSealedAndNamed(Layers.Application.OwnTypes()).ShouldBeEmpty();

    [Fact]
    public void Every_command_and_query_declares_who_may_send_it() =>
        Rules.MessagesWithoutAccessRule(Layers.Application.OwnTypes()).ShouldBeEmpty();

    [Fact]
    public void Negative_control_messages_without_an_access_rule_are_caught() =>
        Rules.MessagesWithoutAccessRule(Layers.ViolationTypes).Order().ShouldBe(
            ["RecordingStudio.ArchitectureTests.Violations.QueryWithoutSuffix", "RecordingStudio.ArchitectureTests.Violations.UnvalidatedCommand"]);

    [Fact]
    public void Negative_control_an_unsealed_misnamed_handler_is_caught() =>
        Rules.HandlersAreSealedAndNamed(Layers.ViolationTypes).ShouldBe(["RecordingStudio.ArchitectureTests.Violations.UnsealedCommandHandler"]);

    [Fact]
    public void Negative_control_a_class_command_and_a_query_without_suffix_are_caught() =>
        Rules.MessagesAreSealedRecordsNamedForTheirKind(Layers.ViolationTypes).Order().ShouldBe(
            ["RecordingStudio.ArchitectureTests.Violations.QueryWithoutSuffix", "RecordingStudio.ArchitectureTests.Violations.UnvalidatedCommand"]);

    [Fact]
    public void Negative_control_a_command_without_validator_is_caught() =>
        Rules.CommandsWithoutValidator(Layers.ViolationTypes, Layers.ViolationTypes)
            .ShouldBe(["RecordingStudio.ArchitectureTests.Violations.UnvalidatedCommand"]);

    [Fact]
    public void Negative_control_a_misnamed_validator_is_caught() =>
        Rules.ValidatorsAreSealedAndNamed(Layers.ViolationTypes).ShouldBe(["RecordingStudio.ArchitectureTests.Violations.MisnamedValidator"]);
}

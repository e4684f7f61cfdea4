using System.Net;
using System.Text;
using RecordingStudio.Application.Assistant;
using RecordingStudio.Application.Assistant.ConfirmAssistantAction;
using RecordingStudio.Application.Assistant.GetAssistantSession;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.TestSupport;
using static RecordingStudio.TestSupport.FakeModelServer;

namespace RecordingStudio.IntegrationTests.Assistant;

/// <summary>The assistant never runs what the person is not looking at, and never shows them an error that is not a sentence.</summary>
[Collection(PlatformCollection.Name)]
public sealed class AssistantSafetyTests(PlatformFixture platform) : IAsyncLifetime
{
    private FakeModelServer _model = null!;

    public async Task InitializeAsync() => _model = await StartAsync();

    public async Task DisposeAsync() => await _model.DisposeAsync();

    private static async Task<AssistantReplyDto> Ask(HttpClient http, string message, string? sessionId = null) =>
        await (await http.PostJsonAsync("/api/ai/chat", new { message, sessionId })).ReadAsync<AssistantReplyDto>();

    private async Task<AssistantReplyDto> ProposeClientAsync(HttpClient http, string name, string? sessionId = null)
    {
        _model.OpenAi.Enqueue(OpenAiCall("create_client", new { name }));
        _model.OpenAi.Enqueue(OpenAiText(_ => $"Shall I add {name}?"));
        var proposed = await Ask(http, $"Add {name} as a client", sessionId);
        proposed.PendingAction.ShouldNotBeNull();
        return proposed;
    }

    private static async Task<long> ClientsAsync(HttpClient http) =>
        (await (await http.GetAsync("/api/clients")).ReadAsync<PagedResult<ClientDto>>()).TotalCount;

    [Fact]
    public async Task A_yes_after_another_message_confirms_nothing_and_the_withdrawn_proposal_cannot_be_run()
    {
        using var app = platform.CreateApp(_model.OpenAiSettings());
        var (_, http) = await platform.CreateStudioAsync("ai-withdraw", app);
        var proposed = await ProposeClientAsync(http, "Omar Khan");

        // The person moves on (a new page, another question) without confirming.
        _model.OpenAi.Enqueue(OpenAiCall("count_clients", new { }));
        _model.OpenAi.Enqueue(OpenAiText(_ => "Vous avez 0 clients."));
        (await Ask(http, "Combien de clients ai-je ?", proposed.SessionId)).PendingAction.ShouldBeNull();
        _model.OpenAi.Enqueue(OpenAiText(_ => "Oui à quoi ?"));
        var yes = await Ask(http, "oui", proposed.SessionId);

        yes.Reply.ShouldNotStartWith("Done");
        (await ClientsAsync(http)).ShouldBe(0);
        var button = await (await http.PostJsonAsync("/api/ai/chat/confirm", new { actionId = proposed.PendingAction!.Id })).ReadAsync<ActionOutcomeDto>();
        button.Status.ShouldBe("withdrawn");
        (await ClientsAsync(http)).ShouldBe(0);

        // Proposed again, it can be confirmed right away.
        var again = await ProposeClientAsync(http, "Omar Khan", proposed.SessionId);
        (await Ask(http, "oui", again.SessionId)).Reply.ShouldStartWith("Done: Add client Omar Khan");
        (await ClientsAsync(http)).ShouldBe(1);
    }

    [Fact]
    public async Task A_proposal_expires_if_it_is_not_confirmed_in_time()
    {
        using var app = platform.CreateApp(new Dictionary<string, string?>(_model.OpenAiSettings()) { ["Assistant:PendingActionMinutes"] = "0.002" });
        var (_, http) = await platform.CreateStudioAsync("ai-expire", app);
        var proposed = await ProposeClientAsync(http, "Late Larry");
        proposed.PendingAction!.ExpiresAt.ShouldBeLessThan(DateTimeOffset.UtcNow.AddSeconds(1));
        await Task.Delay(300);

        (await Ask(http, "yes", proposed.SessionId)).Reply.ShouldBe(AssistantTexts.Expired(false, proposed.PendingAction.Summary));
        var button = await (await http.PostJsonAsync("/api/ai/chat/confirm", new { actionId = proposed.PendingAction.Id })).ReadAsync<ActionOutcomeDto>();
        button.Status.ShouldBe("expired");
        (await ClientsAsync(http)).ShouldBe(0);
    }

    [Fact]
    public async Task The_history_brings_back_each_answers_provider_tokens_and_latency_and_the_waiting_proposal()
    {
        using var app = platform.CreateApp(_model.OpenAiSettings());
        var (_, http) = await platform.CreateStudioAsync("ai-history", app);
        var proposed = await ProposeClientAsync(http, "Nina Simone");

        var history = await (await http.GetAsync($"/api/ai/sessions/{proposed.SessionId}")).ReadAsync<AssistantSessionDto>();
        var answer = history.Messages.Single(m => m.Role == "assistant");
        (answer.Provider, answer.Model, answer.Usage!.TotalTokens, answer.LatencyMs).ShouldBe(("openai", "gpt-fake", proposed.Usage.TotalTokens, proposed.LatencyMs));
        history.PendingAction!.Id.ShouldBe(proposed.PendingAction!.Id);

        (await Ask(http, "/help", proposed.SessionId)).PendingAction.ShouldBeNull();
        (await (await http.GetAsync($"/api/ai/sessions/{proposed.SessionId}")).ReadAsync<AssistantSessionDto>()).PendingAction.ShouldBeNull();
    }

    [Fact]
    public async Task When_every_provider_fails_the_reply_is_a_sentence_without_the_providers_error()
    {
        using var app = platform.CreateApp(_model.OpenAiSettings("anthropic,openai"));
        var (_, http) = await platform.CreateStudioAsync("ai-down", app);
        _model.Anthropic.Enqueue(Fails(500));
        _model.OpenAi.Enqueue(Fails(502));

        var reply = await Ask(http, "How many clients do I have?");
        (reply.Provider, reply.Reply).ShouldBe(("none", AssistantTexts.Unavailable(french: false)));
        reply.Reply.ShouldNotContain("upstream exploded");
    }

    [Fact]
    public async Task A_function_the_model_calls_with_arguments_that_do_not_fit_answers_a_sentence()
    {
        using var app = platform.CreateApp(_model.OpenAiSettings());
        var studio = await StudioSeed.CreateAsync(platform, "ai-badargs", app);
        _model.OpenAi.Enqueue(OpenAiCall("find_free_slots", new { day = "2026-12-02", hours = "two", room = "Studio A" }));
        _model.OpenAi.Enqueue(OpenAiText(LastToolResult));

        var reply = await Ask(studio.Http, "When is Studio A free for two hours on Wednesday?");
        reply.Reply.ShouldNotContain("Exception");
        reply.Reply.ShouldBe(Infrastructure.Assistant.StudioAssistantPlugin.Failed);
        reply.Functions.Single().Name.ShouldBe("find_free_slots");
    }

    /// <summary>The chat call as the system this replaces documents it, verbatim apart from host and token.</summary>
    [Fact]
    public async Task The_original_systems_chat_request_is_answered_and_its_conversation_is_the_callers_own()
    {
        using var app = platform.CreateApp(_model.OpenAiSettings());
        var studio = await StudioSeed.CreateAsync(platform, "ai-seed", app);
        var browser = app.ClientFor(studio.Subdomain);
        await browser.SignInWithCookieAsync(PlatformFixture.OwnerEmail(studio.Subdomain), PlatformFixture.OwnerPassword);
        var csrf = await (await browser.GetAsync("/api/auth/antiforgery")).ReadAsync<WebApi.Endpoints.AntiforgeryTokenDto>();
        _model.OpenAi.Enqueue(OpenAiText(_ => "Answer."));

        var request = new HttpRequestMessage(HttpMethod.Post, "/api/ai/chat")
        {
            Content = new StringContent("""{"message": "Question", "session_id": "test-123"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-CSRFToken", csrf.Token);
        var reply = await (await browser.SendAsync(request)).ReadAsync<AssistantReplyDto>();
        (reply.Reply, reply.SessionId).ShouldBe(("Answer.", "test-123"));
        var history = await (await browser.GetAsync("/api/ai/sessions/test-123")).ReadAsync<AssistantSessionDto>();
        history.Messages.Select(m => m.Text).ShouldBe(["Question", "Answer."]);

        // Another staff member with the same id has a conversation of their own.
        var email = $"mia@{studio.Subdomain}.test";
        await studio.Http.PostJsonAsync("/api/staff/invitations", new { email, displayName = "Mia", role = "manager" });
        var other = app.ClientFor(studio.Subdomain);
        await platform.AcceptInvitationAsync(other, email, "manager-pass-1");
        await other.SignInWithTokenAsync(email, "manager-pass-1");
        await (await other.GetAsync("/api/ai/sessions/test-123")).ProblemAsync(404);
        await (await other.DeleteAsync("/api/ai/sessions/test-123")).ProblemAsync(404);
        (await Ask(other, "/help", "test-123")).SessionId.ShouldBe("test-123");
        (await (await other.GetAsync("/api/ai/sessions/test-123")).ReadAsync<AssistantSessionDto>()).Messages.Count.ShouldBe(2);
        (await (await browser.GetAsync("/api/ai/sessions/test-123")).ReadAsync<AssistantSessionDto>()).Messages.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("sessionId")]
    [InlineData("session_id")]
    public async Task A_conversation_id_longer_than_100_characters_or_with_a_space_is_refused_naming_the_field(string field)
    {
        var (_, http) = await platform.CreateStudioAsync("ai-ids");
        foreach (var id in new[] { new string('a', 101), "test 123", "" })
        {
            var body = $$"""{"message": "/help", "{{field}}": "{{id}}"}""";
            var problem = await (await http.PostAsync("/api/ai/chat", new StringContent(body, Encoding.UTF8, "application/json"))).ProblemAsync(400);
            problem.GetProperty("errors").TryGetProperty("sessionId", out _).ShouldBeTrue(problem.ToString());
        }
        (await Ask(http, "/help", new string('a', 100))).SessionId.Length.ShouldBe(100);
        (await http.GetAsync("/api/ai/sessions/has%20space")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}

using System.Net.Http.Headers;
using System.Text.Json;
using RecordingStudio.Application.Common.Interfaces;

namespace RecordingStudio.Infrastructure.Assistant;

/// <summary>
/// Adds up the token usage every provider response reports, over all round trips of a turn (a function call means at
/// least two requests; the connectors' own metadata only reports the last one).
/// </summary>
public sealed class UsageCountingHandler : DelegatingHandler
{
    private int _input;
    private int _output;

    public TokenUsage Total => new(_input, _output);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var response = await base.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != "application/json") return response;

        var body = await response.Content.ReadAsStringAsync(ct);
        Count(body);
        var copy = new StringContent(body);
        copy.Headers.ContentType = MediaTypeHeaderValue.Parse(response.Content.Headers.ContentType.ToString());
        response.Content = copy;
        return response;
    }

    private void Count(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (root.TryGetProperty("usage", out var usage))
            {
                // OpenAI-compatible: prompt/completion; Anthropic: input/output.
                _input += Int(usage, "prompt_tokens") + Int(usage, "input_tokens");
                _output += Int(usage, "completion_tokens") + Int(usage, "output_tokens");
            }
            // Ollama's native API.
            _input += Int(root, "prompt_eval_count");
            _output += Int(root, "eval_count");
        }
        catch (JsonException)
        {
            // Not a JSON body we understand: nothing to count.
        }
    }

    private static int Int(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.TryGetInt32(out var n) ? n : 0;
}

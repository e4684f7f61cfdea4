using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NSwag.CodeGeneration.CSharp;
using RecordingStudio.TestSupport;

namespace RecordingStudio.IntegrationTests.Api;

/// <summary>
/// An API consumer's typed client: NSwag generates a C# client from /openapi/v1.json, Roslyn compiles it, and the
/// compiled client then talks to a studio — so the document's paths, bodies and answers are the ones the API really has.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class TypedClientTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_typed_csharp_client_generated_from_the_api_document_compiles_and_works_against_a_studio()
    {
        var json = await platform.App.ApexClient().GetStringAsync("/openapi/v1.json");
        var code = GenerateClient(await NSwag.OpenApiDocument.FromJsonAsync(json));
        code.ShouldContain("Task<InvoiceDto> InvoicesRecordPaymentAsync", customMessage: "operations are named by their operationId");
        var assembly = Compile(code);

        var (_, http) = await platform.CreateStudioAsync("typed");
        var client = Activator.CreateInstance(assembly.GetType("RecordingStudio.Client.Client")!, http)!;
        client.GetType().GetProperty("BaseUrl")!.SetValue(client, http.BaseAddress!.ToString()); // the document's server is a template

        var created = await CallAsync(client, "RoomsCreateAsync", Body(client, "RoomsCreateAsync", ("Name", "Studio T"), ("HourlyRate", 72.5)));
        Read(created, "Name").ShouldBe("Studio T");
        Read(created, "HourlyRate").ShouldBe(72.5);
        var page = await CallAsync(client, "RoomsListAsync");
        ((System.Collections.IEnumerable)Read(page, "Items")!).Cast<object>().Select(room => Read(room, "Id")).ShouldBe([Read(created, "Id")]);

        // An error answer reaches the caller as the client's ApiException with the status code.
        var missing = await Should.ThrowAsync<Exception>(() => CallAsync(client, "RoomsGetAsync", Guid.NewGuid()));
        (missing.GetType().Name, Read(missing, "StatusCode")).ShouldBe(("ApiException`1", 404));
    }

    private static string GenerateClient(NSwag.OpenApiDocument document) => new CSharpClientGenerator(document, new CSharpClientGeneratorSettings
    {
        ClassName = "{controller}Client",
        CSharpGeneratorSettings = { Namespace = "RecordingStudio.Client", JsonLibrary = NJsonSchema.CodeGeneration.CSharp.CSharpJsonLibrary.SystemTextJson },
        OperationNameGenerator = new NSwag.CodeGeneration.OperationNameGenerators.SingleClientFromOperationIdOperationNameGenerator(),
    }).GenerateFile();

    private static Assembly Compile(string code)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create("RecordingStudio.Client", [CSharpSyntaxTree.ParseText(code)], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).Take(20).ShouldBeEmpty();
        return Assembly.Load(image.ToArray());
    }

    /// <summary>The operation's (only) body parameter, built with the given properties.</summary>
    private static object Body(object client, string operation, params (string Name, object Value)[] properties)
    {
        var body = Activator.CreateInstance(Operation(client, operation).GetParameters()[0].ParameterType)!;
        foreach (var (name, value) in properties)
        {
            var property = body.GetType().GetProperty(name)!;
            property.SetValue(body, Convert.ChangeType(value, Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType));
        }
        return body;
    }

    private static async Task<object?> CallAsync(object client, string operation, params object?[] arguments)
    {
        var method = Operation(client, operation);
        var all = method.GetParameters().Select((_, i) => i < arguments.Length ? arguments[i] : null).ToArray(); // the rest: optional, left out
        var task = (Task)method.Invoke(client, all)!;
        await task;
        return task.GetType().GetProperty("Result")?.GetValue(task);
    }

    /// <summary>The overload without a CancellationToken.</summary>
    private static MethodInfo Operation(object client, string name) =>
        client.GetType().GetMethods().Single(m => m.Name == name && m.GetParameters().All(p => p.ParameterType != typeof(CancellationToken)));

    private static object? Read(object? target, string property) => target!.GetType().GetProperty(property)!.GetValue(target);
}

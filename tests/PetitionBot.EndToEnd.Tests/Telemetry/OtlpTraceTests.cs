using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PetitionBot.EndToEnd.Tests.Conversations;
using PetitionBot.EndToEnd.Tests.Hosting;
using PetitionBot.Testing.Peers;

namespace PetitionBot.EndToEnd.Tests.Telemetry;

/// <summary>
/// Traces exported over OTLP/HTTP to a local collector stand-in (it takes POST /v1/traces as a collector does and
/// keeps the protobuf bodies): a turn shows its spans for routing, state, clause search and the request, and no body
/// carries what the user typed or who they are.
/// </summary>
public sealed class OtlpTraceTests : IAsyncLifetime
{
    private const string Question = "信访事项超期未办结要追究谁的责任";
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("petitionbot-otlp-").FullName;
    private readonly ConcurrentQueue<byte[]> _traceBodies = new();
    private LoopbackWebServer _collector = null!;
    private BotHostProcess _host = null!;

    public async Task InitializeAsync()
    {
        _collector = await LoopbackWebServer.StartAsync(app => app.MapPost("/v1/traces", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            _traceBodies.Enqueue(body.ToArray());
            return Results.Ok();
        }));
        _host = await BotHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["Cases__Sqlite__Path"] = Path.Combine(_dataFolder, "cases.db"),
            ["Telemetry__Otlp__Endpoint"] = _collector.BaseAddress.ToString(),
            ["Telemetry__Otlp__Protocol"] = "http/protobuf",
            // Export each batch after 200 ms instead of 5 s.
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _collector.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }

    [Fact]
    public async Task A_turn_is_traced_with_its_parts_and_without_personal_data()
    {
        var conversation = new BotConversation(_host.Client, "otlp-conversation-5d21", userId: "officer-otlp-64");
        Assert.NotEmpty(await conversation.SayAsync(Question));

        string[] expected = ["bot turn", "chat route", "state read", "state write", "regulations search", "api/messages"];
        var exported = "";
        for (var waited = 0; waited < 300 && !expected.All(exported.Contains); waited++)
        {
            await Task.Delay(100);
            exported = string.Concat(_traceBodies.Select(Encoding.UTF8.GetString));
        }
        Assert.All(expected, name => Assert.Contains(name, exported));

        var raw = _traceBodies.SelectMany(b => b).ToArray();
        foreach (var secret in new[] { Question, "officer-otlp-64", "otlp-conversation-5d21" })
            Assert.Equal(-1, raw.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)));
    }
}

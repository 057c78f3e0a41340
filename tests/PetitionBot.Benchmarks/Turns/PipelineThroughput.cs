using Stopwatch = System.Diagnostics.Stopwatch;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PetitionBot.Conversation.Turns;
using PetitionBot.Host.Configuration;
using PetitionBot.Protocol.Schema;
using PetitionBot.Testing;

namespace PetitionBot.Benchmarks.Turns;

/// <summary>Turns per second through the turn pipeline in-process (no HTTP), to separate the bot's cost from the web server's.</summary>
public static class PipelineThroughput
{
    private static readonly string[] Cycle = ["登记来访", "王秀兰", "13812345678", "跳过", "取消"];

    public static async Task<int> RunAsync(string[] args)
    {
        var data = Directory.CreateTempSubdirectory("petitionbot-pipeline-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Dialogs:Folder"] = RepositoryRoot.Combine("dialogs"),
            ["Regulations:Folder"] = RepositoryRoot.Combine("regulations"),
            ["Cases:Sqlite:Path"] = Path.Combine(data, "cases.db"),
            ["Cases:SeedDemoData"] = "false",
        }).Build();
        var services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Error)).AddSingleton<IConfiguration>(configuration);
        services.AddPetitionBot(configuration, redis: null);
        await using var provider = services.BuildServiceProvider();
        var pipeline = provider.GetRequiredService<TurnPipeline>();

        var template = JsonSerializer.Serialize(new Activity
        {
            Type = ActivityTypes.Message, ChannelId = "bench", ServiceUrl = "http://127.0.0.1:9/",
            From = new ChannelAccount { Id = "u" }, Recipient = new ChannelAccount { Id = "bot" },
        }, ProtocolJson.Options);

        async Task RunAsync(int conversations, int turns)
        {
            for (var t = 0; t < turns; t++)
            for (var c = 0; c < conversations; c++)
            {
                var activity = JsonSerializer.Deserialize<Activity>(template, ProtocolJson.Options)!;
                activity.Id = $"{c}-{t}";
                activity.Text = Cycle[t % Cycle.Length];
                activity.Conversation = new ConversationAccount { Id = $"conv-{c}" };
                var result = await pipeline.ProcessAsync(activity, CancellationToken.None);
                JsonSerializer.SerializeToUtf8Bytes(new ExpectedReplies { Activities = [.. result.Replies] }, ProtocolJson.Options);
            }
        }

        await RunAsync(100, 10);
        var clock = Stopwatch.StartNew();
        await RunAsync(200, 50);
        var perSecond = 200 * 50 / clock.Elapsed.TotalSeconds;
        Console.WriteLine($"| pipeline, in-memory state, one thread | {perSecond:N0} turns/s | {1_000_000 / perSecond:F0} µs/turn |");
        Directory.Delete(data, recursive: true);
        return 0;
    }
}

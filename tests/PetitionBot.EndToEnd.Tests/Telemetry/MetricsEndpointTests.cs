using System.Net;
using PetitionBot.EndToEnd.Tests.Conversations;
using PetitionBot.EndToEnd.Tests.Hosting;

namespace PetitionBot.EndToEnd.Tests.Telemetry;

/// <summary>
/// The Prometheus scrape endpoint of a host with it switched on: after a few turns over real HTTP it shows the turns by
/// job and outcome, their latency, state and store latency, clause searches and ASP.NET Core's own request metrics,
/// and nothing anyone typed or any user or conversation id.
/// </summary>
public sealed class MetricsEndpointTests : IAsyncLifetime
{
    private const string Question = "信访事项超期未办结要追究谁的责任";
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("petitionbot-metrics-").FullName;
    private BotHostProcess _host = null!;

    public async Task InitializeAsync() =>
        _host = await BotHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["Cases__Sqlite__Path"] = Path.Combine(_dataFolder, "cases.db"),
            ["Telemetry__Prometheus__Enabled"] = "true",
        });

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }

    [Fact]
    public async Task Turns_state_store_and_search_show_by_name_without_personal_data()
    {
        var conversation = new BotConversation(_host.Client, "metrics-conversation-7f3a", userId: "officer-metrics-91");
        await conversation.SayAsync("帮助");
        var answer = await conversation.SayAsync(Question);
        Assert.NotEmpty(answer);
        await conversation.SayAsync("登记来访");

        using var response = await _host.Client.GetAsync("metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Matches(@"petitionbot_turns_total\{[^}]*job=""help""[^}]*outcome=""answered""", body);
        Assert.Matches(@"petitionbot_turns_total\{[^}]*job=""regulation-question""", body);
        Assert.Matches(@"petitionbot_turns_total\{[^}]*job=""log-visit""", body);
        Assert.Contains("petitionbot_turn_duration_seconds_bucket", body);
        Assert.Matches(@"petitionbot_state_duration_seconds_count\{[^}]*operation=""read""", body);
        Assert.Matches(@"petitionbot_state_duration_seconds_count\{[^}]*operation=""write""", body);
        Assert.Contains("petitionbot_regulations_search_duration_seconds_count", body);
        Assert.Matches(@"petitionbot_store_duration_seconds_count\{[^}]*operation=""migrate""", body);
        Assert.Contains("http_server_request_duration_seconds", body);

        Assert.DoesNotContain(Question, body);
        Assert.DoesNotContain("officer-metrics-91", body);
        Assert.DoesNotContain("metrics-conversation-7f3a", body);
    }
}

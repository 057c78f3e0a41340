using PetitionBot.EndToEnd.Tests.Conversations;
using PetitionBot.EndToEnd.Tests.Hosting;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.EndToEnd.Tests.Logging;

/// <summary>Inbound values with line breaks cannot forge log lines: each entry stays on its own line.</summary>
public sealed class LogInjectionTests : IAsyncLifetime
{
    private BotHostProcess _host = null!;

    public async Task InitializeAsync() => _host = await BotHostProcess.StartAsync(new Dictionary<string, string>
    {
        ["Cases__Sqlite__Path"] = Path.Combine(Path.GetTempPath(), $"petitionbot-log-{Guid.NewGuid():N}.db"),
        ["Logging__LogLevel__Default"] = "Information",
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_channel_id_and_conversation_id_with_line_breaks_stay_in_one_log_line()
    {
        var conversationId = $"forged-{Guid.NewGuid():N}\r\ncrit: fake conversation";
        var conversation = new BotConversation(_host.Client, conversationId, channelId: "test\n crit: fake");
        var again = new Activity { Id = "same-id", Type = ActivityTypes.Message, Text = "帮助" };
        await conversation.SendAsync(again);
        // The repeat is logged as already processed, naming the conversation key (channel and conversation id).
        await conversation.SendAsync(new Activity { Id = "same-id", Type = ActivityTypes.Message, Text = "帮助" });

        // The host's output arrives asynchronously: wait for the entry before reading the lines.
        for (var waited = 0; waited < 100 && !_host.Output.Contains("already processed", StringComparison.Ordinal); waited++)
            await Task.Delay(100);
        var lines = _host.Output.Split('\n');
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("crit: fake", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("crit: fake conversation", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(@"test\n crit: fake", StringComparison.Ordinal));
    }
}

using PetitionBot.EndToEnd.Tests.Hosting;

namespace PetitionBot.EndToEnd.Tests.Conversations;

/// <summary>With Redis state, a half-filled form survives the bot process restarting.</summary>
[Collection(RedisBotHostCollection.Name)]
public sealed class RestartTests(RedisBotHostFixture fixture)
{
    [Fact]
    public async Task A_half_filled_form_continues_after_the_host_restarts()
    {
        var conversation = new BotConversation(fixture.Host.Client, $"restart-{Guid.NewGuid():N}")
        {
            LocalTime = DateTimeOffset.Parse("2026-03-18T10:00:00+08:00"),
        };
        await conversation.SayAsync("登记来访");
        await conversation.SayAsync("李建国");

        await fixture.Host.RestartAsync();

        var afterRestart = await conversation.SayAsync("13912345678");
        Assert.Contains("身份证号", afterRestart.Single().Text);
        await conversation.SayAsync("跳过");
        var review = await SkipToReviewAsync(conversation);
        Assert.Contains("李建国", review);
        Assert.Contains("139****5678", review);
    }

    private static async Task<string> SkipToReviewAsync(BotConversation conversation)
    {
        string[] answers = ["来电", "1人", "2026-03-17 09:30", "城关镇", "其他", "反映噪音扰民", "跳过"];
        string last = "";
        foreach (var answer in answers)
            last = (await conversation.SayAsync(answer)).Last().Text ?? "";
        return last;
    }
}

using PetitionBot.EndToEnd.Tests.Conversations;
using PetitionBot.EndToEnd.Tests.Hosting;
using PetitionBot.Chat.Routing;

namespace PetitionBot.EndToEnd.Tests.Bot;

/// <summary>A message longer than anyone needs is answered with the limit, unread, and an open form waits unchanged.</summary>
[Collection(DefaultBotHostCollection.Name)]
public sealed class LongMessageTests(DefaultBotHostFixture fixture)
{
    [Fact]
    public async Task An_over_long_message_gets_the_limit_and_the_open_form_keeps_its_question()
    {
        var officer = new BotConversation(fixture.Host.Client, $"long-{Guid.NewGuid():N}", userId: "officer-li");
        Assert.Contains("来访人姓名", string.Join("\n", (await officer.SayAsync("登记来访")).Select(r => r.Text)));

        var pasted = string.Concat(Enumerable.Repeat("13812345678拖欠工资", PetitionAssistant.MaxMessageLength / 10));
        var reply = string.Join("\n", (await officer.SayAsync(pasted)).Select(r => r.Text));
        Assert.Contains($"这条消息有{pasted.Length}字", reply);
        Assert.Contains($"最多读{PetitionAssistant.MaxMessageLength}字", reply);

        // The form did not take the pasted text: the name is still asked for.
        Assert.Contains("联系电话", string.Join("\n", (await officer.SayAsync("王秀兰")).Select(r => r.Text)));
    }
}

using System.Net;
using System.Text.Json.Nodes;
using PetitionBot.Channels.WeCom.Sending;
using PetitionBot.EndToEnd.Tests.Hosting;
using PetitionBot.EndToEnd.Tests.Reminders;
using PetitionBot.Testing.Peers;

namespace PetitionBot.EndToEnd.Tests.WeCom;

/// <summary>
/// A WeCom member talking to the bot's application: callbacks signed and encrypted as WeCom sends them, posted to the
/// host; what the bot answers is read from the stand-in WeCom's message/send log.
/// </summary>
public sealed class WeComMember(WeComServer weCom, BotHostProcess host, ClockFile clock, string userId)
{
    public const string CallbackPath = "/api/wecom";
    private static readonly TimeSpan Arrival = TimeSpan.FromSeconds(20);

    public string UserId => userId;

    /// <summary>Every message WeCom took for this member so far.</summary>
    public IReadOnlyList<JsonObject> Received => [.. weCom.Sent.Where(m => (string?)m["touser"] == userId)];

    /// <summary>Sends a text; returns the messages received after it once one satisfies <paramref name="until"/>.</summary>
    public Task<IReadOnlyList<JsonObject>> SayAsync(string text, Func<JsonObject, bool> until) =>
        PostAsync(WeComCallbackClient.TextXml(userId, text, weCom.Callback.NextMsgId(), clock.Now), until);

    public Task<IReadOnlyList<JsonObject>> OpenApplicationAsync(Func<JsonObject, bool> until) =>
        PostAsync(WeComCallbackClient.EnterAgentXml(userId, clock.Now), until);

    /// <summary>Presses the button labelled <paramref name="label"/> on the latest card that has one.</summary>
    public Task<IReadOnlyList<JsonObject>> PressAsync(string label, Func<JsonObject, bool> until)
    {
        var card = Received.LastOrDefault(m => WeComServer.Buttons(m).Any(b => b.Text == label))
                   ?? throw new InvalidOperationException($"No card offers 「{label}」:\n{Transcript()}");
        var key = WeComServer.Buttons(card).First(b => b.Text == label).Key;
        return PostAsync(WeComCallbackClient.CardButtonXml(userId, key, (string)card["template_card"]!["task_id"]!, clock.Now), until);
    }

    public async Task<IReadOnlyList<JsonObject>> PostAsync(string innerXml, Func<JsonObject, bool> until)
    {
        var before = Received.Count;
        using var response = await weCom.Callback.PostAsync(host.Client, CallbackPath, innerXml, clock.Now);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await WaitAsync(before, until);
    }

    /// <summary>The messages after the first <paramref name="skip"/>, once one of them satisfies <paramref name="until"/>.</summary>
    public async Task<IReadOnlyList<JsonObject>> WaitAsync(int skip, Func<JsonObject, bool> until)
    {
        var deadline = DateTime.UtcNow + Arrival;
        while (true)
        {
            var since = Received.Skip(skip).ToList();
            if (since.Any(until))
                return since;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The expected WeCom message did not arrive for {userId}:\n{Transcript()}\n{host.Output}");
            await Task.Delay(25);
        }
    }

    public static Func<JsonObject, bool> Saying(string text) => m => WeComServer.Readable(m).Contains(text, StringComparison.Ordinal);

    public static Func<JsonObject, bool> Offering(string label) => m => WeComServer.Buttons(m).Any(b => b.Text == label);

    /// <summary>What the member has read, for failure messages.</summary>
    public string Transcript() => string.Join("\n---\n", Received.Select(m =>
        WeComServer.Readable(m) + string.Concat(WeComServer.Buttons(m).Select(b => $" [{b.Text}→{WeComButtonKey.Decode(b.Key)}]"))));
}

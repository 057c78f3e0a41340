using System.Net.Http.Json;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.EndToEnd.Tests.Conversations;

/// <summary>One user's conversation with the bot over real HTTP, using deliveryMode expectReplies.</summary>
public sealed class BotConversation(HttpClient client, string conversationId, string userId = "officer-1", string channelId = "test")
{
    private int _sequence;

    public string ConversationId => conversationId;

    public DateTimeOffset? LocalTime { get; set; }

    public Task<IReadOnlyList<Activity>> JoinAsync(CancellationToken ct = default) => SendAsync(new Activity
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new ChannelAccount { Id = "bot" }, new ChannelAccount { Id = userId, Name = "测试用户" }],
    }, ct);

    public Task<IReadOnlyList<Activity>> SayAsync(string text, CancellationToken ct = default) =>
        SendAsync(new Activity { Type = ActivityTypes.Message, Text = text }, ct);

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity, CancellationToken ct = default)
    {
        var response = await PostAsync(activity, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"POST /api/messages answered {(int)response.StatusCode}: {body}");
        var replies = System.Text.Json.JsonSerializer.Deserialize<ExpectedReplies>(body, ProtocolJson.Options);
        return replies?.Activities ?? [];
    }

    public Task<HttpResponseMessage> PostAsync(Activity activity, CancellationToken ct = default)
    {
        activity.Id ??= $"{conversationId}-{Interlocked.Increment(ref _sequence)}";
        activity.ChannelId ??= channelId;
        activity.ServiceUrl ??= "http://127.0.0.1:9/unused";
        activity.From ??= new ChannelAccount { Id = userId, Name = "测试用户", Role = "user" };
        activity.Recipient ??= new ChannelAccount { Id = "bot", Name = "信访工作助手", Role = "bot" };
        activity.Conversation ??= new ConversationAccount { Id = conversationId };
        activity.LocalTimestamp ??= LocalTime;
        activity.DeliveryMode ??= DeliveryModes.ExpectReplies;
        return client.PostAsJsonAsync("api/messages", activity, ProtocolJson.Options, ct);
    }
}

using System.Net.Http.Json;
using PetitionBot.Protocol.Schema;
using PetitionBot.Testing.Transcripts;

namespace PetitionBot.EndToEnd.Tests.Conversations;

/// <summary>One user's conversation with the bot over real HTTP, using deliveryMode expectReplies.</summary>
public sealed class BotConversation(HttpClient client, string conversationId, string userId = "officer-1", string channelId = "test")
    : IChatConversation
{
    private int _sequence;

    public string ConversationId => conversationId;

    public DateTimeOffset? LocalTime { get; set; }

    public Task<IReadOnlyList<Activity>> JoinAsync(CancellationToken ct = default) => SendAsync(TestActivities.Join(userId), ct);

    public Task<IReadOnlyList<Activity>> SayAsync(string text, CancellationToken ct = default) => SendAsync(TestActivities.Message(text), ct);

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
        TestActivities.Addressed(activity, $"{conversationId}-{Interlocked.Increment(ref _sequence)}", conversationId, userId, channelId, LocalTime);
        return client.PostAsJsonAsync("api/messages", activity, ProtocolJson.Options, ct);
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using PetitionBot.Conversation.Turns;
using PetitionBot.Regulations.Accountability;

namespace PetitionBot.Chat.Accountability;

/// <summary>
/// The advisor's facts while it waits for an answer, kept in the conversation's value bag with who asked: in a group
/// chat the follow-up question waits for that member.
/// </summary>
public static class AdvisorState
{
    public const string Key = "accountability";
    private const string AskerKey = "accountability.asker";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static AccountabilityFacts? Read(ConversationData conversation)
    {
        if (!conversation.Values.TryGetValue(Key, out var node) || node is null) return null;
        try
        {
            return node.Deserialize<AccountabilityFacts>(Json);
        }
        catch (JsonException)
        {
            // State written by an older version: start the question afresh rather than fail the turn.
            return null;
        }
    }

    public static void Write(ConversationData conversation, AccountabilityFacts facts, string? asker)
    {
        conversation.Values[Key] = JsonSerializer.SerializeToNode(facts, Json);
        conversation.Values[AskerKey] = asker;
    }

    /// <summary>True when <paramref name="userId"/> asked the pending question (or state from before askers were kept).</summary>
    public static bool IsAsker(ConversationData conversation, string? userId) =>
        conversation.Values.GetValueOrDefault(AskerKey)?.GetValue<string>() is not { } asker || string.Equals(asker, userId, StringComparison.Ordinal);

    public static void Clear(ConversationData conversation)
    {
        conversation.Values.Remove(Key);
        conversation.Values.Remove(AskerKey);
    }
}

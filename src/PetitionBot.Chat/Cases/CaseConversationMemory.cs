using PetitionBot.Chat.CaseActions;
using System.Text.Json;
using System.Text.Json.Nodes;
using PetitionBot.Conversation.Turns;

namespace PetitionBot.Chat.Cases;

/// <summary>
/// What the conversation remembers about cases: the last case shown (so "受理" alone acts on it), the list being
/// paged, and the case a guided action form is for.
/// </summary>
public static class CaseConversationMemory
{
    private const string LastCaseKey = "cases.last";
    private const string ListKey = "cases.list";
    private const string ActionKey = "cases.action";

    public static string? LastCase(TurnContext turn) => Read<string>(turn, LastCaseKey);

    public static void RememberCase(TurnContext turn, string number) => turn.Conversation.Values[LastCaseKey] = JsonValue.Create(number);

    public static CaseListRequest? List(TurnContext turn) => Read<CaseListRequest>(turn, ListKey);

    public static void RememberList(TurnContext turn, CaseListRequest list) =>
        turn.Conversation.Values[ListKey] = JsonSerializer.SerializeToNode(list, Options);

    public static PendingCaseAction? PendingAction(TurnContext turn) => Read<PendingCaseAction>(turn, ActionKey);

    public static void RememberPendingAction(TurnContext turn, PendingCaseAction action) =>
        turn.Conversation.Values[ActionKey] = JsonSerializer.SerializeToNode(action, Options);

    public static void ForgetPendingAction(TurnContext turn) => turn.Conversation.Values.Remove(ActionKey);

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private static T? Read<T>(TurnContext turn, string key)
    {
        if (!turn.Conversation.Values.TryGetValue(key, out var node) || node is null)
            return default;
        try
        {
            return node.Deserialize<T>(Options);
        }
        catch (JsonException)
        {
            // Written by an older version of the bot: forget it rather than fail the turn.
            return default;
        }
    }
}

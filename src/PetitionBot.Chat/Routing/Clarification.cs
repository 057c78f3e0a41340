using System.Text.Json.Nodes;
using PetitionBot.Conversation.Turns;
using PetitionBot.Language.Intents;

namespace PetitionBot.Chat.Routing;

/// <summary>
/// "您是想登记来访，还是查询案件？": asked when the router's top two jobs are too close to call. The message is kept in
/// conversation state; a tap on one of the two buttons runs that job on the original message.
/// </summary>
public static class Clarification
{
    public const string Key = "clarification";

    private static readonly Dictionary<Intent, string> Labels = new()
    {
        [Intent.LogVisit] = "登记来访",
        [Intent.CaseQuery] = "查询案件",
        [Intent.CaseAction] = "办理案件",
        [Intent.RegulationQuestion] = "问规定",
        [Intent.Accountability] = "问追责",
        [Intent.Reminders] = "设置提醒",
    };

    /// <summary>
    /// Whether the routing is worth a question: two jobs close together, both ones the bot can do. Not between a rule
    /// question and an accountability question: the advisor sends what it cannot advise on to the rule answers itself.
    /// </summary>
    public static bool IsWorthAsking(IntentResult intent) =>
        intent.Ambiguous && Labels.ContainsKey(intent.Intent) && Labels.ContainsKey(intent.RunnerUp.Intent) && !AboutTheRules(intent);

    /// <summary>The top two are a rule question and an accountability question, in either order.</summary>
    public static bool AboutTheRules(IntentResult intent) =>
        intent.Intent is Intent.RegulationQuestion or Intent.Accountability
        && intent.RunnerUp.Intent is Intent.RegulationQuestion or Intent.Accountability;

    public static void Ask(TurnContext turn, string text, IntentResult intent)
    {
        string[] options = [Labels[intent.Intent], Labels[intent.RunnerUp.Intent]];
        turn.Conversation.Values[Key] = new JsonObject
        {
            ["text"] = text,
            ["options"] = new JsonArray(intent.Intent.ToString(), intent.RunnerUp.Intent.ToString()),
        };
        turn.SendText($"您是想{options[0]}，还是{options[1]}？", options);
    }

    /// <summary>
    /// The job the user picked and the message it was for, when this message answers a pending question; the question
    /// is dropped either way, so anything else is routed afresh.
    /// </summary>
    public static (Intent Intent, string Text)? TakeAnswer(TurnContext turn, string answer)
    {
        if (!turn.Conversation.Values.Remove(Key, out var node) || node is not JsonObject pending) return null;
        var text = pending["text"]?.GetValue<string>();
        if (text is null || pending["options"] is not JsonArray options) return null;
        foreach (var option in options)
        {
            if (Enum.TryParse<Intent>(option?.GetValue<string>(), out var intent)
                && Labels.TryGetValue(intent, out var label) && answer.Trim() == label)
                return (intent, text);
        }
        return null;
    }
}

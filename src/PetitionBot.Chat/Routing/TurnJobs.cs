using PetitionBot.Language.Intents;

namespace PetitionBot.Chat.Routing;

/// <summary>The names a turn's job goes by in traces and metrics: a fixed, small set.</summary>
public static class TurnJobs
{
    public const string Clarification = "clarification";
    public const string FollowUp = "follow-up";
    public const string Fallback = "fallback";
    public const string EmptyMessage = "empty-message";
    public const string TooLong = "too-long";

    /// <summary>"log-visit", "regulation-question" …</summary>
    public static string Of(Intent intent) => string.Concat(intent.ToString().Select((c, i) =>
        char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));

    /// <summary>A form being filled in: "form visit".</summary>
    public static string Form(string formId) => "form " + formId;
}

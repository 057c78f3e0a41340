using PetitionBot.Protocol.Schema;

namespace PetitionBot.Channels;

/// <summary>Which activity types run a turn; the rest are acknowledged and ignored, as the protocol asks.</summary>
public static class ActivityRouting
{
    private static readonly HashSet<string> RunTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ActivityTypes.Message,
        ActivityTypes.ConversationUpdate,
        ActivityTypes.Event,
        ActivityTypes.Invoke,
        ActivityTypes.EndOfConversation,
        ActivityTypes.InstallationUpdate,
    };

    public static bool IsRunThroughBot(Activity activity) => activity.Type is { } type && RunTypes.Contains(type);
}

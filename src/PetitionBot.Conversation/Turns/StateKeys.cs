using PetitionBot.Protocol.Schema;

namespace PetitionBot.Conversation.Turns;

/// <summary>Storage keys in the Bot Framework's BotState format.</summary>
public static class StateKeys
{
    public static string Conversation(Activity activity) =>
        $"{activity.ChannelId}/conversations/{activity.Conversation?.Id}";

    public static string? User(Activity activity) =>
        activity.From?.Id is { Length: > 0 } id ? $"{activity.ChannelId}/users/{id}" : null;
}

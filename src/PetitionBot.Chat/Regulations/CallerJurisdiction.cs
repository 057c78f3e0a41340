using PetitionBot.Conversation.Turns;
using PetitionBot.Chat.Users;

namespace PetitionBot.Chat.Regulations;

/// <summary>
/// Whose rules a question means when it names none ("省里的细则", or no place at all): the user's own
/// (<c>WebChat:Users:n:Jurisdiction</c>), else the deployment's (<c>Regulations:Jurisdiction</c>), else only the national ones.
/// </summary>
public sealed class CallerJurisdiction(RegulationOptions options, UserDirectory users)
{
    public string? Of(TurnContext turn) =>
        users.Find(turn.Activity.From?.Id ?? "")?.Jurisdiction is { Length: > 0 } own ? own
        : options.Jurisdiction is { Length: > 0 } deployment ? deployment
        : null;
}

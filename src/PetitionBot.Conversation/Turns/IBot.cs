namespace PetitionBot.Conversation.Turns;

/// <summary>The bot's logic for one turn. It may be run more than once for the same activity (on a state conflict), so it must only change state and queue replies.</summary>
public interface IBot
{
    Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken);
}

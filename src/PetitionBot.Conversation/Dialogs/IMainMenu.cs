using PetitionBot.Conversation.Turns;

namespace PetitionBot.Conversation.Dialogs;

/// <summary>The one-tap starts offered to the user of a turn (they differ by what the user may do).</summary>
public interface IMainMenu
{
    string[] ButtonsFor(TurnContext turn);
}

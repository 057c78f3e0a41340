namespace PetitionBot.Language.Intents;

public enum ReminderActionKind
{
    Subscribe,
    Unsubscribe,
    Settings,
    List,
}

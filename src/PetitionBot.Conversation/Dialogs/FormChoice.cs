namespace PetitionBot.Conversation.Dialogs;

public sealed class FormChoice
{
    public string Value { get; set; } = "";
    public List<string> Synonyms { get; set; } = [];
}

namespace PetitionBot.Conversation.Dialogs.Fields;

/// <summary>What a field reader needs besides the text: the user's "now".</summary>
public sealed record FieldReadingContext(DateTimeOffset ReferenceTime);

namespace PetitionBot.Conversation.Dialogs.Fields;

/// <summary>The outcome of reading an answer: a value, or a Chinese explanation of what was wrong.</summary>
public sealed record FieldReading(FieldValue? Value, string? Error, bool NeedsConfirmation = false)
{
    public bool Succeeded => Value is not null;

    public static FieldReading Ok(FieldValue value, bool needsConfirmation = false) => new(value, null, needsConfirmation);

    public static FieldReading Fail(string error) => new(null, error);
}

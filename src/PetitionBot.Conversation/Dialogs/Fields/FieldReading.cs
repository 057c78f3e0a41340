namespace PetitionBot.Conversation.Dialogs.Fields;

/// <summary>The outcome of reading an answer: a value, or a Chinese explanation of what was wrong.</summary>
/// <param name="NeedsConfirmation">The value was read from loose wording: echo it and keep it only after a yes.</param>
/// <param name="Question">How to ask for that yes, when the plain "…，对吗？" would not say what is doubtful.</param>
/// <param name="Suggestions">Values the user may have meant, offered as buttons beside the question.</param>
public sealed record FieldReading(FieldValue? Value, string? Error, bool NeedsConfirmation = false, string? Question = null,
    IReadOnlyList<string>? Suggestions = null)
{
    public bool Succeeded => Value is not null;

    public static FieldReading Ok(FieldValue value, bool needsConfirmation = false) => new(value, null, needsConfirmation);

    /// <summary>A value kept only once the user agrees to <paramref name="question"/> or taps one of <paramref name="suggestions"/>.</summary>
    public static FieldReading Doubtful(FieldValue value, string question, IReadOnlyList<string> suggestions) =>
        new(value, null, NeedsConfirmation: true, question, suggestions);

    public static FieldReading Fail(string error) => new(null, error);
}

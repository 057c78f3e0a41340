namespace PetitionBot.Conversation.Dialogs;

/// <summary>
/// The submission could not be filed; <see cref="Exception.Message"/> is the Chinese text for the user. When one
/// answer is at fault, <see cref="Field"/> names it and the form asks for it again.
/// </summary>
public sealed class FormSubmitException(string userMessage, Exception? inner = null, string? field = null) : Exception(userMessage, inner)
{
    public string? Field { get; } = field;
}

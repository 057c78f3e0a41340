namespace PetitionBot.Conversation.Dialogs;

/// <summary>The submission could not be filed; <see cref="Exception.Message"/> is the Chinese text for the user.</summary>
public sealed class FormSubmitException(string userMessage, Exception? inner = null) : Exception(userMessage, inner);

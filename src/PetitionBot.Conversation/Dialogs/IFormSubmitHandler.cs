using PetitionBot.Conversation.Turns;

namespace PetitionBot.Conversation.Dialogs;

/// <summary>Receives a confirmed form (named by the form's <c>submit</c>) and replies with the outcome.</summary>
public interface IFormSubmitHandler
{
    string Name { get; }

    /// <summary>Files the values. Throws <see cref="FormSubmitException"/> when it could not; the form then stays open with everything kept.</summary>
    Task SubmitAsync(FormSubmission submission, TurnContext turn, CancellationToken cancellationToken);
}

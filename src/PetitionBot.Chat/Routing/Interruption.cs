namespace PetitionBot.Chat.Routing;

/// <summary>
/// How sure the router must be before a message is taken for another job while the bot waits for an answer.
/// One place, because a pending question that gives way too easily loses the user's answer, and one that never gives
/// way traps them.
/// </summary>
public static class Interruption
{
    /// <summary>A form field may take free text, so a message is its answer unless the router is this sure of another job.</summary>
    public const double FromForm = 0.85;

    /// <summary>The job has already failed to read the message as its answer, so less certainty of another job suffices.</summary>
    public const double FromUnreadAnswer = 0.6;
}

namespace PetitionBot.Cases.Lifecycle;

/// <summary>
/// A command the case's state does not allow; <see cref="Exception.Message"/> is the Chinese reason for the user, and
/// <see cref="Argument"/> names the command argument at fault when one is (e.g. "days"), so it can be asked again.
/// </summary>
public sealed class CaseTransitionRefusedException(string reason, string? argument = null) : Exception(reason)
{
    public string? Argument { get; } = argument;
}

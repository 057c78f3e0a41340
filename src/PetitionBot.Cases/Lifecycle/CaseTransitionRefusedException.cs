namespace PetitionBot.Cases.Lifecycle;

/// <summary>A command the case's state does not allow; <see cref="Exception.Message"/> is the Chinese reason for the user.</summary>
public sealed class CaseTransitionRefusedException(string reason) : Exception(reason);

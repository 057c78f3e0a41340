namespace PetitionBot.EndToEnd.Tests.Hardening;

/// <summary>
/// The fuzz run loads the machine for half a minute: it runs alone, after the parallel collections, so it neither
/// starves the browser tests nor is slowed by them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FuzzCollection
{
    public const string Name = "Fuzz run, alone";
}

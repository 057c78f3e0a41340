namespace PetitionBot.EndToEnd.Tests.Hosting;

/// <summary>
/// The test classes that talk to a host with the embedded defaults share one (each uses conversations of its own),
/// rather than each starting a process.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DefaultBotHostCollection : ICollectionFixture<DefaultBotHostFixture>
{
    public const string Name = "Bot host with embedded defaults";
}

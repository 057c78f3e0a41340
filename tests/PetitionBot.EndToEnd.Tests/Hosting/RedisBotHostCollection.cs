namespace PetitionBot.EndToEnd.Tests.Hosting;

/// <summary>The test classes that need the host on Redis share one Redis and one host (each uses conversations of its own).</summary>
[CollectionDefinition(Name)]
public sealed class RedisBotHostCollection : ICollectionFixture<RedisBotHostFixture>
{
    public const string Name = "Bot host on Redis";
}

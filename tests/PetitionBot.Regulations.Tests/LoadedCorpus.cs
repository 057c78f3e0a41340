using PetitionBot.Regulations.Corpus;
using PetitionBot.Testing;

namespace PetitionBot.Regulations.Tests;

/// <summary>The repository's regulation texts, loaded once per test class that asks for them.</summary>
public sealed class LoadedCorpus : IAsyncLifetime
{
    public static string Folder => RepositoryRoot.Combine("regulations");

    public RegulationCorpus Corpus { get; private set; } = null!;

    public async Task InitializeAsync() => Corpus = await RegulationCorpus.LoadAsync(Folder, CancellationToken.None);

    public Task DisposeAsync() => Task.CompletedTask;
}

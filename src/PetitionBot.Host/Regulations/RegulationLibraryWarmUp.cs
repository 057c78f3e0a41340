namespace PetitionBot.Host.Regulations;

/// <summary>Loads the texts before the host takes traffic, so a broken text fails the start, not a user's question.</summary>
public sealed class RegulationLibraryWarmUp(RegulationLibrary library, ILogger<RegulationLibraryWarmUp> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var assistant = await library.GetAsync().WaitAsync(cancellationToken);
        logger.LogInformation("Loaded {DocumentCount} regulation documents with {ClauseCount} clauses",
            assistant.Corpus.Documents.Count, assistant.Corpus.Clauses.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

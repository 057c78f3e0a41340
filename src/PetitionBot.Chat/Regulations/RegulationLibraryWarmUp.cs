namespace PetitionBot.Chat.Regulations;

/// <summary>Loads the texts before the host takes traffic, so a broken text fails the start, not a user's question.</summary>
public sealed class RegulationLibraryWarmUp(RegulationLibrary library, ILogger<RegulationLibraryWarmUp> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var assistant = await library.GetAsync().WaitAsync(cancellationToken);
        logger.LogInformation("Loaded {DocumentCount} regulation documents with {ClauseCount} clauses",
            assistant.Corpus.Documents.Count, assistant.Corpus.Clauses.Count);
        // The answer-or-decline decision reads the segmenter's word tags; load them before the first question.
        PetitionBot.Language.Words.FunctionWords.WarmUp();
        var llm = library.Llm;
        if (llm.IsUsable)
        {
            // Redaction (before the model) and the guard (after it) segment words; load their tables now.
            PetitionBot.Language.Masking.PersonNameSpans.WarmUp();
            logger.LogInformation("Regulation answers may be phrased by model {Model} at {Endpoint} ({Provider}, {Authentication}); question rewriting {Rewrite}",
                llm.Model, llm.Endpoint!.GetLeftPart(UriPartial.Authority), llm.IsAzure ? "azure" : "openai",
                string.IsNullOrWhiteSpace(llm.ApiKey) ? (llm.IsAzure ? "entra-id" : "none") : "api-key", llm.RewriteQuestions ? "on" : "off");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using PetitionBot.Regulations.Answers;
using PetitionBot.Regulations.Corpus;
using PetitionBot.Regulations.Llm;
using PetitionBot.Regulations.Pages;
using PetitionBot.Regulations.Search;

namespace PetitionBot.Regulations;

/// <summary>
/// The regulation tools behind one door: grounded answers (model-phrased when configured and verifiable),
/// the list of loaded documents, and clause pages.
/// </summary>
public sealed class RegulationAssistant
{
    private readonly RegulationLlm _llm;

    public RegulationAssistant(RegulationCorpus corpus, LlmOptions? llm = null, ClauseSearchOptions? searchOptions = null, GroundedAnswerOptions? answerOptions = null, LlmTelemetry? llmTelemetry = null)
    {
        Corpus = corpus;
        Search = new ClauseSearch(corpus, searchOptions);
        Composer = new GroundedAnswerComposer(Search, answerOptions);
        _llm = new RegulationLlm(llm ?? new LlmOptions(), corpus, llmTelemetry);
    }

    public static async Task<RegulationAssistant> LoadAsync(string folder, LlmOptions? llm, CancellationToken cancellationToken, LlmTelemetry? llmTelemetry = null) =>
        new(await RegulationCorpus.LoadAsync(folder, cancellationToken).ConfigureAwait(false), llm, llmTelemetry: llmTelemetry);

    public RegulationCorpus Corpus { get; }

    public ClauseSearch Search { get; }

    public GroundedAnswerComposer Composer { get; }

    /// <summary>Answers from the loaded texts; the model only rephrases, and only when its wording checks out.</summary>
    public async Task<GroundedAnswer> AnswerAsync(string question, string? jurisdiction, CancellationToken cancellationToken)
    {
        var extractive = Composer.Compose(question, jurisdiction);
        var phrased = await _llm.Phraser.PhraseAsync(extractive, cancellationToken).ConfigureAwait(false);
        return phrased.Answer;
    }

    /// <summary>
    /// The question restated in the texts' terms by the model (Llm:RewriteQuestions), for retrieval to search
    /// alongside or instead of the original; the original itself when rewriting is off or fails.
    /// </summary>
    public Task<string> RewriteQuestionAsync(string question, CancellationToken cancellationToken) =>
        _llm.Rewriter.RewriteAsync(question, cancellationToken);

    /// <summary>The reply to "规定列表".</summary>
    public string DescribeDocuments() => DocumentList.Render(Corpus);

    /// <summary>HTML list of the loaded documents for GET /regulations.</summary>
    public string RenderIndex() => RegulationPage.RenderIndex(Corpus.Documents);

    /// <summary>HTML page of one document for GET /regulations/{documentId}; null if no such document.</summary>
    public string? RenderPage(string documentId) =>
        Corpus.FindDocument(documentId) is { } document ? RegulationPage.Render(document, Corpus.ClausesOf(document.Id)) : null;
}

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
    private readonly LlmAnswerPhraser _phraser;

    public RegulationAssistant(RegulationCorpus corpus, LlmOptions? llm = null, ClauseSearchOptions? searchOptions = null, GroundedAnswerOptions? answerOptions = null)
    {
        Corpus = corpus;
        Search = new ClauseSearch(corpus, searchOptions);
        Composer = new GroundedAnswerComposer(Search, answerOptions);
        _phraser = new LlmAnswerPhraser(llm ?? new LlmOptions(), corpus);
    }

    public static async Task<RegulationAssistant> LoadAsync(string folder, LlmOptions? llm, CancellationToken cancellationToken) =>
        new(await RegulationCorpus.LoadAsync(folder, cancellationToken).ConfigureAwait(false), llm);

    public RegulationCorpus Corpus { get; }

    public ClauseSearch Search { get; }

    public GroundedAnswerComposer Composer { get; }

    /// <summary>Answers from the loaded texts; the model only rephrases, and only when its wording checks out.</summary>
    public async Task<GroundedAnswer> AnswerAsync(string question, string? jurisdiction, CancellationToken cancellationToken)
    {
        var extractive = Composer.Compose(question, jurisdiction);
        var phrased = await _phraser.PhraseAsync(extractive, cancellationToken).ConfigureAwait(false);
        return phrased.Answer;
    }

    /// <summary>The reply to "规定列表".</summary>
    public string DescribeDocuments() => DocumentList.Render(Corpus);

    /// <summary>HTML page of one document for GET /regulations/{documentId}; null if no such document.</summary>
    public string? RenderPage(string documentId) =>
        Corpus.FindDocument(documentId) is { } document ? RegulationPage.Render(document, Corpus.ClausesOf(document.Id)) : null;
}

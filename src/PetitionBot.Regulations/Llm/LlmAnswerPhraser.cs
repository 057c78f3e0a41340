using PetitionBot.Language.Masking;
using PetitionBot.Regulations.Answers;
using PetitionBot.Regulations.Corpus;

namespace PetitionBot.Regulations.Llm;

/// <summary>
/// Lets a language model phrase a grounded answer from the same retrieved clauses, choosing which of them to cite.
/// The extractive answer stands whenever the model is off, slow, failing, or writes anything <see cref="AnswerGuard"/>
/// cannot find in the clauses a sentence cites. A used answer says in its text, not only in its entity, that AI wrote it.
/// </summary>
public sealed class LlmAnswerPhraser
{
    public const string Stage = "phrase";

    /// <summary>Shown under a model-written answer.</summary>
    public const string AiLabel = "（AI 整理，以引用原文为准）";

    private readonly ModelCall? _call;
    private readonly RegulationCorpus _corpus;
    private readonly AnswerGuard _guard;
    private readonly LlmTelemetry _telemetry;

    /// <param name="call">The model; null when it is off.</param>
    public LlmAnswerPhraser(ModelCall? call, RegulationCorpus corpus, LlmTelemetry telemetry, AnswerGuard? guard = null)
    {
        _call = call;
        _corpus = corpus;
        _telemetry = telemetry;
        _guard = guard ?? new AnswerGuard(corpus);
    }

    /// <param name="Answer">What to send.</param>
    /// <param name="FallbackReason">Why the model's answer was not used; null when it was, or when no model was asked.</param>
    public sealed record Outcome(GroundedAnswer Answer, FallbackReason? FallbackReason);

    public Task<Outcome> PhraseAsync(GroundedAnswer extractive, CancellationToken cancellationToken) =>
        PhraseAsync(extractive, moreClauses: null, cancellationToken);

    /// <param name="extractive">The extractive answer; it stands unless the model's checks out.</param>
    /// <param name="moreClauses">Further retrieved clauses the model may cite besides the extractive answer's (numbered after them).</param>
    /// <param name="cancellationToken">The turn's cancellation.</param>
    public async Task<Outcome> PhraseAsync(GroundedAnswer extractive, IReadOnlyList<Citation>? moreClauses, CancellationToken cancellationToken)
    {
        if (_call is null || !extractive.IsGrounded || extractive.Citations.Count == 0) return new Outcome(extractive, null);

        var offered = Offered(extractive.Citations, moreClauses);
        var reply = await _call.CompleteAsync(PhrasingPrompt.System, PhrasingPrompt.User(extractive.Question, offered, _corpus), cancellationToken)
            .ConfigureAwait(false);
        if (reply.Failure is { } failure) return Fallback(extractive, failure);

        var written = ModelMarkers.Normalize(reply.Text!);
        var verdict = _guard.Check(written, offered);
        if (!verdict.Accepted) return Fallback(extractive, FallbackReason.Guard(verdict.Rule, OutboundRedaction.Redact(verdict.Detail)));

        _telemetry.Accepted(Stage);
        var (shortAnswer, reconciled) = CitationMarkers.Reconcile(written, offered);
        // The model's sentences are not the texts' words: under its answer the clauses are quoted, as its label promises.
        var used = reconciled.Select(c => c with { InAnswer = false }).ToList();
        var answer = extractive with
        {
            DirectAnswer = shortAnswer,
            Text = ReplyText.Compose(shortAnswer.TrimEnd() + "\n" + AiLabel, used),
            Citations = used,
            IsAiGenerated = true,
        };
        return new Outcome(answer, null);
    }

    /// <summary>The extractive answer's clauses, then any others not already among them, numbered on.</summary>
    private static IReadOnlyList<Citation> Offered(IReadOnlyList<Citation> cited, IReadOnlyList<Citation>? more)
    {
        if (more is null || more.Count == 0) return cited;
        var offered = cited.ToList();
        var next = cited.Max(c => c.Position);
        foreach (var c in more.Where(m => cited.All(x => x.ClauseId != m.ClauseId)))
            offered.Add(c with { Position = ++next });
        return offered;
    }

    private Outcome Fallback(GroundedAnswer extractive, FallbackReason reason)
    {
        _telemetry.Fallback(Stage, reason);
        return new Outcome(extractive, reason);
    }
}

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

    public async Task<Outcome> PhraseAsync(GroundedAnswer extractive, CancellationToken cancellationToken)
    {
        if (_call is null || !extractive.IsGrounded || extractive.Citations.Count == 0) return new Outcome(extractive, null);

        var reply = await _call.CompleteAsync(PhrasingPrompt.System, PhrasingPrompt.User(extractive.Question, extractive.Citations, _corpus), cancellationToken)
            .ConfigureAwait(false);
        if (reply.Failure is { } failure) return Fallback(extractive, failure);

        var written = reply.Text!;
        var verdict = _guard.Check(written, extractive.Citations);
        if (!verdict.Accepted) return Fallback(extractive, FallbackReason.Guard(verdict.Rule, OutboundRedaction.Redact(verdict.Detail)));

        _telemetry.Accepted(Stage);
        var (shortAnswer, used) = CitationMarkers.Reconcile(written, extractive.Citations);
        var answer = extractive with
        {
            DirectAnswer = shortAnswer,
            Text = ReplyText.Compose(shortAnswer.TrimEnd() + "\n" + AiLabel, used),
            Citations = used,
            IsAiGenerated = true,
        };
        return new Outcome(answer, null);
    }

    private Outcome Fallback(GroundedAnswer extractive, FallbackReason reason)
    {
        _telemetry.Fallback(Stage, reason);
        return new Outcome(extractive, reason);
    }
}

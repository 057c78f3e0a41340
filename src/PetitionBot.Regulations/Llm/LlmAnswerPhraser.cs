using System.ClientModel;
using System.ClientModel.Primitives;
using OpenAI;
using OpenAI.Chat;
using PetitionBot.Regulations.Answers;
using PetitionBot.Regulations.Corpus;

namespace PetitionBot.Regulations.Llm;

/// <summary>
/// Lets a language model phrase a grounded answer from the same retrieved clauses. The extractive answer stands
/// whenever the model is off, slow, failing, or writes anything the guards cannot find in the cited clauses.
/// </summary>
public sealed class LlmAnswerPhraser
{
    private readonly LlmOptions _options;
    private readonly RegulationCorpus _corpus;
    private readonly ChatClient? _client;

    public LlmAnswerPhraser(LlmOptions options, RegulationCorpus corpus)
    {
        _options = options;
        _corpus = corpus;
        if (!options.IsUsable) return;

        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = options.Endpoint,
            NetworkTimeout = options.Timeout,
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0), // a retry would outlast the timeout; fall back instead
        };
        _client = new ChatClient(options.Model, new ApiKeyCredential(options.ApiKey ?? "none"), clientOptions);
    }

    /// <summary>Why the last call fell back, for diagnostics; null after a model answer was used.</summary>
    public sealed record Outcome(GroundedAnswer Answer, string? FallbackReason);

    public async Task<Outcome> PhraseAsync(GroundedAnswer extractive, CancellationToken cancellationToken)
    {
        if (_client is null) return new Outcome(extractive, "model not configured");
        if (!extractive.IsGrounded || extractive.Citations.Count == 0) return new Outcome(extractive, "nothing to phrase");

        string written;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            var messages = new ChatMessage[]
            {
                new SystemChatMessage(PhrasingPrompt.System),
                new UserChatMessage(PhrasingPrompt.User(extractive.Question, extractive.Citations, _corpus)),
            };
            var completion = await _client.CompleteChatAsync(
                messages,
                new ChatCompletionOptions { Temperature = 0, MaxOutputTokenCount = _options.MaxOutputTokens },
                timeout.Token).ConfigureAwait(false);
            written = string.Concat(completion.Value.Content.Where(p => p.Kind == ChatMessageContentPartKind.Text).Select(p => p.Text)).Trim();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Outcome(extractive, "timeout");
        }
        catch (Exception e) when (e is ClientResultException or HttpRequestException or IOException or InvalidOperationException or System.Text.Json.JsonException)
        {
            return new Outcome(extractive, "model error: " + e.GetType().Name);
        }

        var verdict = AnswerGuard.Check(written, extractive.Citations, _corpus);
        if (!verdict.Accepted) return new Outcome(extractive, verdict.Reason);

        var (shortAnswer, used) = CitationMarkers.Reconcile(written, extractive.Citations);
        var answer = extractive with
        {
            DirectAnswer = shortAnswer,
            Text = ReplyText.Compose(shortAnswer, used),
            Citations = used,
            IsAiGenerated = true,
        };
        return new Outcome(answer, null);
    }
}

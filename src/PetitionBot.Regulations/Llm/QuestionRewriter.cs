using PetitionBot.Language.Masking;

namespace PetitionBot.Regulations.Llm;

/// <summary>
/// Restates a question in the texts' terms before retrieval (optional, with its own short deadline). Any failure,
/// or an answer that does not look like one restated question, leaves the original question to be searched.
/// </summary>
public sealed class QuestionRewriter
{
    public const string Stage = "rewrite";

    private readonly ModelCall? _call;
    private readonly LlmTelemetry _telemetry;

    /// <param name="call">The model; null when rewriting is off.</param>
    public QuestionRewriter(ModelCall? call, LlmTelemetry telemetry)
    {
        _call = call;
        _telemetry = telemetry;
    }

    public bool IsEnabled => _call is not null;

    /// <summary>The restated question, or <paramref name="question"/> itself when off or on any failure.</summary>
    public async Task<string> RewriteAsync(string question, CancellationToken cancellationToken)
    {
        if (_call is null || string.IsNullOrWhiteSpace(question)) return question;
        var reply = await _call.CompleteAsync(RewritePrompt.System, RewritePrompt.User(question), cancellationToken).ConfigureAwait(false);
        if (reply.Failure is { } failure)
        {
            _telemetry.Fallback(Stage, failure);
            return question;
        }
        var rewritten = Clean(reply.Text!);
        if (Rejection(rewritten, question) is { } reason)
        {
            _telemetry.Fallback(Stage, reason);
            return question;
        }
        _telemetry.Accepted(Stage);
        return rewritten;
    }

    private static string Clean(string text)
    {
        var line = text.Trim().Split('\n')[0].Trim();
        foreach (var prefix in new[] { "改写后的问题：", "改写后：", "改写：", "问题：" })
            if (line.StartsWith(prefix, StringComparison.Ordinal)) line = line[prefix.Length..].Trim();
        return line.Trim('“', '”', '"', '「', '」');
    }

    /// <summary>A restatement is one line, about as long as the question; an essay or an answer is not one.</summary>
    private static FallbackReason? Rejection(string rewritten, string question)
    {
        if (rewritten.Length == 0) return FallbackReason.Malformed("empty rewrite");
        if (rewritten.Length > Math.Max(60, 3 * question.Length)) return FallbackReason.Guard("rewrite-length", rewritten.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // The question sent was redacted; the rewrite must not be what brings personal data back.
        if (OutboundRedaction.Redact(rewritten) != rewritten) return FallbackReason.Guard("rewrite-personal-data", "");
        return null;
    }
}

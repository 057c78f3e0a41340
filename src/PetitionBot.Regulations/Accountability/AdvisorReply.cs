using PetitionBot.Regulations.Answers;

namespace PetitionBot.Regulations.Accountability;

/// <summary>One reply of the advisor: a question with choices, or an answer with its citations.</summary>
public sealed record AdvisorReply
{
    /// <summary>The whole reply text.</summary>
    public required string Text { get; init; }

    /// <summary>Button texts; tapping one sends it as the next message.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>Text and citations as a grounded answer (for the citation entity); null for a bare question.</summary>
    public GroundedAnswer? Answer { get; init; }

    /// <summary>What is known; <see cref="AccountabilityFacts.Pending"/> is set while a question waits for its answer.</summary>
    public required AccountabilityFacts Facts { get; init; }

    /// <summary>False when the message answered nothing the advisor was waiting on (it asked again).</summary>
    public bool Understood { get; init; } = true;

    public bool IsQuestion => Facts.Pending is not null;

    /// <summary>Why the advisor does not apply (a procedural question, no case described); null when it does.</summary>
    public string? NotApplicableReason { get; init; }

    /// <summary>
    /// For a procedural question the advisor declines: its own procedural rules that answer it, for the host to send
    /// when the regulation answer finds nothing; null when it keeps none.
    /// </summary>
    public GroundedAnswer? ProcedureAnswer { get; init; }

    /// <summary>Advice, a question, or a message the advisor does not apply to (answer it as a regulation question).</summary>
    public AdvisorReplyKind Kind =>
        NotApplicableReason is not null ? AdvisorReplyKind.NotApplicable : IsQuestion ? AdvisorReplyKind.Question : AdvisorReplyKind.Advice;

    public static AdvisorReply NotApplicable(string reason, AccountabilityFacts facts) =>
        new() { Text = "", Facts = facts with { Pending = null }, NotApplicableReason = reason };

    /// <summary>The first line (结论：… for answers).</summary>
    public string FirstLine => Text.Split('\n')[0];
}

namespace PetitionBot.Regulations.Answers;

/// <summary>An answer drawn only from loaded regulation texts, with the clauses it rests on.</summary>
public sealed record GroundedAnswer
{
    public required string Question { get; init; }

    /// <summary>The whole reply: the short answer, then the quoted clauses, each marked [n].</summary>
    public required string Text { get; init; }

    /// <summary>The short answer alone (first part of <see cref="Text"/>).</summary>
    public required string DirectAnswer { get; init; }

    /// <summary>Cited clauses; every [n] in the text has one, and every one is referred to.</summary>
    public required IReadOnlyList<Citation> Citations { get; init; }

    /// <summary>False when the texts held nothing that answers the question; then nothing is cited.</summary>
    public required bool IsGrounded { get; init; }

    /// <summary>Set when a language model phrased the answer (from the same clauses).</summary>
    public bool IsAiGenerated { get; init; }

    /// <summary>Short names of the documents that were searched.</summary>
    public required IReadOnlyList<string> SearchedDocuments { get; init; }
}

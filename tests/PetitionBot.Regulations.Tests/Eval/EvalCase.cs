using System.Text.Json;
using System.Text.Json.Serialization;
using PetitionBot.Testing;

namespace PetitionBot.Regulations.Tests.Eval;

/// <summary>One line of a dev question set.</summary>
public sealed record EvalCase(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("q")] string Question,
    [property: JsonPropertyName("jurisdiction")] string? Jurisdiction,
    [property: JsonPropertyName("expect")] string[] Expect,
    [property: JsonPropertyName("mention")] string[]? Mention)
{
    public static IReadOnlyList<EvalCase> Read(string fileName) =>
        File.ReadAllLines(RepositoryRoot.Combine("tests", "PetitionBot.Regulations.Tests", "Eval", fileName))
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonSerializer.Deserialize<EvalCase>(l)!)
            .ToList();

    /// <summary>An expected id like national-2016#11 is hit by that article or any of its items.</summary>
    public bool IsHitBy(string clauseId) =>
        Expect.Any(e => clauseId == e || clauseId.StartsWith(e + ".", StringComparison.Ordinal));
}

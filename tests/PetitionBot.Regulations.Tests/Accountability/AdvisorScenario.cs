using System.Text.Json;
using System.Text.Json.Serialization;
using PetitionBot.Testing;

namespace PetitionBot.Regulations.Tests.Accountability;

/// <summary>
/// One eval case: the user's messages (one, or several when the advisor must ask), the questions it must ask on the
/// way, the clauses the answer must cite, the measures its 结论 line must name and those it must not, and words the
/// rest of the answer must carry (the responsibility split, deadlines); or, for a message the advisor must leave to
/// the regulation answer (a procedural question), why it declines.
/// </summary>
public sealed record AdvisorScenario(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("q")] string? Question,
    [property: JsonPropertyName("turns")] string[]? Turns,
    [property: JsonPropertyName("asks")] string[]? Asks,
    [property: JsonPropertyName("expect")] string[] Expect,
    [property: JsonPropertyName("measures")] string[] Measures,
    [property: JsonPropertyName("not_measures")] string[] NotMeasures,
    [property: JsonPropertyName("mention")] string[]? Mention,
    [property: JsonPropertyName("declines")] string? Declines = null)
{
    public IReadOnlyList<string> Messages => Turns ?? [Question!];

    public override string ToString() => Id;

    public static IReadOnlyList<AdvisorScenario> Read(params string[] pathInTests) =>
        File.ReadAllLines(RepositoryRoot.Combine(["tests", "PetitionBot.Regulations.Tests", .. pathInTests]))
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonSerializer.Deserialize<AdvisorScenario>(l) ?? throw new InvalidDataException(l))
            .ToList();

    /// <summary>An expected id like hunan-2016#4 is met by that clause or any of its items.</summary>
    public static bool Covers(string expected, string cited) =>
        cited == expected || cited.StartsWith(expected + ".", StringComparison.Ordinal);
}

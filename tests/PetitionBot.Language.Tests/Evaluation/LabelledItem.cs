using System.Text.Json;

namespace PetitionBot.Language.Tests.Evaluation;

/// <summary>One line of a labelled data file.</summary>
public sealed record LabelledItem(int Line, JsonElement Json)
{
    public string Text => Json.GetProperty("text").GetString()!;

    public string? this[string property] =>
        Json.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public string Expected => this["expected"]!;

    public DateTimeOffset Reference => DateTimeOffset.Parse(this["ref"]!, System.Globalization.CultureInfo.InvariantCulture);

    public static IReadOnlyList<LabelledItem> Load(string category)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", category + ".jsonl");
        return File.ReadLines(path)
            .Select((line, index) => (line, index))
            .Where(x => !string.IsNullOrWhiteSpace(x.line))
            .Select(x => new LabelledItem(x.index + 1, JsonDocument.Parse(x.line).RootElement.Clone()))
            .ToList();
    }
}

using System.Text.Json;

namespace PetitionBot.Language.Routing;

/// <summary>One line of a routing training file: <c>{"id": …, "q": utterance, "route": label}</c>.</summary>
public sealed record LabelledUtterance(string Id, string Text, string Route)
{
    public static IReadOnlyList<LabelledUtterance> ReadFile(string path)
    {
        var rows = new List<LabelledUtterance>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var text = root.GetProperty("q").GetString();
            var route = root.GetProperty("route").GetString();
            if (string.IsNullOrWhiteSpace(text) || route is null)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)} line {number}: needs \"q\" and \"route\".");
            }
            _ = RouteLabels.IndexOf(route);
            var id = root.TryGetProperty("id", out var idElement) ? idElement.GetString() ?? $"{number}" : $"{number}";
            rows.Add(new LabelledUtterance(id, text, route));
        }
        return rows;
    }
}

using System.Text.Json;

namespace PetitionBot.Regulations.Search;

/// <summary>Reads a JSON data file compiled into this assembly.</summary>
internal static class EmbeddedJson
{
    public static JsonDocument Read(string name)
    {
        var resource = "PetitionBot.Regulations.Search." + name;
        using var stream = typeof(EmbeddedJson).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
        return JsonDocument.Parse(stream);
    }
}

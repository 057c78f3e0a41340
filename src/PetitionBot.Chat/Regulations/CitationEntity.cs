using System.Text.Json.Nodes;

using PetitionBot.Regulations.Answers;

namespace PetitionBot.Chat.Regulations;

/// <summary>
/// The schema.org Message entity that carries an answer's citations (and its AI label) in the form Teams and
/// Web Chat render as tappable references. One per activity. Presentation, so it sits with the chat that writes the
/// activity, not with the answers it presents.
/// </summary>
public static class CitationEntity
{
    public const string EntityType = "https://schema.org/Message";
    private const int MaxCitations = 20;
    private const int MaxName = 80;
    private const int MaxAbstract = 160;
    private const int MaxKeywords = 3;
    private const int MaxKeywordLength = 28;

    /// <summary>A page path under the bot's address, keeping a base path ("https://host/bot/" + "/regulations/x").</summary>
    private static string Absolute(Uri baseUrl, string path)
    {
        var folder = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        return new Uri(folder, path.TrimStart('/')).ToString();
    }

    /// <param name="answer">The answer whose citations to carry.</param>
    /// <param name="baseUrl">Public address of the bot, to make clause links absolute; relative paths without it.</param>
    public static JsonObject Build(GroundedAnswer answer, Uri? baseUrl = null)
    {
        var citations = new JsonArray();
        foreach (var c in answer.Citations.OrderBy(c => c.Position).Take(MaxCitations))
        {
            citations.Add(new JsonObject
            {
                ["@type"] = "Claim",
                ["position"] = c.Position,
                ["appearance"] = new JsonObject
                {
                    ["@type"] = "DigitalDocument",
                    // Short enough for a phone's reference list; the full title opens the abstract, as on the clause page.
                    ["name"] = Clip(c.ShortLabel, MaxName),
                    ["url"] = baseUrl is null ? c.Url : Absolute(baseUrl, c.Url),
                    ["abstract"] = Clip($"{c.Label}：{c.Excerpt}", MaxAbstract),
                    ["keywords"] = Keywords(c),
                },
            });
        }

        var entity = new JsonObject
        {
            ["type"] = EntityType,
            ["@type"] = "Message",
            ["@context"] = "https://schema.org",
            ["@id"] = "",
        };
        if (answer.IsAiGenerated)
            entity["additionalType"] = new JsonArray("AIGeneratedContent");
        entity["citation"] = citations;
        return entity;
    }

    private static JsonArray Keywords(Citation c)
    {
        var words = new[] { c.DocumentShortName, c.ClauseLabel, c.Heading }
            .Where(k => !string.IsNullOrWhiteSpace(k))
            .Select(k => Clip(k!, MaxKeywordLength))
            .Distinct()
            .Take(MaxKeywords);
        return new JsonArray(words.Select(w => (JsonNode)JsonValue.Create(w)!).ToArray());
    }

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}

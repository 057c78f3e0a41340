using System.Text.RegularExpressions;
using PetitionBot.Regulations.Corpus;

namespace PetitionBot.Regulations.Search;

/// <summary>
/// How officers name a document loosely: by its number (沪委办68号文), a province's abbreviation (沪上, 苏省),
/// "省里/市里" for their own jurisdiction, and filler for "that document" (那个办法). Read from Search/document-names.json.
/// </summary>
public sealed partial class DocumentNames
{
    private readonly Dictionary<string, string> _abbreviations;

    private DocumentNames(string[] own, Dictionary<string, string> abbreviations, string[] abbreviationEndings, string[] kinds)
    {
        _abbreviations = abbreviations;
        Own = own.OrderByDescending(w => w.Length).ToArray();
        AbbreviationEndings = abbreviationEndings;
        Kinds = kinds.OrderByDescending(w => w.Length).ToArray();
    }

    public static DocumentNames Default { get; } = Load();

    /// <summary>Words for the user's own province or city, longest first.</summary>
    public IReadOnlyList<string> Own { get; }

    public IReadOnlyList<string> AbbreviationEndings { get; }

    /// <summary>Words for "that document", longest first.</summary>
    public IReadOnlyList<string> Kinds { get; }

    /// <summary>Ways to write a document number: 沪委办〔2017〕68号 → with other brackets, without the year, the prefix alone.</summary>
    public static IEnumerable<string> NumberAliases(string? documentNumber)
    {
        if (string.IsNullOrWhiteSpace(documentNumber)) yield break;
        var m = NumberPattern().Match(documentNumber.Normalize(System.Text.NormalizationForm.FormKC));
        if (!m.Success) { yield return documentNumber; yield break; }
        string prefix = m.Groups["prefix"].Value, year = m.Groups["year"].Value, n = m.Groups["n"].Value;
        yield return documentNumber;
        foreach (var (open, close) in new[] { ("〔", "〕"), ("[", "]"), ("(", ")"), ("【", "】"), ("", "") })
        {
            yield return $"{prefix}{open}{year}{close}{n}号文";
            yield return $"{prefix}{open}{year}{close}{n}号";
            yield return $"{prefix}{open}{year}{close}{n}";
        }
        yield return $"{prefix}{n}号文";
        yield return $"{prefix}{n}号";
        if (prefix.Length >= 2) yield return prefix;
    }

    /// <summary>A province's abbreviation with the characters that follow it in names (上海 → 沪上, 沪委 …).</summary>
    public IEnumerable<string> AbbreviatedNames(string shortJurisdiction) =>
        _abbreviations.TryGetValue(shortJurisdiction, out var a) ? AbbreviationEndings.Select(e => a + e) : [];

    private static DocumentNames Load()
    {
        using var json = EmbeddedJson.Read("document-names.json");
        string[] List(string name) => json.RootElement.GetProperty(name).EnumerateArray().Select(w => w.GetString()!).ToArray();
        var abbreviations = json.RootElement.GetProperty("abbreviations").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        return new DocumentNames(List("own"), abbreviations, List("abbreviationEndings"), List("kinds"));
    }

    [GeneratedRegex(@"^(?<prefix>[^\[\(〔【\d]+)[\[\(〔【]?(?<year>\d{4})[\]\)〕】]?(?<n>\d+)号")]
    private static partial Regex NumberPattern();
}

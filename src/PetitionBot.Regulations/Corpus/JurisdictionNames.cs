namespace PetitionBot.Regulations.Corpus;

/// <summary>Normalizes how people name a jurisdiction: 上海市 / 上海 / 沪 → 上海; 全国 / 中央 / 国家 → 中央.</summary>
public static class JurisdictionNames
{
    public const string National = "中央";

    private static readonly string[] NationalNames = ["全国", "中央", "国家", "中办国办", "国务院"];

    private static readonly Dictionary<string, string> Abbreviations = new()
    {
        ["沪"] = "上海", ["湘"] = "湖南", ["浙"] = "浙江", ["苏"] = "江苏", ["京"] = "北京", ["粤"] = "广东",
    };

    private static readonly string[] Suffixes = ["维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市"];

    /// <summary>The short form, or "中央" for national rules; null for empty input.</summary>
    public static string Short(string jurisdiction)
    {
        var j = jurisdiction.Trim();
        if (NationalNames.Contains(j)) return National;
        if (Abbreviations.TryGetValue(j, out var full)) return full;
        foreach (var suffix in Suffixes)
            if (j.Length > suffix.Length + 1 && j.EndsWith(suffix, StringComparison.Ordinal))
                return j[..^suffix.Length];
        return j;
    }

    /// <summary>Names a query may use for a jurisdiction, longest first.</summary>
    public static IReadOnlyList<string> Aliases(string jurisdiction)
    {
        var shortName = Short(jurisdiction);
        if (shortName == National) return ["全国性", "全国", "中央", "中办", "国办", "国家"];
        var list = new List<string> { jurisdiction.Trim(), shortName };
        list.AddRange(Abbreviations.Where(a => a.Value == shortName).Select(a => a.Key + "办"));
        return list.Distinct().OrderByDescending(a => a.Length).ToList();
    }
}

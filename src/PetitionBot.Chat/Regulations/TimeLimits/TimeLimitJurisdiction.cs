using PetitionBot.Cases.Deadlines;

namespace PetitionBot.Chat.Regulations.TimeLimits;

/// <summary>
/// Which of the policy's jurisdictions a question is for: a place named in the question (浙江), else the user's
/// preference (an id such as zhejiang, or a name such as 浙江省), else the policy's default.
/// </summary>
public sealed class TimeLimitJurisdiction(DeadlinePolicy policy)
{
    private readonly (Jurisdiction Jurisdiction, string[] Names)[] _places = policy.Jurisdictions
        .Where(j => j.Id != policy.DefaultJurisdiction)
        .Select(j => (j, PlaceNames(j)))
        .ToArray();

    public Jurisdiction For(string text, string? preferred)
    {
        foreach (var (jurisdiction, names) in _places)
            if (names.Any(text.Contains))
                return jurisdiction;
        if (!string.IsNullOrWhiteSpace(preferred))
            foreach (var (jurisdiction, names) in _places)
                if (jurisdiction.Id.Equals(preferred, StringComparison.OrdinalIgnoreCase) || names.Any(preferred.Contains))
                    return jurisdiction;
        return Default;
    }

    public Jurisdiction Default => policy.Jurisdictions.First(j => j.Id == policy.DefaultJurisdiction);

    /// <summary>浙江省 from "浙江省（《浙江省信访条例》）".</summary>
    public static string ShortName(Jurisdiction jurisdiction)
    {
        var name = jurisdiction.Name;
        var bracket = name.IndexOfAny(['（', '(']);
        return (bracket > 0 ? name[..bracket] : name).Trim();
    }

    // 浙江省 and 浙江: people name a province with or without 省/市.
    private static string[] PlaceNames(Jurisdiction jurisdiction)
    {
        var name = ShortName(jurisdiction);
        foreach (var suffix in new[] { "自治区", "省", "市" })
            if (name.Length > suffix.Length + 1 && name.EndsWith(suffix, StringComparison.Ordinal))
                return [name, name[..^suffix.Length]];
        return [name];
    }
}

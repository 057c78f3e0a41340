namespace PetitionBot.Cases.Model;

/// <summary>The place a unit serves, as a problem's location names it: 城关镇信访办 → 城关镇, 东关街道办事处 → 东关街道.</summary>
public static class UnitPlace
{
    // Longest first, so 信访办公室 is not cut to 公室.
    private static readonly string[] OfficeWords = ["信访办公室", "人民政府", "信访局", "信访办", "办事处", "政府"];

    public static string Of(string unit)
    {
        var place = unit.Trim();
        foreach (var office in OfficeWords)
            if (place.EndsWith(office, StringComparison.Ordinal) && place.Length > office.Length)
                return place[..^office.Length];
        return place;
    }
}

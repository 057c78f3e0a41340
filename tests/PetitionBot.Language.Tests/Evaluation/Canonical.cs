using System.Globalization;
using PetitionBot.Language.DateTimes;
using PetitionBot.Language.Durations;
using PetitionBot.Language.Identity;

namespace PetitionBot.Language.Tests.Evaluation;

/// <summary>The string forms the data files use for expected values.</summary>
public static class Canonical
{
    public static string Of(ResolvedDateTime value) => value.Granularity switch
    {
        DateGranularity.Year => value.Date.Year.ToString(CultureInfo.InvariantCulture),
        DateGranularity.Month => value.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DateGranularity.Week => "week " + value.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ when value.Time is { } time => value.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T" + time.ToString("HH:mm", CultureInfo.InvariantCulture),
        _ when value.Period is { } period => value.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " " + period,
        _ => value.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public static string Of(Duration value) => Of(value.Amount) + " " + value.Unit;

    public static string Of(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    public static string Of(object? value) => value switch
    {
        null => "null",
        ResolvedDateTime d => Of(d),
        PhoneNumber p => p.Display,
        decimal n => Of(n),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable<string> list => string.Join("|", list),
        _ => value.ToString() ?? "",
    };
}

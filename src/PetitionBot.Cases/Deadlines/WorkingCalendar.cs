using System.Text.Json;

namespace PetitionBot.Cases.Deadlines;

/// <summary>
/// Which days are working days: Monday–Friday except public holidays, plus the 调休 weekend days
/// that are worked. Years without a loaded schedule fall back to weekends only.
/// </summary>
public sealed class WorkingCalendar
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private readonly Dictionary<DateOnly, string> _holidays;
    private readonly HashSet<DateOnly> _adjustedWorkdays;
    private readonly SortedSet<int> _years;

    public WorkingCalendar(
        IReadOnlyDictionary<DateOnly, string> holidays,
        IEnumerable<DateOnly> adjustedWorkdays,
        IEnumerable<int> loadedYears)
    {
        _holidays = new Dictionary<DateOnly, string>(holidays);
        _adjustedWorkdays = [.. adjustedWorkdays];
        _years = [.. loadedYears];
    }

    /// <summary>Years whose official schedule is loaded, ascending.</summary>
    public IReadOnlyCollection<int> LoadedYears => _years;

    public int? LastLoadedYear => _years.Count == 0 ? null : _years.Max;

    /// <summary>Reads every cn-*.json in <paramref name="folder"/>.</summary>
    public static WorkingCalendar Load(string folder)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"Holiday calendar folder not found: {folder}");
        var holidays = new Dictionary<DateOnly, string>();
        var adjusted = new List<DateOnly>();
        var years = new List<int>();
        foreach (var file in Directory.GetFiles(folder, "cn-*.json").Order(StringComparer.Ordinal))
        {
            var year = JsonSerializer.Deserialize<CalendarYearFile>(File.ReadAllText(file), Json)
                ?? throw new InvalidDataException($"Empty calendar file: {file}");
            if (year.Year == 0)
                throw new InvalidDataException($"Calendar file has no year: {file}");
            years.Add(year.Year);
            foreach (var holiday in year.Holidays)
                foreach (var day in holiday.Dates)
                    holidays[day] = holiday.Name;
            adjusted.AddRange(year.AdjustedWorkdays);
        }
        if (years.Count == 0)
            throw new InvalidDataException($"No cn-*.json calendar files in {folder}");
        return new WorkingCalendar(holidays, adjusted, years);
    }

    /// <summary>True when the official schedule for the day's year is loaded.</summary>
    public bool IsKnown(DateOnly day) => _years.Contains(day.Year);

    public bool IsWorkingDay(DateOnly day)
    {
        if (_holidays.ContainsKey(day))
            return false;
        if (_adjustedWorkdays.Contains(day))
            return true;
        return day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>The holiday's name (e.g. 春节) when the day is a public holiday.</summary>
    public string? HolidayName(DateOnly day) => _holidays.GetValueOrDefault(day);
}

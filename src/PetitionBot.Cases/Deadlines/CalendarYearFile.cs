namespace PetitionBot.Cases.Deadlines;

/// <summary>Shape of one regulations/calendar/cn-YYYY.json file.</summary>
internal sealed class CalendarYearFile
{
    public int Year { get; set; }
    public string? Source { get; set; }
    public List<HolidayEntry> Holidays { get; set; } = [];
    public List<DateOnly> AdjustedWorkdays { get; set; } = [];

    internal sealed class HolidayEntry
    {
        public string Name { get; set; } = "";
        public List<DateOnly> Dates { get; set; } = [];
    }
}

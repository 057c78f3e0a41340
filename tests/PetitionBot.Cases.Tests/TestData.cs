using PetitionBot.Cases.Deadlines;
using PetitionBot.Testing;

namespace PetitionBot.Cases.Tests;

/// <summary>The calendar and policy as shipped in the repository's regulations folder.</summary>
internal static class TestData
{
    public static string RegulationsFolder => RepositoryRoot.Combine("regulations");

    public static WorkingCalendar Calendar { get; } = WorkingCalendar.Load(RepositoryRoot.Combine("regulations", "calendar"));

    public static DeadlinePolicy Policy { get; } = DeadlinePolicy.LoadFolder(RegulationsFolder);

    public static DeadlineCalculator Calculator { get; } = new(Calendar);

    public static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}

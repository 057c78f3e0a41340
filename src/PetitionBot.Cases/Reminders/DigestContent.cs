namespace PetitionBot.Cases.Reminders;

/// <summary>What a daily digest says: counts by colour, the most urgent few, and what was held back on rest days.</summary>
public sealed record DigestContent(DateOnly Day, int Red, int Yellow, IReadOnlyList<DigestLine> MostUrgent, int NewWhileHeld)
{
    public int Total => Red + Yellow;

    public int NotListed => Total - MostUrgent.Count;
}

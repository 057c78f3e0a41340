namespace PetitionBot.Cases.Deadlines;

/// <summary>An inclusive span of days, e.g. the days a 复核 hearing (听证) took.</summary>
public sealed record DateRange(DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly day) => day >= From && day <= To;
}

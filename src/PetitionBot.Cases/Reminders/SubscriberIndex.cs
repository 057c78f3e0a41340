namespace PetitionBot.Cases.Reminders;

/// <summary>Active subscriptions indexed by what they cover, so matching a case does not scan every subscriber.</summary>
public sealed class SubscriberIndex
{
    private readonly List<ReminderSubscription> _all = [];
    private readonly Dictionary<string, List<ReminderSubscription>> _byUnit = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ReminderSubscription>> _byOfficer = new(StringComparer.Ordinal);

    public SubscriberIndex(IEnumerable<ReminderSubscription> subscriptions)
    {
        foreach (var s in subscriptions.Where(s => s.IsActive))
        {
            switch (s.Scope)
            {
                case ReminderScope.All:
                    _all.Add(s);
                    break;
                case ReminderScope.Units:
                    foreach (var unit in s.Units.Distinct())
                        Add(_byUnit, unit, s);
                    break;
                case ReminderScope.OwnCases when s.OfficerId is { } officer:
                    Add(_byOfficer, officer, s);
                    break;
            }
        }
    }

    /// <summary>Every subscription covering the case, each once.</summary>
    public IEnumerable<ReminderSubscription> Matching(DueCase c)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        IEnumerable<ReminderSubscription> candidates = _all;
        candidates = candidates.Concat(_byUnit.GetValueOrDefault(c.RegisteringUnit) ?? []);
        if (c.ResponsibleUnit is { } responsible)
            candidates = candidates.Concat(_byUnit.GetValueOrDefault(responsible) ?? []);
        if (c.HandlingOfficer is { } officer)
            candidates = candidates.Concat(_byOfficer.GetValueOrDefault(officer) ?? []);
        return candidates.Where(s => seen.Add(s.Id));
    }

    private static void Add(Dictionary<string, List<ReminderSubscription>> index, string key, ReminderSubscription s)
    {
        if (!index.TryGetValue(key, out var list))
            index[key] = list = [];
        list.Add(s);
    }
}

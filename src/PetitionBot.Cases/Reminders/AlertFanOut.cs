namespace PetitionBot.Cases.Reminders;

/// <summary>
/// Which subscriber hears about which of a pass's new transitions: each gets the first few it covers, in the order
/// they were found (beyond the bound the digest's counts cover the rest). Works per subscriber over per-unit and
/// per-officer lists, so a pass with 160,000 transitions does not match every subscriber against every case.
/// </summary>
public sealed class AlertFanOut(IReadOnlyList<ReminderSubscription> subscriptions, int maxPerSubscriber)
{
    public IEnumerable<(ReminderSubscription Subscriber, CaseTransition Transition)> Plan(IReadOnlyList<CaseTransition> transitions)
    {
        var byUnit = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byOfficer = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < transitions.Count; i++)
        {
            var c = transitions[i].Case;
            Add(byUnit, c.RegisteringUnit, i);
            if (c.ResponsibleUnit is { } responsible && responsible != c.RegisteringUnit)
                Add(byUnit, responsible, i);
            if (c.HandlingOfficer is { } officer)
                Add(byOfficer, officer, i);
        }
        foreach (var subscriber in subscriptions.Where(s => s.IsActive))
        {
            var covered = subscriber.Scope switch
            {
                ReminderScope.All => Enumerable.Range(0, Math.Min(transitions.Count, maxPerSubscriber)),
                ReminderScope.Units => FirstOfUnion(subscriber.Units.Distinct().Select(u => byUnit.GetValueOrDefault(u))),
                ReminderScope.OwnCases when subscriber.OfficerId is { } officer => FirstOfUnion([byOfficer.GetValueOrDefault(officer)]),
                _ => [],
            };
            foreach (var i in covered)
                yield return (subscriber, transitions[i]);
        }
    }

    /// <summary>The first positions of the union of ascending lists; the first n of a union are among the first n of each list.</summary>
    private IEnumerable<int> FirstOfUnion(IEnumerable<List<int>?> lists)
    {
        var firsts = lists.OfType<List<int>>().ToList();
        return firsts.Count == 1
            ? firsts[0].Take(maxPerSubscriber)
            : firsts.SelectMany(l => l.Take(maxPerSubscriber)).Distinct().Order().Take(maxPerSubscriber);
    }

    private static void Add(Dictionary<string, List<int>> index, string key, int position)
    {
        if (!index.TryGetValue(key, out var list))
            index[key] = list = [];
        list.Add(position);
    }
}

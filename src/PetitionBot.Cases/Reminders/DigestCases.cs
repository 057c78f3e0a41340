namespace PetitionBot.Cases.Reminders;

/// <summary>
/// The yellow and red cases of one day, kept only as far as digests need them: counts and the few most urgent (most
/// overdue, then soonest due) for everything, per pair of units on a case and per officer. Fed one case at a time, so
/// 170,000 due cases are never held at once, and thousands of digests share the work.
/// </summary>
public sealed class DigestCases(DateOnly today, int top)
{
    private readonly Tally _all = new(today, top);
    private readonly Dictionary<(string Registering, string? Responsible), Tally> _byUnits = new();
    private readonly Dictionary<string, Tally> _byOfficer = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Group> _groups = new(StringComparer.Ordinal);

    /// <summary>Counts a case in; any order.</summary>
    public void Add(DueCase c)
    {
        _all.Add(c);
        // A case is counted once per pair, so a subscriber of both units still counts it once.
        var responsible = c.ResponsibleUnit == c.RegisteringUnit ? null : c.ResponsibleUnit;
        Of(_byUnits, (c.RegisteringUnit, responsible)).Add(c);
        if (c.HandlingOfficer is { } officer)
            Of(_byOfficer, officer).Add(c);
    }

    public Group For(ReminderSubscription subscriber) => subscriber.Scope switch
    {
        ReminderScope.All => Cached("a", () => [_all]),
        ReminderScope.Units => Cached("u:" + string.Join('\u001f', subscriber.Units.Distinct().Order(StringComparer.Ordinal)), () =>
        {
            var units = subscriber.Units.ToHashSet(StringComparer.Ordinal);
            return [.. _byUnits
                .Where(p => units.Contains(p.Key.Registering) || (p.Key.Responsible is { } r && units.Contains(r)))
                .Select(p => p.Value)];
        }),
        ReminderScope.OwnCases when subscriber.OfficerId is { } officer =>
            Cached("o:" + officer, () => _byOfficer.TryGetValue(officer, out var own) ? [own] : []),
        _ => Cached("", () => []),
    };

    private Group Cached(string key, Func<List<Tally>> tallies)
    {
        if (!_groups.TryGetValue(key, out var group))
        {
            var parts = tallies();
            _groups[key] = group = new Group(parts.Sum(t => t.Red), parts.Sum(t => t.Yellow),
                [.. parts.SelectMany(t => t.Urgent).Order(Tally.MostUrgentFirst).Take(top)]);
        }
        return group;
    }

    private Tally Of<TKey>(Dictionary<TKey, Tally> tallies, TKey key) where TKey : notnull
    {
        if (!tallies.TryGetValue(key, out var tally))
            tallies[key] = tally = new Tally(today, top);
        return tally;
    }

    /// <summary>What one digest reports: red and yellow counts and the most urgent cases, most urgent first.</summary>
    public sealed record Group(int Red, int Yellow, IReadOnlyList<DueCase> MostUrgent);

    /// <summary>Counts of a set of cases and its few most urgent, kept sorted as cases come in.</summary>
    private sealed class Tally(DateOnly today, int top)
    {
        public static readonly Comparer<DueCase> MostUrgentFirst = Comparer<DueCase>.Create((a, b) =>
        {
            var byDate = a.DueDate.CompareTo(b.DueDate);
            return byDate != 0 ? byDate : string.CompareOrdinal(a.Number, b.Number);
        });

        public int Red { get; private set; }

        public int Yellow { get; private set; }

        public List<DueCase> Urgent { get; } = [];

        public void Add(DueCase c)
        {
            if (c.DueDate < today)
                Red++;
            else
                Yellow++;
            if (top <= 0 || (Urgent.Count == top && MostUrgentFirst.Compare(c, Urgent[^1]) >= 0))
                return;
            var at = Urgent.BinarySearch(c, MostUrgentFirst);
            Urgent.Insert(at < 0 ? ~at : at, c);
            if (Urgent.Count > top)
                Urgent.RemoveAt(top);
        }
    }
}

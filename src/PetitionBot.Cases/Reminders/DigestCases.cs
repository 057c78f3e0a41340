namespace PetitionBot.Cases.Reminders;

/// <summary>
/// The yellow and red cases of one day, sorted most urgent first (most overdue, then soonest due) and grouped by unit
/// and officer once, so thousands of digests share the work.
/// </summary>
public sealed class DigestCases
{
    private readonly DateOnly _today;
    private readonly Group _all;
    private readonly Dictionary<string, List<DueCase>> _byUnit = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DueCase>> _byOfficer = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Group> _groups = new(StringComparer.Ordinal);

    public DigestCases(IEnumerable<DueCase> cases, DateOnly today)
    {
        _today = today;
        var sorted = cases.OrderBy(c => c.DueDate).ThenBy(c => c.Number, StringComparer.Ordinal).ToList();
        _all = new Group(sorted, today);
        foreach (var c in sorted)
        {
            Add(_byUnit, c.RegisteringUnit, c);
            if (c.ResponsibleUnit is { } responsible && responsible != c.RegisteringUnit)
                Add(_byUnit, responsible, c);
            if (c.HandlingOfficer is { } officer)
                Add(_byOfficer, officer, c);
        }
    }

    public Group For(ReminderSubscription subscriber) => subscriber.Scope switch
    {
        ReminderScope.All => _all,
        ReminderScope.Units => Cached("u:" + string.Join('\u001f', subscriber.Units.Order(StringComparer.Ordinal)), () =>
            subscriber.Units.Distinct().SelectMany(u => _byUnit.GetValueOrDefault(u) ?? []).DistinctBy(c => c.Number)
                .OrderBy(c => c.DueDate).ThenBy(c => c.Number, StringComparer.Ordinal).ToList()),
        ReminderScope.OwnCases => Cached("o:" + subscriber.OfficerId, () =>
            subscriber.OfficerId is { } officer ? _byOfficer.GetValueOrDefault(officer) ?? [] : []),
        _ => new Group([], _today),
    };

    private Group Cached(string key, Func<List<DueCase>> build)
    {
        if (!_groups.TryGetValue(key, out var group))
            _groups[key] = group = new Group(build(), _today);
        return group;
    }

    private static void Add(Dictionary<string, List<DueCase>> index, string key, DueCase c)
    {
        if (!index.TryGetValue(key, out var list))
            index[key] = list = [];
        list.Add(c);
    }

    /// <summary>Cases sorted by due date: the overdue ones come first, most overdue first.</summary>
    public sealed class Group(IReadOnlyList<DueCase> sorted, DateOnly today)
    {
        public int Red { get; } = sorted.Count(c => c.DueDate < today);

        public int Yellow => sorted.Count - Red;

        public IEnumerable<DueCase> MostUrgent(int count) => sorted.Take(count);
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace PetitionBot.Cases.Deadlines;

/// <summary>
/// The time limits per jurisdiction, read from policy files so a province can change them without a rebuild.
/// </summary>
public sealed class DeadlinePolicy
{
    public const string NationalJurisdiction = "national";
    public const int DefaultYellowWorkingDays = 3;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    private readonly Dictionary<string, Jurisdiction> _jurisdictions;
    private readonly Dictionary<(string, DeadlineStep), DeadlineRule> _rules;

    public DeadlinePolicy(
        IEnumerable<Jurisdiction> jurisdictions,
        IEnumerable<DeadlineRule> rules,
        string defaultJurisdiction = NationalJurisdiction,
        int yellowWorkingDays = DefaultYellowWorkingDays)
    {
        _jurisdictions = jurisdictions.ToDictionary(j => j.Id, StringComparer.Ordinal);
        _rules = [];
        foreach (var rule in rules)
        {
            if (!_jurisdictions.ContainsKey(rule.Jurisdiction))
                throw new InvalidDataException($"Rule {rule.Step} names unknown jurisdiction '{rule.Jurisdiction}'.");
            if (!_rules.TryAdd((rule.Jurisdiction, rule.Step), rule))
                throw new InvalidDataException($"Two rules for {rule.Step} in '{rule.Jurisdiction}'.");
        }
        foreach (var j in _jurisdictions.Values)
            if (j.FallsBackTo is not null && !_jurisdictions.ContainsKey(j.FallsBackTo))
                throw new InvalidDataException($"Jurisdiction '{j.Id}' falls back to unknown '{j.FallsBackTo}'.");
        if (!_jurisdictions.ContainsKey(defaultJurisdiction))
            throw new InvalidDataException($"Default jurisdiction '{defaultJurisdiction}' is not defined.");
        ArgumentOutOfRangeException.ThrowIfNegative(yellowWorkingDays);
        DefaultJurisdiction = defaultJurisdiction;
        YellowWorkingDays = yellowWorkingDays;
    }

    public string DefaultJurisdiction { get; }

    /// <summary>How many working days before a due date a case turns yellow (临期).</summary>
    public int YellowWorkingDays { get; }

    public IReadOnlyCollection<Jurisdiction> Jurisdictions => _jurisdictions.Values;

    /// <summary>The steps some rule gives the office to act in (not the petitioner's windows): what can run late.</summary>
    public IReadOnlyList<DeadlineStep> OfficeSteps =>
        [.. _rules.Values.Where(r => r.Party == DeadlineParty.Office).Select(r => r.Step).Distinct().Order()];

    /// <summary>Reads one or more policy files; later files may add jurisdictions and rules.</summary>
    public static DeadlinePolicy Load(params string[] paths)
    {
        var jurisdictions = new List<Jurisdiction>();
        var rules = new List<DeadlineRule>();
        string? defaultJurisdiction = null;
        int? yellow = null;
        foreach (var path in paths)
        {
            var file = JsonSerializer.Deserialize<DeadlinePolicyFile>(File.ReadAllText(path), Json)
                ?? throw new InvalidDataException($"Empty deadline policy: {path}");
            defaultJurisdiction ??= file.DefaultJurisdiction;
            yellow ??= file.YellowWorkingDays;
            jurisdictions.AddRange(file.Jurisdictions.Select(j => new Jurisdiction(j.Id, j.Name, j.FallsBackTo)));
            rules.AddRange(file.Rules.Select(r => ToRule(r, path)));
        }
        return new DeadlinePolicy(jurisdictions, rules,
            defaultJurisdiction ?? NationalJurisdiction, yellow ?? DefaultYellowWorkingDays);
    }

    /// <summary>Loads regulations/deadline-policy.json and any regulations/deadline-policy.*.json beside it.</summary>
    public static DeadlinePolicy LoadFolder(string regulationsFolder)
    {
        var main = Path.Combine(regulationsFolder, "deadline-policy.json");
        var local = Directory.GetFiles(regulationsFolder, "deadline-policy.*.json").Order(StringComparer.Ordinal);
        return Load([main, .. local]);
    }

    /// <summary>The rule for a step in a jurisdiction, following fall-backs (e.g. 浙江 → national).</summary>
    public DeadlineRule Rule(DeadlineStep step, string? jurisdiction = null)
    {
        var id = jurisdiction ?? DefaultJurisdiction;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (seen.Add(id))
        {
            if (!_jurisdictions.TryGetValue(id, out var j))
                throw new KeyNotFoundException($"Unknown jurisdiction '{id}'.");
            if (_rules.TryGetValue((id, step), out var rule))
                return rule;
            if (j.FallsBackTo is null)
                break;
            id = j.FallsBackTo;
        }
        throw new KeyNotFoundException($"No deadline rule for {step} in '{jurisdiction ?? DefaultJurisdiction}'.");
    }

    private static DeadlineRule ToRule(DeadlinePolicyFile.RuleEntry r, string path)
    {
        if (r.Step is null || r.Starts is null)
            throw new InvalidDataException($"A rule in {path} lacks 'step' or 'starts'.");
        if ((r.Days is null) == (r.WorkingDays is null))
            throw new InvalidDataException($"Rule {r.Step} in {path} must give exactly one of 'days' or 'working_days'.");
        if (string.IsNullOrWhiteSpace(r.Citation) || string.IsNullOrWhiteSpace(r.Due))
            throw new InvalidDataException($"Rule {r.Step} in {path} needs 'due' and 'citation'.");
        var limit = r.Days is { } days ? TimeLimit.Days(days) : TimeLimit.WorkingDays(r.WorkingDays!.Value);
        return new DeadlineRule(r.Jurisdiction, r.Step.Value, r.Due, limit, r.Starts.Value, r.Party, r.Citation);
    }
}

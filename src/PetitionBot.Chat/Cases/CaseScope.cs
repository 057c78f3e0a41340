using PetitionBot.Cases.Model;
using PetitionBot.Cases.Store;

namespace PetitionBot.Chat.Cases;

/// <summary>
/// Which cases a user may see: all (a supervisor of the whole office), some units' (an officer's own unit, a
/// supervisor's jurisdiction), or none (staff, strangers).
/// </summary>
public sealed record CaseScope(bool All, IReadOnlyList<string> Units)
{
    public static CaseScope Everything { get; } = new(true, []);

    public static CaseScope Nothing { get; } = new(false, []);

    public static CaseScope OfUnits(IReadOnlyList<string> units) => units.Count == 0 ? Nothing : new(false, units);

    public bool SeesAny => All || Units.Count > 0;

    /// <summary>A case is a unit's when the unit registered it or is responsible for it.</summary>
    public bool CanSee(PetitionCase c) =>
        All || Units.Contains(c.RegisteringUnit) || (c.ResponsibleUnit is { } responsible && Units.Contains(responsible));

    /// <summary>Narrows a list query to what this scope may see (callers check <see cref="SeesAny"/> first).</summary>
    public CaseQuery Narrow(CaseQuery query) => All ? query : query with { Units = Units };

    /// <summary>Whether a unit named in chat ("城关镇", short for 城关镇信访办) is within this scope.</summary>
    public bool Covers(string unitNamed) => All || Units.Any(u => Names(u, unitNamed));

    /// <summary>This scope's units that the names given in chat refer to; all of them when none is given.</summary>
    public IReadOnlyList<string> UnitsNamed(IReadOnlyList<string> named) =>
        named.Count == 0 ? Units : [.. Units.Where(u => named.Any(n => Names(u, n)))];

    private static bool Names(string unit, string named) => unit.Contains(named, StringComparison.Ordinal);
}

using PetitionBot.Cases.Model;
using PetitionBot.Cases.Store;

namespace PetitionBot.Host.Cases;

/// <summary>Which cases a user may see: all (supervisors), one unit's (officers), or none (staff, strangers).</summary>
public sealed record CaseScope(bool All, string? Unit)
{
    public static CaseScope Everything { get; } = new(true, null);

    public static CaseScope Nothing { get; } = new(false, null);

    public static CaseScope OfUnit(string unit) => new(false, unit);

    public bool SeesAny => All || Unit is not null;

    /// <summary>A case is a unit's when the unit registered it or is responsible for it.</summary>
    public bool CanSee(PetitionCase c) => All || (Unit is not null && (c.RegisteringUnit == Unit || c.ResponsibleUnit == Unit));

    /// <summary>Narrows a list query to what this scope may see (callers check <see cref="SeesAny"/> first).</summary>
    public CaseQuery Narrow(CaseQuery query) => All ? query : query with { Unit = Unit };
}

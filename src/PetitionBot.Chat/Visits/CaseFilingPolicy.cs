using PetitionBot.Chat.Cases;
using PetitionBot.Chat.Users;

namespace PetitionBot.Chat.Visits;

/// <summary>
/// Who may file a case, and into which unit — the reading policy applied to writing, so whoever files a case can see
/// it: officers file into their own unit, supervisors into their own unit when it is within their jurisdiction,
/// else into the jurisdiction unit named as 责任单位 (or the only one); staff and unknown users may not file.
/// </summary>
public sealed class CaseFilingPolicy(CaseAccess access, UserDirectory users)
{
    public const string NotAllowed = "您的账号没有登记来访的权限（只有信访部门的经办人员和负责同志可以登记）。请把来访情况转给本单位信访办的经办人员登记。";

    public const string UnitField = "responsibleUnit";

    /// <summary>The unit a new case goes into, or why it cannot be filed.</summary>
    /// <param name="unitNamed">The 责任单位 written on the form, if any.</param>
    public CaseFiling Decide(string? userId, string? unitNamed)
    {
        var scope = access.ScopeFor(userId);
        if (!scope.SeesAny)
            return CaseFiling.Refused(NotAllowed);
        var own = userId is null ? null : users.Find(userId)?.Unit is { Length: > 0 } unit ? unit : null;
        var named = string.IsNullOrWhiteSpace(unitNamed) ? null : unitNamed.Trim();
        if (scope.All)
            return CaseFiling.Into(own ?? named ?? "本机关");
        if (own is not null && scope.Units.Contains(own))
            return CaseFiling.Into(own);
        if (named is not null && scope.UnitsNamed([named]) is [var chosen, ..])
            return CaseFiling.Into(chosen);
        if (scope.Units is [var only])
            return CaseFiling.Into(only);
        return CaseFiling.NeedsUnit($"请在“责任单位”写明登记到您辖区的哪个单位：{string.Join("、", scope.Units)}。");
    }
}

/// <summary>The filing decision: a unit to file into, or the reason (for the user) why not.</summary>
public sealed record CaseFiling(string? Unit, string? Refusal, bool AskForUnit)
{
    public static CaseFiling Into(string unit) => new(unit, null, false);

    public static CaseFiling Refused(string reason) => new(null, reason, false);

    public static CaseFiling NeedsUnit(string question) => new(null, question, true);
}

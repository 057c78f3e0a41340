using PetitionBot.Chat.Users;

namespace PetitionBot.Chat.Cases;

/// <summary>
/// Case visibility from the user directory (WebChat:Users): supervisors see the units under their jurisdiction
/// (every case when none are listed), officers their unit's, staff none. With no users configured at all the bot is
/// open (a single-office or evaluation setup).
/// </summary>
public sealed class CaseAccess(UserOptions options, UserDirectory users)
{
    public const string NoPermission = "您的账号没有查看案件的权限。如需查询，请联系信访部门。";

    public CaseScope ScopeFor(string? userId)
    {
        if (options.Users.Count == 0) return CaseScope.Everything;
        var user = userId is null ? null : users.Find(userId);
        return user?.Role switch
        {
            "supervisor" when user.Units.Length == 0 => CaseScope.Everything,
            "supervisor" => CaseScope.OfUnits(user.Units),
            "officer" when user.Unit.Length > 0 => CaseScope.OfUnits([user.Unit]),
            _ => CaseScope.Nothing,
        };
    }

    /// <summary>The unit a new case is registered under: the officer's own, when the directory knows it.</summary>
    public string? UnitOf(string? userId) => userId is null ? null : users.Find(userId)?.Unit is { Length: > 0 } unit ? unit : null;
}

using PetitionBot.Conversation.Dialogs;
using PetitionBot.Conversation.Turns;
using PetitionBot.Chat.Cases;

namespace PetitionBot.Chat.Routing;

/// <summary>
/// What the bot offers a user follows what the user may do: whoever sees cases gets the case lists, staff (who see
/// and may file none) only what they can use — the rules. One place for the menu, the greeting, the fallback
/// and the list buttons, so no reply offers a button that answers "没有权限".
/// </summary>
public sealed class MainMenu(CaseAccess access) : IMainMenu
{
    public static readonly string[] CaseWorkerButtons = ["登记来访", "本周到期", "问规定"];
    public static readonly string[] StaffButtons = ["问规定", "规定列表", "帮助"];

    private const string CaseWorkerWelcome =
        "您好，我是信访工作助手。我可以：\n" +
        "1. 登记来访、来信、来电\n" +
        "2. 查询案件进展和办理期限\n" +
        "3. 解答信访工作规定和责任追究问题\n" +
        "直接说事就行，比如“登记来访”“XF-2026-000123 进展”“瞒报信访信息怎么追责”。";

    private const string StaffWelcome =
        "您好，我是信访工作助手。我可以解答信访工作规定和责任追究问题，" +
        "直接问就行，比如“瞒报信访信息怎么追责”“湖南办法第七条”。登记来访、查询案件请找本单位信访办的经办人员。";

    /// <summary>Whether the user of this turn may see any case (officers, supervisors; everyone when no users are configured).</summary>
    public bool SeesCases(TurnContext turn) => access.ScopeFor(turn.Activity.From?.Id).SeesAny;

    /// <summary>Whether this user id may see any case (the chat page asks before the first turn).</summary>
    public bool SeesCases(string? userId) => access.ScopeFor(userId).SeesAny;

    public string[] ButtonsFor(TurnContext turn) => SeesCases(turn) ? CaseWorkerButtons : StaffButtons;

    public string[] ButtonsFor(string? userId) => SeesCases(userId) ? CaseWorkerButtons : StaffButtons;

    /// <summary>本周到期 / 已超期 / 我的案件, for those who may see them; none for staff.</summary>
    public string[] CaseListButtonsFor(TurnContext turn) => SeesCases(turn) ? CaseReplies.ListButtons : [];

    public void Welcome(TurnContext turn) => turn.SendText(SeesCases(turn) ? CaseWorkerWelcome : StaffWelcome, ButtonsFor(turn));

    public void Fallback(TurnContext turn) =>
        turn.SendText(SeesCases(turn)
            ? "没太明白您要办什么。可以说“登记来访”、报案件编号查进展，或直接问规定，比如“湖南 逾期未办结 要追责吗”。"
            : "没太明白您要办什么。可以直接问规定，比如“湖南 逾期未办结 要追责吗”。", ButtonsFor(turn));

    /// <summary>A staff member asked for cases: say so once, and offer what they can do instead.</summary>
    public void NoCases(TurnContext turn) => turn.SendText(CaseAccess.NoPermission, StaffButtons);
}

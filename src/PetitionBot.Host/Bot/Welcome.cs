using PetitionBot.Conversation.Turns;

namespace PetitionBot.Host.Bot;

/// <summary>The first words and the main menu: what the bot can do, with one-tap starts.</summary>
public static class Welcome
{
    public static readonly string[] MenuButtons = ["登记来访", "本周到期", "问规定"];

    public const string Text =
        "您好，我是信访工作助手。我可以：\n" +
        "1. 登记来访、来信、来电\n" +
        "2. 查询案件进展和办理期限\n" +
        "3. 解答信访工作规定和责任追究问题\n" +
        "直接说事就行，比如“登记来访”“XF-2026-000123 进展”“瞒报信访信息怎么追责”。";

    public static void Send(TurnContext turn) => turn.SendText(Text, MenuButtons);

    public static void SendFallback(TurnContext turn) =>
        turn.SendText("没太明白您要办什么。可以说“登记来访”、报案件编号查进展，或直接问规定，比如“湖南 逾期未办结 要追责吗”。", MenuButtons);
}

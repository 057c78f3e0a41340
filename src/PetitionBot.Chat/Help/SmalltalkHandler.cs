using PetitionBot.Chat.Routing;
using PetitionBot.Conversation.Turns;
using PetitionBot.Language.Intents;
using PetitionBot.Language.Text;

namespace PetitionBot.Chat.Help;

/// <summary>Greetings, thanks and chatter: one short friendly line and the menu; never a form.</summary>
public sealed class SmalltalkHandler(MainMenu menu) : IIntentHandler
{
    private static readonly string[] Greetings = ["你好", "您好", "早上好", "上午好", "中午好", "下午好", "晚上好", "早", "嗨", "哈喽", "hi", "hello", "在吗", "在不在"];
    private static readonly string[] Thanks = ["谢谢", "多谢", "感谢", "谢啦", "辛苦"];
    private static readonly string[] Farewells = ["再见", "拜拜", "晚安", "明天见", "下班"];

    public bool Handles(IntentResult intent) => intent.Intent == Intent.Smalltalk;

    public Task HandleAsync(TurnContext turn, string text, IntentResult intent, CancellationToken cancellationToken)
    {
        var compact = TextNormalizer.Compact(text);
        if (Thanks.Any(compact.Contains))
            turn.SendText("不客气！还有要办的，直接说就行。", menu.ButtonsFor(turn));
        else if (Farewells.Any(compact.Contains))
            turn.SendText("好的，辛苦了！有事随时找我。");
        else if (Greetings.Any(compact.StartsWith))
            menu.Welcome(turn);
        else if (menu.SeesCases(turn))
            turn.SendText("嗯嗯。要办事直接说就行，比如“登记来访”“本周到期”，或者直接问规定。", menu.ButtonsFor(turn));
        else
            turn.SendText("嗯嗯。要办事直接说就行，比如“登记来访”，或者直接问规定。", menu.ButtonsFor(turn));
        return Task.CompletedTask;
    }
}

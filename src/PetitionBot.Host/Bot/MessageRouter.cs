using PetitionBot.Conversation.Dialogs;
using PetitionBot.Conversation.Turns;

namespace PetitionBot.Host.Bot;

/// <summary>Sends a message that is not an answer to the active form to the job it asks for.</summary>
public sealed class MessageRouter(FormEngine forms)
{
    private const string LogVisitForm = "log-visit";

    /// <summary>Mid-form: handles a request for another job and returns true, or returns false to let the form read the answer.</summary>
    public async Task<bool> TryInterruptAsync(TurnContext turn, string text, CancellationToken ct)
    {
        var frame = FormEngine.Active(turn)!;
        if (IsLogVisit(text) && frame.FormId == LogVisitForm)
        {
            turn.SendText("正在登记中。要重新登记请说“从头开始”，要放弃请说“取消”。");
            return true;
        }
        await Task.CompletedTask;
        return false;
    }

    public async Task RouteAsync(TurnContext turn, string text, CancellationToken ct)
    {
        if (IsHelp(text))
        {
            Welcome.Send(turn);
            return;
        }
        if (IsLogVisit(text))
        {
            await forms.BeginAsync(turn, LogVisitForm, null, ct);
            return;
        }
        Welcome.SendFallback(turn);
    }

    private static bool IsHelp(string text) => text is "帮助" or "help" or "菜单" or "你能做什么" or "怎么用";

    private static bool IsLogVisit(string text) => text.Contains("登记") || text.Contains("登計") || text.Contains("登计") || text.Contains("新建");
}

using PetitionBot.Cases.Model;
using PetitionBot.Cases.Store;
using PetitionBot.Conversation.Turns;
using PetitionBot.Chat.Routing;

namespace PetitionBot.Chat.Cases;

/// <summary>Sends the three kinds of case answer: one case's card, a page of a list, a case's full record.</summary>
public sealed class CaseAnswers(ICaseStore store, CaseCard card, CaseListReply lists, MainMenu menu)
{
    public async Task ShowCardAsync(TurnContext turn, PetitionCase c, CancellationToken cancellationToken)
    {
        CaseConversationMemory.RememberCase(turn, c.Number);
        turn.SendText(await card.WriteAsync(c, Today(turn), cancellationToken), CaseButtons.For(c));
    }

    public async Task ShowListAsync(TurnContext turn, CaseListRequest request, CancellationToken cancellationToken)
    {
        var (text, buttons, shown) = await lists.WriteAsync(request, UserId(turn), Today(turn), cancellationToken);
        CaseConversationMemory.RememberList(turn, request);
        if (shown.Count == 1 && request.Offset == 0)
            CaseConversationMemory.RememberCase(turn, shown[0].Number);
        var reply = turn.SendText(text, buttons.Length > 0 ? buttons : shown.Count == 0 ? menu.CaseListButtonsFor(turn) : []);
        if (shown.Count > 0)
            reply.Attachments = [CaseListButtons.For(shown.Select(c => c.Number))];
    }

    /// <summary>"查看更多": the next page of the last list, or a hint when there is none.</summary>
    public Task ShowNextPageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (CaseConversationMemory.List(turn) is not { } list)
        {
            turn.SendText("现在没有可以翻页的列表。可以说“本周到期”“已超期”“我的案件”或“集体访”。", menu.CaseListButtonsFor(turn));
            return Task.CompletedTask;
        }
        return ShowListAsync(turn, list with { Offset = list.Offset + CaseListReply.PageSize }, cancellationToken);
    }

    public async Task ShowHistoryAsync(TurnContext turn, PetitionCase c, CancellationToken cancellationToken)
    {
        CaseConversationMemory.RememberCase(turn, c.Number);
        var events = await store.HistoryAsync(c.Number, cancellationToken);
        turn.SendText(CaseHistoryText.Write(c.Number, events), CaseButtons.For(c).Where(b => b != CaseButtons.History).ToArray());
    }

    public static DateOnly Today(TurnContext turn) => DateOnly.FromDateTime(turn.ReferenceTime.DateTime);

    public static string UserId(TurnContext turn) => turn.Activity.From?.Id ?? "";
}

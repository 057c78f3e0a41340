using PetitionBot.Cases.Store;
using PetitionBot.Conversation.Turns;
using PetitionBot.Chat.Cases;
using PetitionBot.Chat.Routing;
using PetitionBot.Language.Identity;
using PetitionBot.Language.Intents;

namespace PetitionBot.Chat.CaseQueries;

/// <summary>
/// Case questions: one case by number or query code (card or 完整记录), lists (本周到期, 已超期, 我的案件, 集体访),
/// and searches by petitioner name, phone or ID number.
/// </summary>
public sealed class CaseQueryHandler(CaseLocator locator, CaseAnswers answers, MainMenu menu, ILogger<CaseQueryHandler> logger) : IIntentHandler
{
    public bool Handles(IntentResult intent) => intent.Intent == Intent.CaseQuery;

    public async Task HandleAsync(TurnContext turn, string text, IntentResult intent, CancellationToken cancellationToken)
    {
        try
        {
            await AnswerAsync(turn, text, intent, cancellationToken);
        }
        catch (CaseStoreUnavailableException e)
        {
            logger.LogError(e, "Case store unavailable while answering a case query");
            turn.SendText(CaseReplies.StoreDownForQuery);
        }
    }

    private async Task AnswerAsync(TurnContext turn, string text, IntentResult intent, CancellationToken ct)
    {
        if (!menu.SeesCases(turn))
        {
            // Staff: one plain "no permission" with what they can do, never list buttons that would say it again.
            menu.NoCases(turn);
            return;
        }
        var namesOneCase = intent.CaseNumber is not null || intent.Entities.Any(e => e.Kind == EntityKind.QueryCode);
        if (namesOneCase || CaseQueryWords.AsksHistory(text))
        {
            var lookup = await locator.FindAsync(turn, intent, ct);
            if (lookup.Case is not { } c)
            {
                turn.SendText(lookup.Problem!);
                return;
            }
            if (CaseQueryWords.AsksHistory(text))
                await answers.ShowHistoryAsync(turn, c, ct);
            else
                await answers.ShowCardAsync(turn, c, ct);
            return;
        }
        if (CaseQueryWords.AsksMore(text))
        {
            await answers.ShowNextPageAsync(turn, ct);
            return;
        }
        // A mistyped ID number gets its reason, not a search that cannot find anything.
        if (IdNumberRecognizer.Recognize(text, DateOnly.FromDateTime(turn.ReferenceTime.DateTime)).FirstOrDefault() is { } id)
        {
            if (id.IsValid)
                await answers.ShowListAsync(turn, new CaseListRequest(CaseListKind.PetitionerIdNumber, id.Value!.Normalized), ct);
            else
                turn.SendText($"{id.Error}也可以用来访人姓名、电话、案件编号或查询码查。");
            return;
        }
        if (ListOf(text, intent) is { } list)
        {
            await answers.ShowListAsync(turn, list, ct);
            return;
        }
        // "查看案件" with nothing else: the case just shown, if any — never when the message names something else.
        if (CaseQueryWords.MeansTheLastCase(text))
        {
            var last = await locator.FindAsync(turn, intent, ct);
            if (last.Case is { } shown)
            {
                await answers.ShowCardAsync(turn, shown, ct);
                return;
            }
        }
        else
        {
            turn.SendText("没有找到相关的案件（或您无权查看）。可以报案件编号、查询码，或来访人的全名、电话、身份证号。", CaseReplies.ListButtons);
            return;
        }
        turn.SendText("要查哪一件？可以说案件编号或查询码，也可以说来访人姓名、电话，或者“本周到期”“已超期”“我的案件”“集体访”。",
            CaseReplies.ListButtons);
    }

    private static CaseListRequest? ListOf(string text, IntentResult intent)
    {
        if (intent.Entities.FirstOrDefault(e => e.Kind == EntityKind.Phone)?.Value is { } phone)
            return new CaseListRequest(CaseListKind.PetitionerPhone, phone);
        switch (intent.Query)
        {
            case CaseQueryKind.Overdue:
                return new CaseListRequest(CaseListKind.Overdue);
            case CaseQueryKind.DueThisWeek or CaseQueryKind.DueSoon:
                return new CaseListRequest(CaseListKind.DueThisWeek);
            case CaseQueryKind.MyCases:
                return new CaseListRequest(CaseListKind.Mine);
            case CaseQueryKind.GroupVisits:
                return new CaseListRequest(CaseListKind.Collective);
        }
        if (CaseQueryWords.PetitionerName(text) is { } name)
            return new CaseListRequest(CaseListKind.PetitionerName, name);
        return CaseQueryWords.AsksCollective(text) ? new CaseListRequest(CaseListKind.Collective) : null;
    }
}

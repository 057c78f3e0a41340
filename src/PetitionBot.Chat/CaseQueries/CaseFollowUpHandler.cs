using PetitionBot.Cases.Store;
using PetitionBot.Conversation.Turns;
using PetitionBot.Chat.Cases;
using PetitionBot.Chat.Routing;
using PetitionBot.Language.Intents;

namespace PetitionBot.Chat.CaseQueries;

/// <summary>
/// Short follow-ups that intent routing does not recognise as case queries ("查看更多", "完整记录", "集体访"):
/// answered here; any other unrecognised message gets the usual "没太明白" menu.
/// </summary>
public sealed class CaseFollowUpHandler(CaseLocator locator, CaseAnswers answers, MainMenu menu, ILogger<CaseFollowUpHandler> logger) : IIntentHandler
{
    public bool Handles(IntentResult intent) => intent.Intent == Intent.None;

    public async Task HandleAsync(TurnContext turn, string text, IntentResult intent, CancellationToken cancellationToken)
    {
        try
        {
            if (CaseQueryWords.AsksMore(text))
            {
                await answers.ShowNextPageAsync(turn, cancellationToken);
            }
            else if (CaseQueryWords.AsksHistory(text))
            {
                var lookup = await locator.FindAsync(turn, intent, cancellationToken);
                if (lookup.Case is { } c)
                    await answers.ShowHistoryAsync(turn, c, cancellationToken);
                else
                    turn.SendText(lookup.Problem!);
            }
            else if (CaseQueryWords.AsksCollective(text))
            {
                await answers.ShowListAsync(turn, new CaseListRequest(CaseListKind.Collective), cancellationToken);
            }
            else
            {
                menu.Fallback(turn);
            }
        }
        catch (CaseStoreUnavailableException e)
        {
            logger.LogError(e, "Case store unavailable while answering a follow-up");
            turn.SendText(CaseReplies.StoreDownForQuery);
        }
    }
}

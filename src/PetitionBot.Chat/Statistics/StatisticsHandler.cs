using System.Diagnostics;
using PetitionBot.Cases.Store;
using PetitionBot.Chat.Cases;
using PetitionBot.Chat.Routing;
using PetitionBot.Chat.Statistics.Charts;
using PetitionBot.Conversation.Turns;
using PetitionBot.Language.Intents;

namespace PetitionBot.Chat.Statistics;

/// <summary>
/// Statistics asked in chat ("本月统计", "上月各单位超期率", "今年信访量走势", "集体访有多少", "重复来访的有哪些人"):
/// a case query the router reads as <see cref="CaseQueryKind.Statistics"/>, answered with a short summary and a chart.
/// </summary>
public sealed class StatisticsHandler(StatisticsReply reply, MainMenu menu, ILogger<StatisticsHandler> logger) : IIntentHandler
{
    public bool Handles(IntentResult intent) => intent.Intent == Intent.CaseQuery && intent.Query == CaseQueryKind.Statistics;

    public async Task HandleAsync(TurnContext turn, string text, IntentResult intent, CancellationToken cancellationToken)
    {
        if (!menu.SeesCases(turn))
        {
            menu.NoCases(turn);
            return;
        }
        var request = StatisticsRequestReader.Read(text, turn.ReferenceTime);
        var started = Stopwatch.GetTimestamp();
        StatisticsAnswer answer;
        try
        {
            answer = await reply.WriteAsync(request, CaseAnswers.UserId(turn), CaseAnswers.Today(turn), cancellationToken);
        }
        catch (CaseStoreUnavailableException e)
        {
            logger.LogError(e, "Case store unavailable while answering statistics");
            turn.SendText(CaseReplies.StoreDownForQuery);
            return;
        }
        logger.LogInformation("Statistics {Topic} from {From} to {To} answered in {ElapsedMs} ms, chart {ChartBytes} bytes",
            request.Topic, request.Period.From, request.Period.To, (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds,
            answer.Chart?.Length ?? 0);
        var activity = turn.SendText(answer.Text, answer.Buttons);
        if (answer.Chart is { } png)
            activity.Attachments = [ChartAttachment.For(png, answer.ChartName)];
    }
}

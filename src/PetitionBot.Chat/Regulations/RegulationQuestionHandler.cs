using PetitionBot.Cases.Deadlines;
using PetitionBot.Conversation.Turns;
using PetitionBot.Chat.Accountability;
using PetitionBot.Chat.Regulations.TimeLimits;
using PetitionBot.Chat.Routing;
using PetitionBot.Language.Intents;
using PetitionBot.Language.Text;
using PetitionBot.Protocol.Schema;
using PetitionBot.Regulations.Answers;

namespace PetitionBot.Chat.Regulations;

/// <summary>A question about the loaded texts: a short answer quoting the clauses, one line a source with [n], and the citations entity; or an honest "no basis".</summary>
public sealed class RegulationQuestionHandler(RegulationLibrary library, RegulationOptions options, MainMenu menu, CallerJurisdiction jurisdictions,
    ILogger<RegulationQuestionHandler> logger,
    DeadlinePolicy? deadlinePolicy = null, AccountabilityAdvisorLibrary? advisors = null) : IIntentHandler
{
    // "How long may a step take" is answered from the deadline policy, the limits the case cards show.
    private readonly TimeLimitAnswers? _timeLimits = deadlinePolicy is null ? null : new(deadlinePolicy);

    // A question without any of these is small talk, not a question about petition work.
    private static readonly string[] DomainWords =
        ["信访", "上访", "来访", "来信", "责任", "追责", "问责", "规定", "条例", "办法", "细则", "意见", "处分", "诫勉", "通报", "受理", "办结", "复查", "复核", "督查", "领导", "干部"];
    private static readonly string[] ListWords = ["规定列表", "文件列表", "有哪些规定", "加载了哪些", "哪些文件"];

    private static bool IsAskPrompt(string text) => TextNormalizer.Compact(text) is "问规定" or "问问规定" or "我要问规定";

    /// <summary>"规定列表" and its variants: which documents are loaded.</summary>
    public static bool AsksForDocumentList(string text) => ListWords.Any(text.Contains);

    public bool Handles(IntentResult intent) => intent.Intent is Intent.RegulationQuestion or Intent.Accountability;

    public async Task HandleAsync(TurnContext turn, string text, IntentResult intent, CancellationToken cancellationToken)
    {
        var assistant = await library.GetAsync().WaitAsync(cancellationToken);
        if (AsksForDocumentList(text))
        {
            turn.SendText(assistant.DescribeDocuments());
            return;
        }
        if (IsAskPrompt(text))
        {
            // The menu's 问规定 button: invite the question instead of searching for the words 问规定.
            turn.SendText("请直接问，比如“复查申请期限是多少天”“湖南办法第七条”“瞒报信访信息怎么追责”。回答只引用已加载文件的原文，并标出条款。",
                ["规定列表"]);
            return;
        }
        if (_timeLimits?.TryAnswer(text, jurisdictions.Of(turn)) is { } timeLimit)
        {
            logger.LogInformation("Time-limit question answered from the deadline policy: {Steps} in {Jurisdiction}",
                string.Join(",", timeLimit.Steps), timeLimit.Jurisdiction);
            turn.SendText(timeLimit.Text);
            return;
        }
        var answer = await assistant.AnswerAsync(text, jurisdictions.Of(turn), cancellationToken);
        if (!answer.IsGrounded && advisors is not null
            && (await advisors.GetAsync().WaitAsync(cancellationToken)).AnswerProcedure(text, null, jurisdictions.Of(turn)) is { } procedure)
        {
            // A procedural question about accountability (听证、申诉、由谁决定) the clause search missed: the advisor's
            // procedure rules know which clause governs it.
            answer = procedure;
        }
        if (!answer.IsGrounded && !DomainWords.Any(text.Contains))
        {
            // Small talk that merely looks like a question (今天天气怎么样) gets the menu, not a "no basis" lecture.
            menu.Fallback(turn);
            return;
        }
        logger.LogInformation("Regulation question answered: grounded {Grounded}, {CitationCount} citations, AI-phrased {Ai}",
            answer.IsGrounded, answer.Citations.Count, answer.IsAiGenerated);
        var reply = new Activity { Type = ActivityTypes.Message, Text = answer.Text, TextFormat = "plain" };
        if (answer.IsGrounded && answer.Citations.Count > 0)
            reply.Entities = [CitationEntity.Build(answer, options.CitationBaseFor(turn.Activity))];
        else
            reply.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack("规定列表")] };
        turn.Send(reply);
    }
}

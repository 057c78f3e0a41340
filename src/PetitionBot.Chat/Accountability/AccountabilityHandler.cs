using PetitionBot.Conversation.Turns;
using PetitionBot.Chat.Regulations;
using PetitionBot.Chat.Routing;
using PetitionBot.Language.Intents;
using PetitionBot.Protocol.Schema;
using PetitionBot.Regulations.Accountability;
using PetitionBot.Regulations.Answers;

namespace PetitionBot.Chat.Accountability;

/// <summary>
/// "Which measure applies": runs the advisor, asks one question at a time with buttons while facts are missing (kept in
/// conversation state), and answers with 结论 first and the quoted clauses as a citation entity. When the advisor says it
/// does not apply (what a clause says; a procedural question such as an appeal's deadline or who decides), the message
/// goes to the regulation question handler instead.
/// </summary>
public sealed class AccountabilityHandler(
    AccountabilityAdvisorLibrary library,
    RegulationLibrary regulations,
    RegulationOptions options,
    RegulationQuestionHandler clauseQuestions,
    CallerJurisdiction jurisdictions,
    ILogger<AccountabilityHandler> logger) : IIntentHandler, IFirstLookHandler
{

    public bool Handles(IntentResult intent) => intent.Intent == Intent.Accountability;

    public async Task HandleAsync(TurnContext turn, string text, IntentResult intent, CancellationToken cancellationToken)
    {
        var advisor = await library.GetAsync().WaitAsync(cancellationToken);
        var reply = advisor.Advise(text, null, jurisdictions.Of(turn));
        if (reply.Kind == AdvisorReplyKind.NotApplicable)
        {
            // What a clause says, or a procedural question (申诉期限, 由谁决定): the regulation answer.
            await clauseQuestions.HandleAsync(turn, text, intent, cancellationToken);
            return;
        }
        Reply(turn, reply);
    }

    public async Task<bool> TryHandleFirstAsync(TurnContext turn, string text, IntentResult intent, CancellationToken cancellationToken)
    {
        // New requests reach the advisor through the router; here it only takes answers to its own pending question.
        var pending = AdvisorState.Read(turn.Conversation);
        // In a group chat another member's message is their own, not the answer to someone else's question.
        if (pending is null || !AdvisorState.IsAsker(turn.Conversation, turn.Activity.From?.Id)) return false;
        var advisor = await library.GetAsync().WaitAsync(cancellationToken);

        if (intent.Intent is Intent.Cancel or Intent.Restart)
        {
            AdvisorState.Clear(turn.Conversation);
            turn.SendText("好的，这次追责咨询到此结束。需要时直接描述情况再问。");
            return true;
        }
        if (RegulationQuestionHandler.AsksForDocumentList(text) || await ReadsAClauseAsync(text, turn, cancellationToken))
        {
            // "规定列表" or "江苏 第6点说的什么" asks to read the texts, not to answer the half-asked question.
            AdvisorState.Clear(turn.Conversation);
            return false;
        }
        var reply = advisor.Advise(text, pending, jurisdictions.Of(turn));
        if (reply.Kind == AdvisorReplyKind.NotApplicable)
        {
            AdvisorState.Clear(turn.Conversation);
            return false;
        }
        if (!reply.Understood && intent.Intent is not (Intent.None or Intent.Accountability or Intent.RegulationQuestion or Intent.Smalltalk or Intent.Help) && intent.Score >= StrongIntent)
        {
            // The officer moved on to something else (a case number, 登记来访): drop the half-asked question.
            AdvisorState.Clear(turn.Conversation);
            return false;
        }
        Reply(turn, reply);
        return true;
    }

    /// <summary>"江苏 第6点说的什么": a request to read one clause, as the regulation search reads it.</summary>
    private async Task<bool> ReadsAClauseAsync(string text, TurnContext turn, CancellationToken cancellationToken)
    {
        var assistant = await regulations.GetAsync().WaitAsync(cancellationToken);
        return assistant.Search.Analyzer.Analyze(text, jurisdictions.Of(turn)).DirectReference is not null;
    }

    private void Reply(TurnContext turn, AdvisorReply reply)
    {
        if (reply.IsQuestion) AdvisorState.Write(turn.Conversation, reply.Facts, turn.Activity.From?.Id);
        else AdvisorState.Clear(turn.Conversation);

        var activity = new Activity { Type = ActivityTypes.Message, Text = reply.Text, TextFormat = "plain" };
        if (reply.Choices.Count > 0)
            activity.SuggestedActions = new SuggestedActions { Actions = reply.Choices.Select(c => CardAction.ImBack(c)).ToList() };
        if (reply.Answer is { Citations.Count: > 0 } answer)
            activity.Entities = [CitationEntity.Build(answer, options.CitationBaseFor(turn.Activity))];
        turn.Send(activity);
        logger.LogInformation("Accountability advice: document {Document}, waiting on {Pending}, {CitationCount} citations",
            reply.Facts.Document, reply.Facts.Pending, reply.Answer?.Citations.Count ?? 0);
    }

    private const double StrongIntent = 0.6;
}

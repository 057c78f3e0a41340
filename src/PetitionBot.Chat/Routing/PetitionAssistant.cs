using PetitionBot.Conversation.Dialogs;
using PetitionBot.Conversation.Turns;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Chat.Routing;

/// <summary>The petition assistant's turn logic: greet, steer the active form, or route a new request.</summary>
public sealed class PetitionAssistant(FormEngine forms, MessageRouter router, MainMenu menu) : IBot
{
    /// <summary>
    /// The longest message read. Reading costs more the longer the text (200,000 characters once took 80 s of CPU),
    /// and no request or form answer needs more: the longest field takes 500, a question a few dozen.
    /// </summary>
    public const int MaxMessageLength = 1000;

    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.ConversationUpdate:
                GreetNewMembers(turn);
                break;
            case ActivityTypes.Event when activity.Name is "webchat/join":
                if (!turn.Conversation.Greeted)
                {
                    turn.Conversation.Greeted = true;
                    menu.Welcome(turn);
                }
                break;
            case ActivityTypes.EndOfConversation:
                turn.Conversation.DialogStack.Clear();
                break;
            case ActivityTypes.Invoke:
                HandleInvoke(turn);
                break;
            case ActivityTypes.Message:
                await OnMessageAsync(turn, cancellationToken);
                break;
        }
    }

    private async Task OnMessageAsync(TurnContext turn, CancellationToken ct)
    {
        var text = turn.Activity.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            turn.Job = TurnJobs.EmptyMessage;
            turn.SendText("收到的消息是空的。请直接打字告诉我要办的事。", menu.ButtonsFor(turn));
            return;
        }
        turn.Conversation.Greeted = true;
        if (text.Length > MaxMessageLength)
        {
            turn.Job = TurnJobs.TooLong;
            turn.SendText($"这条消息有{text.Length}字，太长了，我最多读{MaxMessageLength}字。请只说要点，或分几次发。", menu.ButtonsFor(turn));
            return;
        }
        // In a group chat, 帮助 from a member who did not start the open form is their own request, not the form's.
        if (FormEngine.Active(turn) is { } open && !FormEngine.IsStarter(open, turn) && FormCommand.Read(text).Kind == FormCommandKind.Help)
        {
            await router.RouteAsync(turn, text, ct);
            return;
        }
        if (FormEngine.Active(turn) is { } form && !await router.TryInterruptAsync(turn, text, ct))
        {
            turn.Job = TurnJobs.Form(form.FormId);
            await forms.ContinueAsync(turn, ct);
            return;
        }
        if (FormEngine.Active(turn) is null)
            await router.RouteAsync(turn, text, ct);
    }

    private void GreetNewMembers(TurnContext turn)
    {
        var botId = turn.Activity.Recipient?.Id;
        // Channels (and forgers) may list null members or members without an id; only real members are greeted.
        var joined = turn.Activity.MembersAdded?.Where(m => m?.Id is { Length: > 0 } id && id != botId).ToList() ?? [];
        if (joined.Count == 0 || turn.Conversation.Greeted) return;
        turn.Conversation.Greeted = true;
        menu.Welcome(turn);
    }

    private static void HandleInvoke(TurnContext turn)
    {
        // Teams feedback buttons: acknowledge; other invokes are not built and get 501 from the endpoint.
        if (turn.Activity.Name == "message/submitAction")
            turn.InvokeResponse = new InvokeResponse { Status = 200, Body = new System.Text.Json.Nodes.JsonObject() };
    }
}

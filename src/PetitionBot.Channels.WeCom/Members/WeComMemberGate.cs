using PetitionBot.Conversation.Turns;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Channels.WeCom.Members;

/// <summary>
/// Stands before the bot for WeCom turns: a member whom no configured user names gets one plain answer — who they are
/// to ask — and nothing of the bot, so no case is shown or filed, whatever the user list says. Everyone else's turns
/// go to the bot unchanged. Inside the turn, so the answer takes the outbox, retries and re-delivery checks of any reply.
/// </summary>
public sealed class WeComMemberGate(IBot inner) : IBot
{
    public const string NotOnTheList =
        "您的企业微信账号（{0}）还没有加入信访工作助手的用户名单，暂时不能使用。请联系本单位信访工作助手的管理员，"
        + "请其把您的企业微信账号加入用户名单（设置您所在的单位和角色）后再试。";

    public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (!WeComMembers.IsUnknown(turn.Activity))
            return inner.OnTurnAsync(turn, cancellationToken);
        var activity = turn.Activity;
        var speaks = activity.IsType(ActivityTypes.Message);
        // Opening the application says it once; every message says it again.
        if (speaks || activity.IsType(ActivityTypes.ConversationUpdate) && !turn.Conversation.Greeted)
        {
            turn.Conversation.Greeted = true;
            var userId = activity.From!.Id![WeComMembers.UnknownPrefix.Length..];
            turn.SendText(string.Format(System.Globalization.CultureInfo.InvariantCulture, NotOnTheList, userId));
        }
        return Task.CompletedTask;
    }
}

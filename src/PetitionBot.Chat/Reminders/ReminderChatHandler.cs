using System.Globalization;
using System.Text.Json;
using PetitionBot.Cases.Reminders;
using PetitionBot.Cases.Store;
using PetitionBot.Conversation.Turns;
using PetitionBot.Chat.Cases;
using PetitionBot.Chat.Routing;
using PetitionBot.Language.Intents;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Chat.Reminders;

/// <summary>
/// 订阅到期提醒 / 取消提醒 / 我的提醒设置: stores where to reach the user and what they want to hear about, never more
/// than the cases they may see (an officer hears about their own unit's cases only). 提醒发送记录 shows what was sent.
/// </summary>
public sealed class ReminderChatHandler(
    ReminderStore store, CaseAccess access, ReminderOptions options, SendLogReply sendLog, TimeProvider time, ILogger<ReminderChatHandler> logger)
    : IIntentHandler
{
    public bool Handles(IntentResult intent) => intent.Intent == Intent.Reminders;

    public async Task HandleAsync(TurnContext turn, string text, IntentResult intent, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var channelId = activity.ChannelId ?? "";
        var conversationId = activity.Conversation?.Id ?? "";
        var userId = activity.From?.Id ?? "";
        if (conversationId.Length == 0 || userId.Length == 0)
        {
            turn.SendText("这个对话无法接收提醒（缺少会话或用户信息）。");
            return;
        }
        try
        {
            switch (intent.Reminder)
            {
                case ReminderActionKind.Unsubscribe:
                    var cancelled = await store.Subscriptions.UnsubscribeAsync(channelId, conversationId, userId, time.GetUtcNow(), cancellationToken);
                    turn.SendText(cancelled ? "已取消到期提醒，不会再推送。需要时说“订阅到期提醒”。" : "您还没有订阅到期提醒。", "订阅到期提醒");
                    return;
                case ReminderActionKind.SendLog:
                    var failedOnly = text.Contains("失败", StringComparison.Ordinal);
                    var log = await sendLog.WriteAsync(userId, access.ScopeFor(userId), failedOnly, cancellationToken);
                    turn.SendText(log, failedOnly ? "提醒发送记录" : "提醒发送失败的", "我的提醒设置");
                    return;
                case ReminderActionKind.List:
                    var current = await store.Subscriptions.FindSubscriptionAsync(channelId, conversationId, userId, cancellationToken);
                    if (current is { IsActive: true })
                        turn.SendText("您的到期提醒：\n" + Describe(current), "设置提醒时间", "取消提醒");
                    else
                        turn.SendText("您还没有订阅到期提醒。说“订阅到期提醒”即可，也可以指定单位和时间，如“订阅到期提醒 城关镇 每天9点”。",
                            "订阅到期提醒", "订阅我的案件提醒");
                    return;
                default:
                    await SubscribeAsync(turn, text, conversationId, userId, intent.Reminder == ReminderActionKind.Settings, cancellationToken);
                    return;
            }
        }
        catch (CaseStoreUnavailableException e)
        {
            logger.LogError(e, "Reminder subscription store unavailable");
            turn.SendText("提醒设置暂时没能保存，请稍后再试。");
        }
    }

    private async Task SubscribeAsync(TurnContext turn, string text, string conversationId, string userId, bool isChange,
        CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var request = ReminderRequestReader.Read(text);
        var existing = await store.Subscriptions.FindSubscriptionAsync(activity.ChannelId ?? "", conversationId, userId, cancellationToken);
        if (isChange && request.DigestTime is null && request.Scope is null)
        {
            turn.SendText("要改成几点？比如“提醒时间改成9点”；也可以指定单位，如“只看城关镇”。");
            return;
        }
        var keep = existing is { IsActive: true } ? existing : null;
        var scope = request.Scope ?? keep?.Scope ?? ReminderScope.All;
        IReadOnlyList<string> units = scope == ReminderScope.Units ? (request.Units.Count > 0 ? request.Units : keep?.Units ?? []) : [];
        var visible = access.ScopeFor(userId);
        if (!visible.SeesAny)
        {
            turn.SendText("您的账号没有查看案件的权限，不能订阅到期提醒。如需开通，请联系信访部门。");
            return;
        }
        if (!visible.All && scope != ReminderScope.OwnCases)
        {
            // "城关镇" from an officer of 城关镇信访办 means their own unit; any unit out of their sight is refused.
            if (units.Any(u => !visible.Covers(u)))
            {
                turn.SendText($"您只能订阅{string.Join("、", visible.Units)}的案件提醒。", "订阅到期提醒", "订阅我的案件提醒");
                return;
            }
            scope = ReminderScope.Units;
            units = visible.UnitsNamed(units);
        }
        var subscription = new ReminderSubscription
        {
            ChannelId = activity.ChannelId ?? "",
            ConversationId = conversationId,
            UserId = userId,
            UserName = activity.From?.Name,
            Scope = scope,
            Units = units,
            OfficerId = scope == ReminderScope.OwnCases ? userId : null,
            DigestTime = request.DigestTime ?? keep?.DigestTime ?? options.DigestTime,
            // A later proactive message starts a new exchange, it does not reply to this turn.
            Address = JsonSerializer.Serialize(ReferenceOf(activity), ProtocolJson.Options),
        };
        var saved = await store.Subscriptions.SubscribeAsync(subscription, time.GetUtcNow(), cancellationToken);
        logger.LogInformation("Reminder subscription {Subscription} saved ({Scope})", saved.Id, saved.Scope);
        var opening = keep is null ? "已订阅到期提醒。" : "已更新到期提醒。";
        turn.SendText(opening + "\n" + Describe(saved), "我的提醒设置", "取消提醒");
    }

    private static ConversationReference ReferenceOf(Activity activity)
    {
        var reference = activity.GetConversationReference();
        reference.ActivityId = null;
        return reference;
    }

    private string Describe(ReminderSubscription s)
    {
        var scope = s.Scope switch
        {
            ReminderScope.Units => string.Join("、", s.Units) + "的案件",
            ReminderScope.OwnCases => "我承办的案件",
            _ => "全部案件",
        };
        var days = options.FireOnRestDays ? "每天" : "每个工作日";
        return $"范围：{scope}\n{days} {s.DigestTime.ToString("HH:mm", CultureInfo.InvariantCulture)} 推送到期汇总；案件转为临期（黄）、超期（红）时单独提醒。"
               + (options.FireOnRestDays ? "" : "\n休息日不打扰，期间的变化并入下一个工作日的汇总。");
    }
}

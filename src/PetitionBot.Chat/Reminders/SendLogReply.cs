using System.Globalization;
using System.Text;
using PetitionBot.Cases.Model;
using PetitionBot.Cases.Reminders;
using PetitionBot.Chat.Cases;
using PetitionBot.Language.DateTimes;
using PetitionBot.Language.Masking;

namespace PetitionBot.Chat.Reminders;

/// <summary>
/// 提醒发送记录: the newest reminder deliveries as the send log holds them — when, what, to whom (masked), and how it
/// went, with the attempts and the last error of those that failed. A supervisor who sees every case sees everyone's;
/// anyone else sees the reminders sent to themselves.
/// </summary>
public sealed class SendLogReply(ReminderStore store, IPersonNames names)
{
    public const int Shown = 10;

    // Enough of the log to find ten of one's own among everyone's.
    private const int Read = 200;

    private const int ErrorLength = 60;

    public async Task<string> WriteAsync(string userId, CaseScope scope, bool failedOnly, CancellationToken cancellationToken)
    {
        var entries = await store.Deliveries.RecentAsync(Read, null, failedOnly ? DeliveryStatus.Failed : null, cancellationToken);
        var shown = entries.Where(e => scope.All || e.UserId == userId).Take(Shown).ToList();
        var whose = scope.All ? "" : "发给您的";
        if (shown.Count == 0)
            return failedOnly ? $"最近没有{whose}发送失败的提醒。" : $"还没有{whose}提醒发送记录。";
        var text = new StringBuilder(failedOnly ? $"最近{whose}发送失败的提醒（{shown.Count}条）：" : $"最近{whose}提醒发送记录（{shown.Count}条，新的在前）：");
        foreach (var e in shown)
            text.Append('\n').Append(Line(e, scope.All));
        return text.ToString();
    }

    private string Line(DeliveryLogEntry e, bool showWho)
    {
        var at = (e.SentAt ?? e.NotBefore).ToOffset(ShanghaiClock.Offset).ToString("M月d日 HH:mm", CultureInfo.InvariantCulture);
        var what = e.Kind == ReminderKind.Digest ? "到期汇总" : $"{e.CaseNumber} 到期提醒";
        var who = showWho ? " → " + PersonalDataMask.Name(e.SubscriberName ?? names.NameOf(e.UserId) ?? "未知") : "";
        return $"· {at} {what}{who}：{Outcome(e)}";
    }

    private static string Outcome(DeliveryLogEntry e) => e.Status switch
    {
        DeliveryStatus.Sent => e.Attempts > 1 ? $"已送达（第{e.Attempts}次）" : "已送达",
        DeliveryStatus.Pending when e.Attempts > 0 => $"待重发（已试{e.Attempts}次{Reason(e)}）",
        DeliveryStatus.Pending => "待发送",
        DeliveryStatus.Folded or DeliveryStatus.Digested => "并入当天汇总",
        DeliveryStatus.Failed => $"发送失败（试了{e.Attempts}次{Reason(e)}）",
        DeliveryStatus.Obsolete => "案件已有变化，未再发送",
        _ => "已取消",
    };

    private static string Reason(DeliveryLogEntry e) =>
        e.LastError is { Length: > 0 } error ? "，原因：" + (error.Length > ErrorLength ? error[..ErrorLength] + "…" : error) : "";
}

namespace PetitionBot.Language.Intents;

public enum ReminderActionKind
{
    Subscribe,
    Unsubscribe,
    Settings,
    List,

    /// <summary>What was sent: 提醒发送记录, 提醒发送失败.</summary>
    SendLog,
}

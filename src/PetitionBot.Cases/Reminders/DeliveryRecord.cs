namespace PetitionBot.Cases.Reminders;

/// <summary>The send log as it stands, for 我的提醒设置, operators and tests.</summary>
public sealed record DeliveryRecord(
    long Id,
    string SubscriptionId,
    string Key,
    ReminderKind Kind,
    DeliveryStatus Status,
    int Attempts,
    DateTimeOffset NotBefore,
    DateTimeOffset? SentAt,
    string? LastError,
    IReadOnlyList<string> AttemptLog);

namespace PetitionBot.Cases.Reminders;

/// <summary>One row of the send log as an operator reads it: what, to whom (the subscriber's name, unmasked here), how it went.</summary>
public sealed record DeliveryLogEntry(
    long Id,
    string Key,
    ReminderKind Kind,
    string? CaseNumber,
    DeliveryStatus Status,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset NotBefore,
    DateTimeOffset? SentAt,
    string? LastError,
    IReadOnlyList<string> AttemptLog,
    string ChannelId,
    string UserId,
    string? SubscriberName,
    bool SubscriptionActive);

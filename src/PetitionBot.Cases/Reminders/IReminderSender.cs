namespace PetitionBot.Cases.Reminders;

/// <summary>Delivers a reminder to the conversation a subscription points at (the host knows the channels).</summary>
public interface IReminderSender
{
    Task<SendOutcome> SendAsync(ReminderSubscription to, ReminderMessage message, CancellationToken cancellationToken);
}

/// <summary>What happened to one send.</summary>
public enum SendResult
{
    Sent,

    /// <summary>The channel was unavailable or throttling after the sender's own retries: try again later.</summary>
    RetryLater,

    /// <summary>The channel refused it for good (e.g. the conversation is gone).</summary>
    Refused,
}

/// <param name="RetryAt">For <see cref="SendResult.RetryLater"/>: not before this instant, when the channel said so.</param>
public sealed record SendOutcome(SendResult Result, string? Error = null, DateTimeOffset? RetryAt = null)
{
    public static SendOutcome Sent { get; } = new(SendResult.Sent);

    public static SendOutcome RetryLater(string error, DateTimeOffset? retryAt = null) => new(SendResult.RetryLater, error, retryAt);

    public static SendOutcome Refused(string error) => new(SendResult.Refused, error);
}

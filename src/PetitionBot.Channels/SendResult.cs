namespace PetitionBot.Channels;

/// <summary>What became of an outbound activity, in the channel's own judgement of its platform's answer.</summary>
public sealed record SendResult(SendStatus Status, string? Reason = null, DateTimeOffset? RetryAt = null)
{
    public static readonly SendResult Delivered = new(SendStatus.Delivered);

    /// <summary>The platform refused it for good (conversation gone, not allowed): sending again will not help.</summary>
    public static SendResult Refused(string reason) => new(SendStatus.Refused, reason);

    /// <summary>The platform could not take it now (down, throttled, token trouble): try again later.</summary>
    /// <param name="retryAt">Not before this instant, when the platform said so (e.g. a long Retry-After).</param>
    public static SendResult RetryLater(string reason, DateTimeOffset? retryAt = null) => new(SendStatus.RetryLater, reason, retryAt);
}

public enum SendStatus
{
    Delivered,
    Refused,
    RetryLater,
}

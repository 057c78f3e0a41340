namespace PetitionBot.Host.Endpoints;

/// <summary>Configuration section "Messages".</summary>
public sealed class MessagesOptions
{
    /// <summary>Largest accepted activity body; larger requests get 413.</summary>
    public long MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Channel hosts the bot may send replies to, besides Bot Framework's: names, "*.domain" patterns or URLs.</summary>
    public string[] AllowedServiceHosts { get; set; } = [];

    /// <summary>Allow serviceUrls on localhost / loopback addresses; unset means only in the Development environment.</summary>
    public bool? AllowLoopbackServiceUrls { get; set; }

    /// <summary>How long the replies of an expectReplies activity are kept to answer a re-delivery of it.</summary>
    public TimeSpan ReplayRepliesFor { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How many activities of one conversation keep their replies (the newest).</summary>
    public int ReplayRepliesCount { get; set; } = 8;

    /// <summary>Wait before the first retry of a reply the channel did not take; doubles per failure.</summary>
    public TimeSpan DeliveryRetryFirst { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest wait between retries.</summary>
    public TimeSpan DeliveryRetryMax { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A reply still undelivered this long after its turn is given up (logged as an error).</summary>
    public TimeSpan DeliveryGiveUpAfter { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long an instance owns an outbox it is delivering before another instance may take it over.</summary>
    public TimeSpan DeliveryClaimFor { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>How often outboxes left by a stopped instance or a failed channel are looked for.</summary>
    public TimeSpan DeliverySweepEvery { get; set; } = TimeSpan.FromMinutes(1);
}

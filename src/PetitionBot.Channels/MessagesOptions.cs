using PetitionBot.Conversation.Turns;
using PetitionBot.Protocol.Connector;

namespace PetitionBot.Channels;

/// <summary>Configuration section "Messages".</summary>
public sealed class MessagesOptions
{
    /// <summary>Largest accepted activity body; larger requests get 413.</summary>
    public long MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Without MicrosoftAppId: addresses or networks (CIDR) besides loopback that may call unauthenticated; see
    /// the Bot Framework channel. Ignored when an app id is set.
    /// </summary>
    public string[] AllowUnauthenticatedFrom { get; set; } = [];

    /// <summary>Channel hosts the bot may send replies to, besides Bot Framework's: names, "*.domain" patterns or URLs.</summary>
    public string[] AllowedServiceHosts { get; set; } = [];

    /// <summary>Allow serviceUrls on localhost / loopback addresses; unset means only in the Development environment.</summary>
    public bool? AllowLoopbackServiceUrls { get; set; }

    /// <summary>How long the replies of an expectReplies activity are kept to answer a re-delivery of it.</summary>
    public TimeSpan ReplayRepliesFor { get; set; } = TurnPipelineOptions.DefaultReplayRepliesFor;

    /// <summary>
    /// How many activities of one conversation keep their replies (the newest). One covers a channel re-sending what
    /// lost its response; each more is read and written with every turn (eight took help turns from 0.83× to 0.48× the echo).
    /// </summary>
    public int ReplayRepliesCount { get; set; } = TurnPipelineOptions.DefaultReplayRepliesCount;

    /// <summary>Wait before the first retry of a reply the channel did not take; doubles per failure.</summary>
    public TimeSpan DeliveryRetryFirst { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest wait between retries.</summary>
    public TimeSpan DeliveryRetryMax { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A reply still undelivered this long after its turn is given up (logged as an error).</summary>
    public TimeSpan DeliveryGiveUpAfter { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long an instance owns an outbox it is delivering before another instance may take it over.</summary>
    public TimeSpan DeliveryClaimFor { get; set; } = TurnPipelineOptions.DefaultOutboxClaimFor;

    /// <summary>How often outboxes left by a stopped instance or a failed channel are looked for.</summary>
    public TimeSpan DeliverySweepEvery { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The serviceUrls the bot may call: Bot Framework's hosts, the configured ones, loopback per <see cref="AllowLoopbackServiceUrls"/>.</summary>
    public ServiceUrlPolicy ServiceUrlPolicy(bool isDevelopment) =>
        new(AllowedServiceHosts, AllowLoopbackServiceUrls ?? isDevelopment);

    /// <summary>Settings that cannot work, each naming its key.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        void Positive(TimeSpan value, string key)
        {
            if (value <= TimeSpan.Zero)
                problems.Add($"Messages:{key} must be a positive duration (hh:mm:ss), not {value}.");
        }
        Positive(DeliveryRetryFirst, nameof(DeliveryRetryFirst));
        Positive(DeliveryRetryMax, nameof(DeliveryRetryMax));
        Positive(DeliveryGiveUpAfter, nameof(DeliveryGiveUpAfter));
        Positive(DeliveryClaimFor, nameof(DeliveryClaimFor));
        Positive(DeliverySweepEvery, nameof(DeliverySweepEvery));
        if (ReplayRepliesFor < TimeSpan.Zero)
            problems.Add($"Messages:{nameof(ReplayRepliesFor)} must not be negative (00:00:00 turns replaying off), not {ReplayRepliesFor}.");
        if (ReplayRepliesCount < 0)
            problems.Add($"Messages:{nameof(ReplayRepliesCount)} must not be negative (0 turns replaying off), not {ReplayRepliesCount}.");
        return problems;
    }
}

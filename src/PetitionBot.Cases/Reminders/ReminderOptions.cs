namespace PetitionBot.Cases.Reminders;

/// <summary>How the reminder schedule behaves; bound from the <c>Reminders</c> configuration section.</summary>
public sealed class ReminderOptions
{
    public static readonly TimeOnly DefaultDigestTime = new(8, 30);

    /// <summary>China time of the daily digest for subscribers who did not choose one.</summary>
    public TimeOnly DigestTime { get; set; } = DefaultDigestTime;

    /// <summary>Send on weekends and public holidays too; by default what would fire then waits for the next working day's digest.</summary>
    public bool FireOnRestDays { get; set; }

    /// <summary>How many of the most urgent cases a digest lists; the rest are behind 查看全部.</summary>
    public int DigestTopCount { get; set; } = 5;

    /// <summary>At most this many case reminders per subscriber from one pass; the digest's counts cover the rest (no floods).</summary>
    public int MaxAlertsPerSubscriberPerPass { get; set; } = 20;

    /// <summary>
    /// How long a claimed delivery is reserved for the instance sending it. The sender renews it every third of the
    /// lease while it works, so a slow send keeps its claim and a crashed instance's claims lapse after this.
    /// </summary>
    public TimeSpan DeliveryLease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Deliveries tried at most this many times (each try itself retries 429/5xx) before they are recorded as failed.</summary>
    public int MaxDeliveryAttempts { get; set; } = 6;

    /// <summary>Wait before trying a failed delivery again; doubles per attempt up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Deliveries claimed at once by one instance.</summary>
    public int ClaimBatchSize { get; set; } = 20;

    /// <summary>Sends in flight at once from one instance.</summary>
    public int SendParallelism { get; set; } = 4;

    public TimeSpan RetryDelayAfter(int attempts)
    {
        var delay = RetryDelay * Math.Pow(2, Math.Max(0, attempts - 1));
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }
}

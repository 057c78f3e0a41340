namespace PetitionBot.DirectLine;

/// <summary>Configuration section "DirectLine".</summary>
public sealed class DirectLineOptions
{
    /// <summary>The Direct Line secret: lets a trusted server generate tokens or talk directly. Empty disables secret access.</summary>
    public string Secret { get; set; } = "";

    /// <summary>
    /// Key that signs tokens (at least 32 characters). When empty a random key is made at start, which is fine for a
    /// single instance; several instances behind one load balancer must share the same key.
    /// </summary>
    public string TokenSigningKey { get; set; } = "";

    /// <summary>How long an issued token stays valid; clients refresh at half of it.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The bot's account on this channel (recipient of user activities, sender of replies).</summary>
    public string BotId { get; set; } = "bot";

    public string BotName { get; set; } = "Bot";

    /// <summary>
    /// The public base URL (e.g. "https://chat.example.org/") used for serviceUrl and streamUrl; when empty it is
    /// taken from each request. Set it behind a reverse proxy that rewrites the host.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>Origins allowed by CORS; "*" (the default) allows any, which is safe because every call needs a bearer token.</summary>
    public string[] AllowedOrigins { get; set; } = ["*"];

    /// <summary>How often an idle stream sends an empty keep-alive frame (and re-reads the log as a safety net).</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// An idle conversation's log is kept this long after its last activity; a week keeps Friday's reminders for a
    /// supervisor who signs in on Monday.
    /// </summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Largest accepted activity body.</summary>
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>Most activities returned by one poll or stream frame.</summary>
    public int PageSize { get; set; } = 100;
}

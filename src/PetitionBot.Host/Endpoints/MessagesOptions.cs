namespace PetitionBot.Host.Endpoints;

/// <summary>Configuration section "Messages".</summary>
public sealed class MessagesOptions
{
    /// <summary>Largest accepted activity body; larger requests get 413.</summary>
    public long MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Without MicrosoftAppId: addresses or networks (CIDR) besides loopback that may call unauthenticated; see
    /// <see cref="UnauthenticatedCallers"/>. Ignored when an app id is set.
    /// </summary>
    public string[] AllowUnauthenticatedFrom { get; set; } = [];
}

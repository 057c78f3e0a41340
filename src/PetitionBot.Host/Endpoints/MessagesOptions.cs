namespace PetitionBot.Host.Endpoints;

/// <summary>Configuration section "Messages".</summary>
public sealed class MessagesOptions
{
    /// <summary>Largest accepted activity body; larger requests get 413.</summary>
    public long MaxBodyBytes { get; set; } = 256 * 1024;
}

namespace PetitionBot.Protocol.Authentication;

/// <summary>Bearer tokens for bot → channel (Connector) calls.</summary>
public interface IBotTokenProvider
{
    /// <summary>The access token to send, or null when the bot has no app id (then send no Authorization header).</summary>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}

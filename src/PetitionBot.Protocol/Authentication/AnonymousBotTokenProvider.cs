namespace PetitionBot.Protocol.Authentication;

/// <summary>Used when no app id is configured: Connector calls carry no Authorization header.</summary>
public sealed class AnonymousBotTokenProvider : IBotTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}

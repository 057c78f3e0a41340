using PetitionBot.Protocol.Authentication;

namespace PetitionBot.Protocol.Tests.Connector;

/// <summary>Hands out one known token and counts how often it was asked.</summary>
internal sealed class FixedTokenProvider(string? token) : IBotTokenProvider
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return Task.FromResult(token);
    }
}

using System.Text;
using Microsoft.Extensions.Caching.Distributed;

namespace PetitionBot.Channels.WeCom.Api;

/// <summary>
/// Where the access token is kept so every instance uses the same one: a distributed cache (Redis over the process's
/// one connection, or memory without Redis), under one key per corp and application. A cache that fails is treated as
/// empty, so Redis being away costs a gettoken call, not a message.
/// </summary>
public sealed class WeComTokenCache(IDistributedCache cache, WeComOptions options, ILogger<WeComTokenCache> logger)
{
    private readonly string _key = $"wecom:token:{options.CorpId}:{options.AgentId}";

    public async Task<string?> GetAsync(CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await cache.GetAsync(_key, cancellationToken);
            return bytes is { Length: > 0 } ? Encoding.UTF8.GetString(bytes) : null;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("The WeCom access token cache could not be read ({Error}); asking WeCom instead", e.GetType().Name);
            return null;
        }
    }

    public async Task SetAsync(string token, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        try
        {
            await cache.SetAsync(_key, Encoding.UTF8.GetBytes(token),
                new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = lifetime }, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("The WeCom access token could not be cached ({Error}); other instances ask WeCom for it themselves", e.GetType().Name);
        }
    }
}

namespace PetitionBot.Channels.WeCom.Api;

/// <summary>
/// The access token for WeCom's API: from the shared cache while it lasts (WeCom's expires_in less
/// WeCom:TokenRefreshMargin), otherwise fetched once per instance at a time and cached for the others. The instance
/// also remembers the token it fetched last, for while the shared cache cannot be read (Redis away), so an outage
/// does not turn every message into a gettoken call.
/// </summary>
public sealed class WeComAccessTokens(
    WeComApi api, WeComTokenCache cache, WeComOptions options, TimeProvider time, ILogger<WeComAccessTokens> logger)
{
    private readonly SemaphoreSlim _fetching = new(1, 1);
    private (string Token, DateTimeOffset Until)? _own;

    /// <exception cref="WeComTokenException">WeCom refused to issue one.</exception>
    /// <exception cref="WeComApiUnavailableException">WeCom could not be reached.</exception>
    public async Task<string> GetAsync(CancellationToken cancellationToken) =>
        await cache.GetAsync(cancellationToken) ?? Own() ?? await FetchAsync(stale: null, cancellationToken);

    private string? Own() => _own is { } own && own.Until > time.GetUtcNow() ? own.Token : null;

    /// <summary>A token other than <paramref name="stale"/>, which WeCom called invalid or expired: the one another
    /// caller or instance has cached meanwhile, or a new one.</summary>
    public Task<string> RefreshAsync(string stale, CancellationToken cancellationToken) => FetchAsync(stale, cancellationToken);

    private async Task<string> FetchAsync(string? stale, CancellationToken cancellationToken)
    {
        await _fetching.WaitAsync(cancellationToken);
        try
        {
            // Whoever waited for the lock finds the token the previous holder fetched.
            if ((await cache.GetAsync(cancellationToken) ?? Own()) is { } cached && cached != stale)
                return cached;
            var token = await api.GetTokenAsync(cancellationToken);
            var keep = token.ExpiresIn - options.TokenRefreshMargin;
            if (keep <= TimeSpan.Zero)
                keep = token.ExpiresIn / 2;
            _own = (token.Value, time.GetUtcNow() + keep);
            await cache.SetAsync(token.Value, keep, cancellationToken);
            logger.LogInformation("WeCom access token obtained ({Reason}); kept for {KeptFor}",
                stale is null ? "none cached" : "the previous one was refused", keep);
            return token.Value;
        }
        finally
        {
            _fetching.Release();
        }
    }
}

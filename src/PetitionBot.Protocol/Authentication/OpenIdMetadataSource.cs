using System.Diagnostics;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace PetitionBot.Protocol.Authentication;

/// <summary>
/// One OpenID metadata URL: its signing keys and its key endorsements, each cached and
/// refreshed by a ConfigurationManager, plus a rate-limited direct re-fetch for key rollover.
/// </summary>
public sealed class OpenIdMetadataSource
{
    /// <summary>At most one forced re-fetch per interval, so tokens with made-up key ids cannot flood the issuer.</summary>
    public static readonly TimeSpan ForcedRefreshInterval = TimeSpan.FromMinutes(5);

    private readonly IDocumentRetriever _documents;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _configuration;
    private readonly ConfigurationManager<EndorsementTable> _endorsements;
    private readonly SemaphoreSlim _forcedGate = new(1, 1);
    private ForcedFetch? _forced;

    public OpenIdMetadataSource(string metadataUrl, HttpClient httpClient)
    {
        MetadataUrl = metadataUrl;
        // Plain http is allowed only when configured so explicitly (on-prem or local test metadata).
        var requireHttps = new Uri(metadataUrl, UriKind.Absolute).Scheme == Uri.UriSchemeHttps;
        _documents = new HttpDocumentRetriever(httpClient) { RequireHttps = requireHttps };
        _configuration = new ConfigurationManager<OpenIdConnectConfiguration>(
            metadataUrl, new OpenIdConnectConfigurationRetriever(), _documents);
        _endorsements = new ConfigurationManager<EndorsementTable>(
            metadataUrl, new EndorsementsRetriever(), _documents);
    }

    public string MetadataUrl { get; }

    public async Task<MetadataSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        var configuration = await _configuration.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        var endorsements = await _endorsements.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        return new MetadataSnapshot(configuration, endorsements);
    }

    /// <summary>
    /// Keys as published right now, for a token whose key id the cached set lacks. The managers
    /// refresh in the background only, so this fetches directly (rate-limited) and also asks them to refresh.
    /// </summary>
    public async Task<MetadataSnapshot> GetRefreshedAsync(CancellationToken cancellationToken)
    {
        _configuration.RequestRefresh();
        _endorsements.RequestRefresh();
        await _forcedGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_forced is { } recent && Stopwatch.GetElapsedTime(recent.FetchedAt) < ForcedRefreshInterval)
                return recent.Snapshot;
            var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(MetadataUrl, _documents, cancellationToken)
                .ConfigureAwait(false);
            var endorsements = await new EndorsementsRetriever().GetConfigurationAsync(MetadataUrl, _documents, cancellationToken)
                .ConfigureAwait(false);
            var snapshot = new MetadataSnapshot(configuration, endorsements);
            _forced = new ForcedFetch(snapshot, Stopwatch.GetTimestamp());
            return snapshot;
        }
        finally
        {
            _forcedGate.Release();
        }
    }

    private sealed record ForcedFetch(MetadataSnapshot Snapshot, long FetchedAt);
}

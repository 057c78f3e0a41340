using System.Text.Json;
using Microsoft.IdentityModel.Protocols;

namespace PetitionBot.Protocol.Authentication;

/// <summary>
/// Reads the JWKS named by an OpenID metadata document and collects each key's endorsements,
/// which the standard key model drops.
/// </summary>
public sealed class EndorsementsRetriever : IConfigurationRetriever<EndorsementTable>
{
    public async Task<EndorsementTable> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        var metadata = await retriever.GetDocumentAsync(address, cancel).ConfigureAwait(false);
        string? jwksUri;
        using (var doc = JsonDocument.Parse(metadata))
        {
            jwksUri = doc.RootElement.TryGetProperty("jwks_uri", out var uri) && uri.ValueKind == JsonValueKind.String
                ? uri.GetString()
                : null;
        }
        if (string.IsNullOrEmpty(jwksUri))
            throw new InvalidOperationException("OpenID metadata document has no jwks_uri.");

        var jwks = await retriever.GetDocumentAsync(jwksUri, cancel).ConfigureAwait(false);
        return Parse(jwks);
    }

    public static EndorsementTable Parse(string jwksJson)
    {
        var table = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        using var doc = JsonDocument.Parse(jwksJson);
        if (!doc.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
            return new EndorsementTable(table);

        foreach (var key in keys.EnumerateArray())
        {
            if (!key.TryGetProperty("kid", out var kid) || kid.ValueKind != JsonValueKind.String)
                continue;
            var channels = new HashSet<string>(StringComparer.Ordinal);
            if (key.TryGetProperty("endorsements", out var endorsements) && endorsements.ValueKind == JsonValueKind.Array)
            {
                foreach (var channel in endorsements.EnumerateArray())
                {
                    if (channel.ValueKind == JsonValueKind.String && channel.GetString() is { Length: > 0 } name)
                        channels.Add(name);
                }
            }
            table[kid.GetString()!] = channels;
        }
        return new EndorsementTable(table);
    }
}

using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace PetitionBot.Testing.Peers;

/// <summary>
/// Stands in for login.botframework.com (or an Entra tenant): serves an OpenID metadata
/// document and a JWKS of local RSA keys (optionally with endorsements), and mints tokens.
/// </summary>
public sealed class OpenIdMetadataServer : IAsyncDisposable
{
    public const string MetadataPath = "v1/.well-known/openidconfiguration";
    public const string KeysPath = "v1/.well-known/keys";

    private readonly Lock _gate = new();
    private readonly List<TestSigningKey> _published = [];
    private readonly List<TestSigningKey> _owned = [];
    private LoopbackWebServer? _server;
    private int _metadataRequests;
    private int _keysRequests;

    private OpenIdMetadataServer(string issuer) => Issuer = issuer;

    /// <summary>The issuer in the metadata document and the default "iss" of minted tokens.</summary>
    public string Issuer { get; }

    public string MetadataUrl => Server.Combine(MetadataPath).AbsoluteUri;

    public string KeysUrl => Server.Combine(KeysPath).AbsoluteUri;

    public int MetadataRequests => Volatile.Read(ref _metadataRequests);

    public int KeysRequests => Volatile.Read(ref _keysRequests);

    private LoopbackWebServer Server => _server ?? throw new InvalidOperationException("not started");

    public static async Task<OpenIdMetadataServer> StartAsync(
        string issuer = "https://api.botframework.com", CancellationToken cancellationToken = default)
    {
        var peer = new OpenIdMetadataServer(issuer);
        peer._server = await LoopbackWebServer.StartAsync(peer.Map, cancellationToken: cancellationToken);
        return peer;
    }

    /// <summary>Creates a key and publishes it in the JWKS.</summary>
    public TestSigningKey AddSigningKey(string? keyId = null, params string[] endorsements)
    {
        var key = new TestSigningKey(keyId ?? Guid.NewGuid().ToString("N"), endorsements);
        lock (_gate)
        {
            _owned.Add(key);
            _published.Add(key);
        }
        return key;
    }

    /// <summary>Creates a key that is never published: tokens it signs must be rejected.</summary>
    public TestSigningKey CreateUnpublishedKey(string? keyId = null)
    {
        var key = new TestSigningKey(keyId ?? Guid.NewGuid().ToString("N"));
        lock (_gate)
            _owned.Add(key);
        return key;
    }

    public string MintToken(TestSigningKey key, TestTokenContents contents, string? keyIdInHeader = null) =>
        key.Sign(contents.ToPayload(Issuer), contents.Algorithm, keyIdInHeader);

    private void Map(WebApplication app)
    {
        app.MapGet("/" + MetadataPath, () =>
        {
            Interlocked.Increment(ref _metadataRequests);
            var document = new JsonObject
            {
                ["issuer"] = Issuer,
                ["authorization_endpoint"] = Server.Combine("v1/authorize").AbsoluteUri,
                ["jwks_uri"] = KeysUrl,
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256", "RS384", "RS512"),
                ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
            };
            return Results.Text(document.ToJsonString(), "application/json");
        });
        app.MapGet("/" + KeysPath, () =>
        {
            Interlocked.Increment(ref _keysRequests);
            JsonArray keys;
            lock (_gate)
                keys = new JsonArray([.. _published.Select(k => (JsonNode)k.ToJwk())]);
            return Results.Text(new JsonObject { ["keys"] = keys }.ToJsonString(), "application/json");
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
        lock (_gate)
        {
            foreach (var key in _owned)
                key.Dispose();
        }
    }
}

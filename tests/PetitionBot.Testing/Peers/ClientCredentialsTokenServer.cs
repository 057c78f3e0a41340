using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace PetitionBot.Testing.Peers;

/// <summary>
/// Stands in for login.microsoftonline.com for the client-credentials grant: answers
/// POST /{tenant}/oauth2/v2.0/token (and the tenant's OpenID discovery) in the real wire format,
/// checking client_id, client_secret and scope. Plain http, or https with a throwaway certificate.
/// </summary>
public sealed class ClientCredentialsTokenServer : IAsyncDisposable
{
    private readonly string _clientId;
    private readonly string _clientSecret;
    private readonly string _scope;
    private readonly ConcurrentQueue<string> _issued = new();
    private readonly ConcurrentQueue<string> _tenants = new();
    private LoopbackWebServer? _server;
    private int _tokenRequests;
    private int _rejectedRequests;

    private ClientCredentialsTokenServer(string clientId, string clientSecret, string scope, int expiresInSeconds, LoopbackCertificate? certificate)
    {
        _clientId = clientId;
        _clientSecret = clientSecret;
        _scope = scope;
        ExpiresInSeconds = expiresInSeconds;
        Certificate = certificate;
    }

    /// <summary>Set when serving https; use its trusting handler in clients.</summary>
    public LoopbackCertificate? Certificate { get; }

    /// <summary>The expires_in value of the next tokens handed out.</summary>
    public int ExpiresInSeconds { get; set; }

    public Uri BaseAddress => Server.BaseAddress;

    /// <summary>Authority for a tenant, e.g. "botframework.com", without trailing slash.</summary>
    public string Authority(string tenant = "botframework.com") => Server.Combine(tenant).AbsoluteUri;

    public int TokenRequests => Volatile.Read(ref _tokenRequests);

    public int RejectedRequests => Volatile.Read(ref _rejectedRequests);

    public IReadOnlyList<string> IssuedTokens => [.. _issued];

    /// <summary>Tenant path segment of each token request, in order.</summary>
    public IReadOnlyList<string> RequestedTenants => [.. _tenants];

    private LoopbackWebServer Server => _server ?? throw new InvalidOperationException("not started");

    public static async Task<ClientCredentialsTokenServer> StartAsync(
        string clientId, string clientSecret, string scope = "https://api.botframework.com/.default",
        bool https = false, int expiresInSeconds = 3600, CancellationToken cancellationToken = default)
    {
        var certificate = https ? new LoopbackCertificate() : null;
        var peer = new ClientCredentialsTokenServer(clientId, clientSecret, scope, expiresInSeconds, certificate);
        peer._server = await LoopbackWebServer.StartAsync(peer.Map, certificate?.Certificate, cancellationToken);
        return peer;
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) =>
        {
            var root = Authority(tenant);
            var document = new JsonObject
            {
                ["issuer"] = $"{root}/v2.0",
                ["authorization_endpoint"] = $"{root}/oauth2/v2.0/authorize",
                ["token_endpoint"] = $"{root}/oauth2/v2.0/token",
                ["jwks_uri"] = $"{root}/discovery/v2.0/keys",
                ["token_endpoint_auth_methods_supported"] = new JsonArray("client_secret_post", "client_secret_basic"),
            };
            return Results.Text(document.ToJsonString(), "application/json");
        });

        app.MapPost("/{tenant}/oauth2/v2.0/token", async (string tenant, HttpRequest request) =>
        {
            Interlocked.Increment(ref _tokenRequests);
            _tenants.Enqueue(tenant);
            if (!request.HasFormContentType)
                return Reject(400, "invalid_request", "Body must be application/x-www-form-urlencoded.");
            var form = await request.ReadFormAsync();
            if (form["grant_type"] != "client_credentials")
                return Reject(400, "unsupported_grant_type", "Only client_credentials is supported.");
            if (form["client_id"] != _clientId || form["client_secret"] != _clientSecret)
                return Reject(401, "invalid_client", "Invalid client secret provided.");
            if (form["scope"] != _scope)
                return Reject(400, "invalid_scope", "The provided scope is not valid.");

            var token = $"local-token-{_issued.Count + 1}-{Guid.NewGuid():N}";
            _issued.Enqueue(token);
            var body = new JsonObject
            {
                ["token_type"] = "Bearer",
                ["expires_in"] = ExpiresInSeconds,
                ["ext_expires_in"] = ExpiresInSeconds,
                ["access_token"] = token,
            };
            return Results.Text(body.ToJsonString(), "application/json");
        });
    }

    private IResult Reject(int status, string error, string description)
    {
        Interlocked.Increment(ref _rejectedRequests);
        var body = new JsonObject { ["error"] = error, ["error_description"] = description };
        return Results.Text(body.ToJsonString(), "application/json", statusCode: status);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
        Certificate?.Dispose();
    }
}

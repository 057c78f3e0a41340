using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace PetitionBot.Testing.Peers;

/// <summary>A locally generated RSA key that signs JWTs by hand (independent of the library under test).</summary>
public sealed class TestSigningKey : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public TestSigningKey(string keyId, IEnumerable<string>? endorsements = null)
    {
        KeyId = keyId;
        Endorsements = endorsements?.ToArray() ?? [];
    }

    public string KeyId { get; }

    /// <summary>Channel ids published with the key in the JWKS; empty means none are listed.</summary>
    public IReadOnlyList<string> Endorsements { get; }

    public JsonObject ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64Url.EncodeToString(parameters.Modulus),
            ["e"] = Base64Url.EncodeToString(parameters.Exponent),
        };
        if (Endorsements.Count > 0)
            jwk["endorsements"] = new JsonArray([.. Endorsements.Select(e => (JsonNode?)JsonValue.Create(e))]);
        return jwk;
    }

    /// <summary>Signs <paramref name="payload"/> as a compact JWS with RS256, RS384 or RS512.</summary>
    public string Sign(JsonObject payload, string algorithm = "RS256", string? keyIdInHeader = null)
    {
        var hash = algorithm switch
        {
            "RS256" => HashAlgorithmName.SHA256,
            "RS384" => HashAlgorithmName.SHA384,
            "RS512" => HashAlgorithmName.SHA512,
            _ => throw new ArgumentException($"unsupported algorithm {algorithm}", nameof(algorithm)),
        };
        var header = new JsonObject { ["alg"] = algorithm, ["kid"] = keyIdInHeader ?? KeyId, ["typ"] = "JWT" };
        var signingInput = Encode(header) + "." + Encode(payload);
        var signature = _rsa.SignData(Encoding.ASCII.GetBytes(signingInput), hash, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    private static string Encode(JsonObject json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));

    public void Dispose() => _rsa.Dispose();
}

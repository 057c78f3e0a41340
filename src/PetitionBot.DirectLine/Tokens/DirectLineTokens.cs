using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PetitionBot.DirectLine.Tokens;

/// <summary>
/// Issues and reads Direct Line tokens: compact JWTs (HS256) with claims conv, user, name, iat, exp.
/// A JWT because Web Chat and DirectLineJS read the "user" claim and adopt it as the user id.
/// </summary>
public sealed class DirectLineTokens(TokenSigningKey key, DirectLineOptions options, TimeProvider time)
{
    private static readonly string Header = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);

    public TimeSpan Lifetime => options.TokenLifetime;

    public IssuedToken Issue(string conversationId, string userId, string? userName)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var now = time.GetUtcNow();
        var payload = new JsonObject
        {
            ["conv"] = conversationId,
            ["user"] = userId,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["exp"] = (now + options.TokenLifetime).ToUnixTimeSeconds(),
        };
        if (!string.IsNullOrEmpty(userName))
            payload["name"] = userName;
        var body = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        var signed = Header + "." + body;
        var token = signed + "." + Base64Url.EncodeToString(Sign(signed));
        return new IssuedToken(token, conversationId, (int)options.TokenLifetime.TotalSeconds);
    }

    public TokenReading Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 4096)
            return TokenReading.Invalid;
        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] != Header)
            return TokenReading.Invalid;
        byte[] signature;
        byte[] body;
        try
        {
            signature = Base64Url.DecodeFromChars(parts[2]);
            body = Base64Url.DecodeFromChars(parts[1]);
        }
        catch (FormatException)
        {
            return TokenReading.Invalid;
        }
        if (!CryptographicOperations.FixedTimeEquals(signature, Sign(parts[0] + "." + parts[1])))
            return TokenReading.Invalid;

        try
        {
            var claims = JsonNode.Parse(body)?.AsObject();
            var conversation = (string?)claims?["conv"];
            var user = (string?)claims?["user"];
            var expires = (long?)claims?["exp"];
            if (conversation is null || user is null || expires is null)
                return TokenReading.Invalid;
            var expiresAt = DateTimeOffset.FromUnixTimeSeconds(expires.Value);
            var parsed = new DirectLineToken(conversation, user, (string?)claims?["name"], expiresAt);
            return expiresAt <= time.GetUtcNow() ? new TokenReading(TokenCheck.Expired, parsed) : new TokenReading(TokenCheck.Valid, parsed);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return TokenReading.Invalid;
        }
    }

    private byte[] Sign(string text) => HMACSHA256.HashData(key.Bytes, Encoding.ASCII.GetBytes(text));
}

using System.Text.Json;

namespace PetitionBot.Channels.WeCom.Api;

/// <summary>
/// What WeCom's server API answered: errcode (0 is success) and errmsg, plus the body for the fields a call reads.
/// HTTP and network failures are not answers; they surface as <see cref="WeComApiUnavailableException"/>.
/// </summary>
public sealed record WeComApiAnswer(int ErrCode, string ErrMsg, JsonElement Body)
{
    public bool Succeeded => ErrCode == 0;

    /// <summary>The answer in a JSON body; a body without errcode counts as success, as WeCom omits it on some calls.</summary>
    public static WeComApiAnswer Parse(ReadOnlySpan<byte> json)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        var body = document.RootElement.Clone();
        if (body.ValueKind != JsonValueKind.Object)
            throw new JsonException("WeCom's answer is not a JSON object.");
        var code = body.TryGetProperty("errcode", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : 0;
        var message = body.TryGetProperty("errmsg", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() ?? "" : "";
        return new WeComApiAnswer(code, message, body);
    }
}

using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PetitionBot.Channels.WeCom.Crypto;

namespace PetitionBot.Testing.Peers;

/// <summary>
/// A local stand-in for WeCom's server API on a loopback port: cgi-bin/gettoken issues tokens (counted; the current one
/// can be expired on demand, after which message/send answers 42001 for it), cgi-bin/message/send records each message
/// sent with a valid token. <see cref="Callback"/> signs and encrypts callbacks as WeCom does, for posting to the bot.
/// </summary>
public sealed class WeComServer : IAsyncDisposable
{
    public const string CorpId = "wwpetitionbot0001";
    public const int AgentId = 1000002;
    public const string Secret = "stand-in-secret";
    public const string Token = "PetitionBotToken";
    public const string EncodingAesKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";

    private readonly ConcurrentQueue<JsonObject> _sent = new();
    private readonly ConcurrentQueue<int> _scriptedErrors = new();
    private readonly Lock _lock = new();
    private readonly HashSet<string> _valid = [];
    private string? _current;
    private int _tokenRequests;
    private LoopbackWebServer? _server;

    /// <summary>What WeCom:ApiBaseUrl is set to.</summary>
    public string ApiBaseUrl => (_server ?? throw new InvalidOperationException("not started")).BaseAddress.AbsoluteUri.TrimEnd('/');

    /// <summary>How many gettoken calls arrived (with the right corp id and secret).</summary>
    public int TokenRequests => Volatile.Read(ref _tokenRequests);

    /// <summary>The messages accepted, in arrival order.</summary>
    public IReadOnlyList<JsonObject> Sent => [.. _sent];

    /// <summary>How many message/send calls came with a token that is no longer valid.</summary>
    public int RefusedForToken { get; private set; }

    /// <summary>The expires_in given with each token (seconds).</summary>
    public int ExpiresInSeconds { get; set; } = 7200;

    public WeComCallbackClient Callback { get; } = new(Token, EncodingAesKey, CorpId, AgentId);

    public static async Task<WeComServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var server = new WeComServer();
        server._server = await LoopbackWebServer.StartAsync(server.Map, cancellationToken: cancellationToken);
        return server;
    }

    /// <summary>WeCom expires the current token early (it may, its docs say): sends with it get 42001 and the next gettoken issues a new one.</summary>
    public void ExpireToken()
    {
        lock (_lock)
        {
            if (_current is not null)
                _valid.Remove(_current);
            _current = null;
        }
    }

    /// <summary>Answers the next message/send calls with these errcodes (e.g. 45009), before looking at anything else.</summary>
    public void FailNextSends(params int[] errCodes)
    {
        foreach (var code in errCodes) _scriptedErrors.Enqueue(code);
    }

    /// <summary>Waits until at least <paramref name="count"/> messages were accepted; returns them.</summary>
    public async Task<IReadOnlyList<JsonObject>> WaitForSentAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (_sent.Count < count)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"WeCom received {_sent.Count} messages, not {count}, within {timeout.TotalSeconds:0} s: " +
                                           string.Join(" | ", _sent.Select(m => m.ToJsonString())));
            await Task.Delay(25);
        }
        return Sent;
    }

    /// <summary>The text a member reads in a message: text or markdown content, or a card's title and text.</summary>
    public static string Readable(JsonObject message) => (string?)message["msgtype"] switch
    {
        "text" => (string?)message["text"]?["content"] ?? "",
        "markdown" => (string?)message["markdown"]?["content"] ?? "",
        "template_card" => $"{message["template_card"]?["main_title"]?["title"]}\n{message["template_card"]?["sub_title_text"]}".Trim(),
        _ => "",
    };

    /// <summary>A card's buttons: label and key.</summary>
    public static IReadOnlyList<(string Text, string Key)> Buttons(JsonObject message) =>
        message["template_card"]?["button_list"] is JsonArray list
            ? [.. list.Select(b => ((string?)b?["text"] ?? "", (string?)b?["key"] ?? ""))]
            : [];

    private void Map(WebApplication app)
    {
        app.MapGet("/cgi-bin/gettoken", (string? corpid, string? corpsecret) =>
        {
            if (corpid != CorpId || corpsecret != Secret)
                return Results.Json(new { errcode = 40001, errmsg = "invalid credential" });
            Interlocked.Increment(ref _tokenRequests);
            lock (_lock)
            {
                // Within its lifetime WeCom gives the same token again; after an early expiry a new one.
                _current ??= "tok-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
                _valid.Add(_current);
                return Results.Json(new { errcode = 0, errmsg = "ok", access_token = _current, expires_in = ExpiresInSeconds });
            }
        });
        app.MapPost("/cgi-bin/message/send", async (HttpRequest request) =>
        {
            var body = JsonNode.Parse(await new StreamReader(request.Body).ReadToEndAsync()) as JsonObject;
            if (_scriptedErrors.TryDequeue(out var scripted))
                return Results.Json(new { errcode = scripted, errmsg = "scripted failure" });
            string token = request.Query["access_token"].ToString();
            lock (_lock)
            {
                if (!_valid.Contains(token))
                {
                    RefusedForToken++;
                    return Results.Json(new { errcode = 42001, errmsg = "access_token expired" });
                }
            }
            if (body is null || (int?)body["agentid"] != AgentId || string.IsNullOrEmpty((string?)body["touser"]))
                return Results.Json(new { errcode = 40056, errmsg = "invalid agentid or touser" });
            _sent.Enqueue(body);
            return Results.Json(new { errcode = 0, errmsg = "ok", msgid = Guid.NewGuid().ToString("N") });
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
    }
}

/// <summary>Makes callbacks as WeCom sends them: the inner XML encrypted, the envelope signed, the query filled in.</summary>
public sealed class WeComCallbackClient(string token, string encodingAesKey, string corpId, int agentId)
{
    private readonly WeComCipher _cipher = new(encodingAesKey, corpId);
    private long _nextMsgId = 7_300_000_000_000_000_000;

    /// <summary>A new MsgId, as WeCom numbers text messages.</summary>
    public string NextMsgId() => Interlocked.Increment(ref _nextMsgId).ToString(CultureInfo.InvariantCulture);

    public static string TextXml(string fromUser, string content, string msgId, DateTimeOffset created) =>
        Inner(fromUser, created, $"<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[{content}]]></Content><MsgId>{msgId}</MsgId>");

    public static string EnterAgentXml(string fromUser, DateTimeOffset created) =>
        Inner(fromUser, created, "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[enter_agent]]></Event><EventKey><![CDATA[]]></EventKey>");

    public static string CardButtonXml(string fromUser, string eventKey, string taskId, DateTimeOffset created) =>
        Inner(fromUser, created,
            "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[template_card_event]]></Event>"
            + $"<EventKey><![CDATA[{eventKey}]]></EventKey><TaskId><![CDATA[{taskId}]]></TaskId>"
            + "<CardType><![CDATA[button_interaction]]></CardType><ResponseCode><![CDATA[response-code]]></ResponseCode>");

    private static string Inner(string fromUser, DateTimeOffset created, string body) =>
        $"<xml><ToUserName><![CDATA[{WeComServer.CorpId}]]></ToUserName><FromUserName><![CDATA[{fromUser}]]></FromUserName>"
        + $"<CreateTime>{created.ToUnixTimeSeconds()}</CreateTime>{body}<AgentID>{WeComServer.AgentId}</AgentID></xml>";

    /// <summary>The signed request: path and query, and the XML body.</summary>
    public (string PathAndQuery, string Body) Sign(string path, string innerXml, DateTimeOffset? at = null, string? forgedSignature = null)
    {
        var encrypted = _cipher.Encrypt(innerXml);
        var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));
        var signature = forgedSignature ?? WeComSignature.Compute(token, timestamp, nonce, encrypted);
        var body = $"<xml><ToUserName><![CDATA[{corpId}]]></ToUserName><Encrypt><![CDATA[{encrypted}]]></Encrypt><AgentID><![CDATA[{agentId}]]></AgentID></xml>";
        return ($"{path}?msg_signature={signature}&timestamp={timestamp}&nonce={nonce}", body);
    }

    /// <summary>The GET WeCom sends when an administrator saves the callback URL: echostr encrypted, the query signed.</summary>
    public string UrlVerification(string path, string echo, DateTimeOffset at)
    {
        var encrypted = _cipher.Encrypt(echo);
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));
        return $"{path}?msg_signature={WeComSignature.Compute(token, timestamp, nonce, encrypted)}&timestamp={timestamp}&nonce={nonce}&echostr={Uri.EscapeDataString(encrypted)}";
    }

    /// <summary>Posts a callback to the bot, as WeCom does.</summary>
    public async Task<HttpResponseMessage> PostAsync(HttpClient bot, string path, string innerXml, DateTimeOffset? at = null, string? forgedSignature = null)
    {
        var (pathAndQuery, body) = Sign(path, innerXml, at, forgedSignature);
        return await bot.PostAsync(pathAndQuery, new StringContent(body, Encoding.UTF8, "text/xml"));
    }
}

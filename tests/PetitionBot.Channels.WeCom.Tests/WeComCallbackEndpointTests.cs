using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PetitionBot.Channels.WeCom.Callback;
using PetitionBot.Channels.WeCom.Crypto;

namespace PetitionBot.Channels.WeCom.Tests;

/// <summary>
/// The callback URL driven over real HTTP, as WeCom calls it: GET to verify the URL, POST with an encrypted message.
/// The reading parts mapped here by hand; the channel's own endpoint through the host is in the end-to-end tests (WeCom/).
/// </summary>
public sealed class WeComCallbackEndpointTests : IAsyncLifetime
{
    private static readonly WeComVector Echo = WeComVector.Named("ascii-echo");
    private static readonly WeComVector Text = WeComVector.Named("text-message-chinese");

    private readonly SettableClock _clock = new(DateTimeOffset.FromUnixTimeSeconds(1765000000));
    private readonly CapturedLogs _logs = new();
    private WebApplication _app = null!;
    private HttpClient _client = null!;
    private WeComOptions _options = null!;

    public Task InitializeAsync() => StartAsync(new WeComOptions
    {
        CorpId = Echo.ReceiveId, AgentId = 1000002, Token = Echo.Token, EncodingAesKey = Echo.EncodingAesKey,
    });

    private async Task StartAsync(WeComOptions options)
    {
        _options = options;
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(_logs);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<TimeProvider>(_clock);
        builder.Services.AddSingleton<WeComCallbackAuthenticator>();
        builder.Services.AddSingleton<WeComUrlVerification>();
        builder.Services.AddSingleton<WeComCallbackReader>();
        _app = builder.Build();
        _app.MapGet("/wecom", (HttpRequest request, WeComUrlVerification verification) => verification.Handle(request));
        _app.MapPost("/wecom", async (HttpRequest request, WeComCallbackReader reader, CancellationToken ct) =>
        {
            var read = await reader.ReadAsync(request, ct);
            return read.Accepted ? Results.Json(read.Value) : read.Rejection.ToResult();
        });
        await _app.StartAsync();
        _client = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static string Query(string signature, string timestamp, string nonce, string? echostr = null) =>
        $"/wecom?msg_signature={signature}&timestamp={timestamp}&nonce={Uri.EscapeDataString(nonce)}"
        + (echostr is null ? "" : "&echostr=" + Uri.EscapeDataString(echostr));

    [Fact]
    public async Task Url_verification_answers_the_plaintext_of_echostr()
    {
        var response = await _client.GetAsync(Query(Echo.MsgSignature, Echo.Timestamp, Echo.Nonce, Echo.Encrypt));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Echo.Message, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Url_verification_with_WeComs_sample_request_answers_its_plaintext()
    {
        var sample = WeComVector.Named("wecom-sample-verify-url");
        await DisposeAsync();
        _clock.Now = DateTimeOffset.FromUnixTimeSeconds(long.Parse(sample.Timestamp));
        await StartAsync(new WeComOptions { CorpId = sample.ReceiveId, AgentId = 218, Token = sample.Token, EncodingAesKey = sample.EncodingAesKey });

        var response = await _client.GetAsync(Query(sample.MsgSignature, sample.Timestamp, sample.Nonce, sample.Encrypt));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(sample.Message, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Url_verification_with_a_tampered_signature_is_forbidden_and_logged_without_the_payload()
    {
        var tampered = (Echo.MsgSignature[0] == 'a' ? "b" : "a") + Echo.MsgSignature[1..];

        var response = await _client.GetAsync(Query(tampered, Echo.Timestamp, Echo.Nonce, Echo.Encrypt));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("signature", await response.Content.ReadAsStringAsync());
        var refusal = Assert.Single(_logs.Lines, l => l.Contains("refused"));
        Assert.DoesNotContain(Echo.Encrypt, refusal);
        Assert.DoesNotContain(Echo.Message, refusal);
    }

    [Theory]
    [InlineData(301)]    // five minutes and a second late
    [InlineData(-301)]   // from the future
    public async Task A_timestamp_outside_the_window_is_forbidden(int secondsOff)
    {
        _clock.Now = DateTimeOffset.FromUnixTimeSeconds(long.Parse(Echo.Timestamp) + secondsOff);

        var response = await _client.GetAsync(Query(Echo.MsgSignature, Echo.Timestamp, Echo.Nonce, Echo.Encrypt));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("timestamp", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_timestamp_inside_the_window_is_accepted()
    {
        _clock.Now = DateTimeOffset.FromUnixTimeSeconds(long.Parse(Echo.Timestamp) + 299);

        var response = await _client.GetAsync(Query(Echo.MsgSignature, Echo.Timestamp, Echo.Nonce, Echo.Encrypt));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Missing_parameters_are_a_bad_request()
    {
        var response = await _client.GetAsync($"/wecom?timestamp={Echo.Timestamp}&nonce={Echo.Nonce}&echostr=x");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_posted_text_message_is_decrypted_and_read()
    {
        var response = await PostAsync(Envelope(Text.Encrypt), Text);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("text", json.RootElement.GetProperty("msgType").GetString());
        Assert.Equal("zhangsan", json.RootElement.GetProperty("fromUserName").GetString());
        Assert.Equal("我想问一下信访事项的受理期限是多久？", json.RootElement.GetProperty("content").GetString());
    }

    [Fact]
    public async Task A_post_signed_with_another_token_is_forbidden()
    {
        var signature = WeComSignature.Compute("another", Text.Timestamp, Text.Nonce, Text.Encrypt);

        var response = await _client.PostAsync(Query(signature, Text.Timestamp, Text.Nonce), Xml(Envelope(Text.Encrypt)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_post_for_another_corp_is_forbidden()
    {
        var encrypted = new WeComCipher(_options.EncodingAesKey, "ww-another-corp").Encrypt(Text.Message);

        var response = await PostSignedAsync(Envelope(encrypted), encrypted);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("receive id", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(_logs.Lines, l => l.Contains("zhangsan") || l.Contains("信访"));
    }

    [Fact]
    public async Task An_envelope_with_a_dtd_is_a_bad_request()
    {
        var body = """<!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/hostname">]><xml><Encrypt>&x;</Encrypt></xml>""";

        var response = await _client.PostAsync(Query(Text.MsgSignature, Text.Timestamp, Text.Nonce), Xml(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_decrypted_message_with_an_external_entity_is_a_bad_request()
    {
        var inner = """<!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/hostname">]><xml><FromUserName>a</FromUserName><MsgType>text</MsgType><Content>&x;</Content></xml>""";
        var encrypted = new WeComCipher(_options.EncodingAesKey, _options.CorpId).Encrypt(inner);

        var response = await PostSignedAsync(Envelope(encrypted), encrypted);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("XML", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_as_too_large()
    {
        var response = await PostAsync(Envelope(new string('A', (int)_options.MaxCallbackBytes)), Text);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private static string Envelope(string encrypted) =>
        $"<xml><ToUserName><![CDATA[{Text.ReceiveId}]]></ToUserName><Encrypt><![CDATA[{encrypted}]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>";

    private static StringContent Xml(string body) => new(body, Encoding.UTF8, "text/xml");

    private Task<HttpResponseMessage> PostAsync(string body, WeComVector signedAs) =>
        _client.PostAsync(Query(signedAs.MsgSignature, signedAs.Timestamp, signedAs.Nonce), Xml(body));

    private Task<HttpResponseMessage> PostSignedAsync(string body, string encrypted)
    {
        var timestamp = _clock.Now.ToUnixTimeSeconds().ToString();
        return _client.PostAsync(Query(WeComSignature.Compute(_options.Token, timestamp, "n1", encrypted), timestamp, "n1"), Xml(body));
    }
}

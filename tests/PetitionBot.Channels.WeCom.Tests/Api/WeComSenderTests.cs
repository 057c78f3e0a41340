using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PetitionBot.Channels.WeCom.Api;
using PetitionBot.Channels.WeCom.Sending;
using PetitionBot.Protocol.Schema;
using PetitionBot.Testing.Peers;

namespace PetitionBot.Channels.WeCom.Tests.Api;

/// <summary>The sender against the stand-in WeCom over real HTTP: tokens fetched, shared, refreshed; errcodes judged.</summary>
public sealed class WeComSenderTests : IAsyncLifetime
{
    private WeComServer _weCom = null!;
    private readonly IDistributedCache _cache = new MemoryDistributedCache(Microsoft.Extensions.Options.Options.Create(new MemoryDistributedCacheOptions()));
    private readonly CapturedLogs _logs = new();
    private readonly List<HttpClient> _clients = [];

    public async Task InitializeAsync() => _weCom = await WeComServer.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var client in _clients) client.Dispose();
        await _weCom.DisposeAsync();
    }

    private WeComOptions Options(string? secret = null) => new()
    {
        CorpId = WeComServer.CorpId, AgentId = WeComServer.AgentId, Secret = secret ?? WeComServer.Secret,
        Token = WeComServer.Token, EncodingAesKey = WeComServer.EncodingAesKey, ApiBaseUrl = _weCom.ApiBaseUrl,
    };

    /// <summary>One instance's sender; instances made with the same cache share the token as hosts share Redis.</summary>
    private WeComSender Sender(WeComOptions? options = null, IDistributedCache? cache = null)
    {
        options ??= Options();
        var http = new HttpClient();
        _clients.Add(http);
        var api = new WeComApi(http, options);
        var tokens = new WeComAccessTokens(api, new WeComTokenCache(cache ?? _cache, options, _logs.CreateLogger<WeComTokenCache>()), options,
            TimeProvider.System, _logs.CreateLogger<WeComAccessTokens>());
        return new WeComSender(api, tokens, options, _logs.CreateLogger<WeComSender>());
    }

    private static Activity Reply(string text) => new() { Type = ActivityTypes.Message, Text = text };

    [Fact]
    public async Task Messages_are_delivered_with_one_token_request_across_instances_sharing_the_cache()
    {
        var first = Sender();
        var second = Sender();

        Assert.Equal(SendStatus.Delivered, (await first.SendAsync("zhangsan", Reply("一"), default)).Status);
        Assert.Equal(SendStatus.Delivered, (await second.SendAsync("zhangsan", Reply("二"), default)).Status);
        Assert.Equal(SendStatus.Delivered, (await first.SendAsync("lisi", Reply("三"), default)).Status);

        Assert.Equal(1, _weCom.TokenRequests);
        Assert.Equal(["一", "二", "三"], _weCom.Sent.Select(WeComServer.Readable));
        Assert.Equal(["zhangsan", "zhangsan", "lisi"], _weCom.Sent.Select(m => (string?)m["touser"]));
    }

    [Fact]
    public async Task An_expired_token_is_refreshed_once_and_the_message_delivered()
    {
        var sender = Sender();
        await sender.SendAsync("zhangsan", Reply("之前"), default);
        _weCom.ExpireToken();

        var result = await sender.SendAsync("zhangsan", Reply("之后"), default);

        Assert.Equal(SendStatus.Delivered, result.Status);
        Assert.Equal(2, _weCom.TokenRequests);
        Assert.Equal(1, _weCom.RefusedForToken);
        Assert.Equal(["之前", "之后"], _weCom.Sent.Select(WeComServer.Readable));
    }

    [Fact]
    public async Task A_token_refused_again_after_the_refresh_is_tried_later_not_in_a_loop()
    {
        var sender = Sender();
        _weCom.FailNextSends(42001, 42001);

        var result = await sender.SendAsync("zhangsan", Reply("消息"), default);

        Assert.Equal(SendStatus.RetryLater, result.Status);
        Assert.Empty(_weCom.Sent);
    }

    [Theory]
    [InlineData(45009)]
    [InlineData(45033)]
    [InlineData(-1)]
    public async Task A_rate_limit_or_busy_WeCom_means_try_later(int errCode)
    {
        _weCom.FailNextSends(errCode);

        var result = await Sender().SendAsync("zhangsan", Reply("消息"), default);

        Assert.Equal(SendStatus.RetryLater, result.Status);
        Assert.Contains(errCode.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Reason);
    }

    [Theory]
    [InlineData(81013)] // every recipient invalid
    [InlineData(60011)] // no privilege for the member
    public async Task Another_error_is_a_refusal(int errCode)
    {
        _weCom.FailNextSends(errCode);

        Assert.Equal(SendStatus.Refused, (await Sender().SendAsync("zhangsan", Reply("消息"), default)).Status);
    }

    [Fact]
    public async Task A_wrong_secret_is_tried_later_and_logged_without_the_secret()
    {
        var result = await Sender(Options(secret: "wrong-secret-value")).SendAsync("zhangsan", Reply("消息"), default);

        Assert.Equal(SendStatus.RetryLater, result.Status);
        Assert.Contains(_logs.Lines, l => l.Contains("40001", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Lines, l => l.Contains("wrong-secret-value", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Neither_the_secret_nor_the_token_is_ever_logged()
    {
        var sender = Sender();
        await sender.SendAsync("zhangsan", Reply("一"), default);
        _weCom.ExpireToken();
        await sender.SendAsync("zhangsan", Reply("二"), default);
        var token = await new WeComAccessTokens(new WeComApi(new HttpClient(), Options()),
            new WeComTokenCache(_cache, Options(), NullLogger<WeComTokenCache>.Instance), Options(), TimeProvider.System,
            NullLogger<WeComAccessTokens>.Instance).GetAsync(default);

        Assert.NotEmpty(_logs.Lines);
        Assert.DoesNotContain(_logs.Lines, l => l.Contains(WeComServer.Secret, StringComparison.Ordinal) || l.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task While_the_shared_cache_is_down_an_instance_keeps_using_the_token_it_fetched()
    {
        var sender = Sender(cache: new UnreachableCache());

        for (var i = 0; i < 3; i++)
            Assert.Equal(SendStatus.Delivered, (await sender.SendAsync("zhangsan", Reply($"消息{i}"), default)).Status);

        Assert.Equal(1, _weCom.TokenRequests);
        Assert.Contains(_logs.Lines, l => l.Contains("could not be read", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unreachable_WeCom_means_try_later()
    {
        var options = Options();
        options.ApiBaseUrl = "http://127.0.0.1:9";

        Assert.Equal(SendStatus.RetryLater, (await Sender(options).SendAsync("zhangsan", Reply("消息"), default)).Status);
    }

    /// <summary>A cache whose server is away, as RedisCache is while Redis is down.</summary>
    private sealed class UnreachableCache : IDistributedCache
    {
        private static Exception Down() => new IOException("cache server unreachable");
        public byte[]? Get(string key) => throw Down();
        public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => Task.FromException<byte[]?>(Down());
        public void Refresh(string key) => throw Down();
        public Task RefreshAsync(string key, CancellationToken token = default) => Task.FromException(Down());
        public void Remove(string key) => throw Down();
        public Task RemoveAsync(string key, CancellationToken token = default) => Task.FromException(Down());
        public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => throw Down();
        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) => Task.FromException(Down());
    }
}

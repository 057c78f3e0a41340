using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PetitionBot.Conversation.State;

namespace PetitionBot.Conversation.Tests.State;

/// <summary>What every <see cref="IStateStorage"/> must do; one subclass per implementation.</summary>
public abstract class StateStorageContractTests : IAsyncLifetime
{
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(60));
    private readonly List<IStateStorage> _created = [];

    protected CancellationToken Ct => _timeout.Token;

    /// <summary>The sliding TTL used by the expiry test: short for real servers, any value for a fake clock.</summary>
    protected abstract TimeSpan ShortTtl { get; }

    protected abstract Task<IStateStorage> NewStorageAsync(TimeSpan? slidingTtl);

    protected abstract Task LetTimePassAsync(TimeSpan duration);

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var storage in _created)
        {
            if (storage is IAsyncDisposable disposable)
                await disposable.DisposeAsync();
        }
        _timeout.Dispose();
    }

    [Fact]
    public async Task Reading_a_missing_key_leaves_it_out_of_the_result()
    {
        var storage = await CreateAsync();

        var items = await storage.ReadAsync(["webchat/conversations/never-written"], Ct);

        Assert.Empty(items);
    }

    [Fact]
    public async Task A_written_document_reads_back_with_its_chinese_text_and_etag()
    {
        var storage = await CreateAsync();
        var json = Json("""{"姓名":"张三","诉求":"反映小区噪音扰民，请求依法处理。","附件":["照片1.jpg"],"次数":2}""");

        var etag = await storage.WriteAsync("webchat/conversations/c1", StateWrite.Always(json), Ct);
        var item = await storage.ReadAsync("webchat/conversations/c1", Ct);

        Assert.NotNull(item);
        Assert.Equal(etag, item.ETag);
        Assert.Equal(json, item.Json.ToArray());
        Assert.Equal("反映小区噪音扰民，请求依法处理。", item.ToJsonNode()!["诉求"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_write_gives_a_new_etag()
    {
        var storage = await CreateAsync();

        var etags = new List<string>();
        for (var i = 0; i < 5; i++)
            etags.Add(await storage.WriteAsync("k", StateWrite.Always(Json($$"""{"v":{{i}}}""")), Ct));

        Assert.Equal(5, etags.Distinct().Count());
        Assert.All(etags, e => Assert.False(string.IsNullOrEmpty(e)));
        Assert.Equal(etags[^1], (await storage.ReadAsync("k", Ct))!.ETag);
    }

    [Fact]
    public async Task A_stale_etag_conflicts_names_the_key_and_changes_nothing()
    {
        var storage = await CreateAsync();
        var first = await storage.WriteAsync("webchat/conversations/c2", StateWrite.Always(Json("""{"v":1}""")), Ct);
        var second = await storage.WriteAsync("webchat/conversations/c2", new StateWrite(Json("""{"v":2}"""), first), Ct);

        var conflict = await Assert.ThrowsAsync<StorageConflictException>(
            () => storage.WriteAsync("webchat/conversations/c2", new StateWrite(Json("""{"v":3}"""), first), Ct));

        Assert.Equal("webchat/conversations/c2", conflict.Key);
        Assert.Contains("webchat/conversations/c2", conflict.Message);
        var item = await storage.ReadAsync("webchat/conversations/c2", Ct);
        Assert.Equal(second, item!.ETag);
        Assert.Equal("""{"v":2}""", Text(item));
    }

    [Fact]
    public async Task An_etag_on_a_missing_key_conflicts()
    {
        var storage = await CreateAsync();

        await Assert.ThrowsAsync<StorageConflictException>(
            () => storage.WriteAsync("gone", StateWrite.IfMatch(Json("{}"), "some-old-etag"), Ct));

        Assert.Null(await storage.ReadAsync("gone", Ct));
    }

    [Fact]
    public async Task If_absent_creates_once_and_then_conflicts()
    {
        var storage = await CreateAsync();

        await storage.WriteAsync("new", StateWrite.IfAbsent(Json("""{"by":"first"}""")), Ct);
        await Assert.ThrowsAsync<StorageConflictException>(
            () => storage.WriteAsync("new", StateWrite.IfAbsent(Json("""{"by":"second"}""")), Ct));

        Assert.Equal("""{"by":"first"}""", Text((await storage.ReadAsync("new", Ct))!));
    }

    [Theory]
    [InlineData("*")]
    [InlineData(null)]
    public async Task Star_or_no_etag_overwrites_whatever_is_stored(string? etag)
    {
        var storage = await CreateAsync();
        await storage.WriteAsync("k", StateWrite.Always(Json("""{"v":1}""")), Ct);
        await storage.WriteAsync("k", StateWrite.Always(Json("""{"v":2}""")), Ct);

        var written = await storage.WriteAsync("k", new StateWrite(Json("""{"v":3}"""), etag), Ct);

        var item = await storage.ReadAsync("k", Ct);
        Assert.Equal(written, item!.ETag);
        Assert.Equal("""{"v":3}""", Text(item));
    }

    [Fact]
    public async Task An_empty_etag_is_rejected_and_nothing_is_written()
    {
        var storage = await CreateAsync();

        await Assert.ThrowsAsync<ArgumentException>(
            () => storage.WriteAsync("k", new StateWrite(Json("""{"v":1}"""), ""), Ct));

        Assert.Null(await storage.ReadAsync("k", Ct));
    }

    [Fact]
    public async Task Delete_removes_the_key_and_deleting_a_missing_key_is_fine()
    {
        var storage = await CreateAsync();
        await storage.WriteAsync("a", StateWrite.Always(Json("1")), Ct);
        await storage.WriteAsync("b", StateWrite.Always(Json("2")), Ct);

        await storage.DeleteAsync(["a", "never-there"], Ct);

        var items = await storage.ReadAsync(["a", "b"], Ct);
        Assert.Equal(["b"], items.Keys);
    }

    [Fact]
    public async Task Crazy_keys_are_kept_apart_and_round_trip()
    {
        var storage = await CreateAsync();
        string[] keys =
        [
            "!@#$%^&*()~/\\><,.?';\"`~",
            "msteams/conversations/19:abc@thread.tacv2;messageid=1",
            "webchat/conversations/会话 一/users/张三",
            "emoji/🙂/key",
            " ",
            "line\nbreak\ttab",
            "petitionbot:looks-like-a-prefix",
            "*",
            "{\"json\":\"key\"}",
            new string('长', 2000),
        ];
        var changes = keys.Select((key, i) => (key, i))
            .ToDictionary(p => p.key, p => StateWrite.Always(Json(JsonSerializer.Serialize(new { key = p.key, i = p.i }))));

        await storage.WriteAsync(changes, Ct);
        var items = await storage.ReadAsync(keys, Ct);

        Assert.Equal(keys.Length, items.Count);
        foreach (var key in keys)
            Assert.Equal(key, items[key].ToJsonNode()!["key"]!.GetValue<string>());
        await storage.DeleteAsync(keys, Ct);
        Assert.Empty(await storage.ReadAsync(keys, Ct));
    }

    [Fact]
    public async Task A_batch_read_returns_exactly_the_existing_keys()
    {
        var storage = await CreateAsync();
        var etags = await storage.WriteAsync(new Dictionary<string, StateWrite>
        {
            ["one"] = StateWrite.Always(Json("""{"n":1}""")),
            ["two"] = StateWrite.Always(Json("""{"n":2}""")),
            ["three"] = StateWrite.Always(Json("""{"n":3}""")),
        }, Ct);

        var items = await storage.ReadAsync(["zero", "one", "two", "three", "four"], Ct);

        Assert.Equal(["one", "three", "two"], items.Keys.Order());
        Assert.Equal(etags["two"], items["two"].ETag);
        Assert.Equal(3, items["three"].ToJsonNode()!["n"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_batch_with_one_stale_etag_writes_the_rest_and_names_the_conflict()
    {
        var storage = await CreateAsync();
        var old = await storage.WriteAsync("stale", StateWrite.Always(Json("""{"v":1}""")), Ct);
        await storage.WriteAsync("stale", StateWrite.Always(Json("""{"v":2}""")), Ct);

        var conflict = await Assert.ThrowsAsync<StorageConflictException>(() => storage.WriteAsync(new Dictionary<string, StateWrite>
        {
            ["fresh"] = StateWrite.IfAbsent(Json("""{"v":1}""")),
            ["stale"] = StateWrite.IfMatch(Json("""{"v":3}"""), old),
        }, Ct));

        Assert.Equal(["stale"], conflict.Keys);
        var items = await storage.ReadAsync(["fresh", "stale"], Ct);
        Assert.Equal("""{"v":1}""", Text(items["fresh"]));
        Assert.Equal("""{"v":2}""", Text(items["stale"]));
    }

    [Fact]
    public async Task The_stored_document_is_a_copy_of_the_callers_buffer()
    {
        var storage = await CreateAsync();
        var buffer = Json("""{"v":"原文"}""");

        await storage.WriteAsync("k", StateWrite.Always(buffer), Ct);
        Array.Clear(buffer);

        Assert.Equal("""{"v":"原文"}""", Text((await storage.ReadAsync("k", Ct))!));
    }

    [Fact]
    public async Task Items_expire_after_the_sliding_ttl_unless_read_or_written()
    {
        var ttl = ShortTtl;
        var storage = await CreateAsync(ttl);
        var etags = await storage.WriteAsync(new Dictionary<string, StateWrite>
        {
            ["kept"] = StateWrite.Always(Json("""{"v":"kept"}""")),
            ["idle"] = StateWrite.Always(Json("""{"v":"idle"}""")),
        }, Ct);

        // Waits only ever run long, so the "still there" checks get the wide margins.
        await LetTimePassAsync(ttl * 0.4);
        Assert.NotNull(await storage.ReadAsync("kept", Ct)); // the read restarts its clock
        await LetTimePassAsync(ttl * 0.7);
        var middle = await storage.ReadAsync(["kept", "idle"], Ct);
        await LetTimePassAsync(ttl * 1.2);
        var end = await storage.ReadAsync(["kept", "idle"], Ct);

        Assert.Equal(["kept"], middle.Keys);
        Assert.Empty(end);
        // An expired item is gone for writes too: its old ETag conflicts, and it can be created afresh.
        await Assert.ThrowsAsync<StorageConflictException>(
            () => storage.WriteAsync("kept", StateWrite.IfMatch(Json("{}"), etags["kept"]), Ct));
        await storage.WriteAsync("kept", StateWrite.IfAbsent(Json("""{"v":"again"}""")), Ct);
    }

    [Fact]
    public async Task A_hundred_concurrent_compare_and_set_increments_lose_nothing()
    {
        var storage = await CreateAsync();
        const string key = "webchat/conversations/busy";
        const int writers = 100;
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var conflicts = 0;

        var loops = Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            await go.Task;
            while (true)
            {
                var read = await storage.ReadAsync(key, Ct);
                var count = read?.Deserialize<Counter>()!.Count ?? 0;
                await Task.Yield(); // the turn's work, during which others may write
                try
                {
                    await storage.WriteAsync(key, StateWrite.Serialize(new Counter(count + 1), read), Ct);
                    return;
                }
                catch (StorageConflictException)
                {
                    Interlocked.Increment(ref conflicts);
                }
            }
        }, Ct)).ToArray();
        go.SetResult();
        await Task.WhenAll(loops);

        var final = await storage.ReadAsync(key, Ct);
        Assert.Equal(writers, final!.Deserialize<Counter>()!.Count);
    }

    protected async Task<IStateStorage> CreateAsync(TimeSpan? slidingTtl = null)
    {
        var storage = await NewStorageAsync(slidingTtl);
        _created.Add(storage);
        return storage;
    }

    protected static byte[] Json(string json) => Encoding.UTF8.GetBytes(json);

    protected static string Text(StateItem item) => Encoding.UTF8.GetString(item.Json.Span);

    private sealed record Counter(int Count);
}

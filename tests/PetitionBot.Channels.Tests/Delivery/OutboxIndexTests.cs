using PetitionBot.Conversation.State.Memory;
using PetitionBot.Channels.Delivery;

namespace PetitionBot.Channels.Tests.Delivery;

/// <summary>The index that lets any instance find outboxes: listed before a turn, unlisted only long after.</summary>
public sealed class OutboxIndexTests
{
    private readonly SteppedClock _clock = new(DateTimeOffset.Parse("2026-03-18T02:00:00Z"));
    private readonly MemoryStorage _storage = new();
    private readonly OutboxIndex _index;

    public OutboxIndexTests() => _index = new OutboxIndex(_storage, _clock);

    [Fact]
    public async Task Listed_conversations_are_found_across_shards()
    {
        var keys = Enumerable.Range(0, 40).Select(i => $"msteams/conversations/c{i}").ToArray();
        foreach (var key in keys)
            await _index.ListAsync(key, CancellationToken.None);

        Assert.Equal(keys.Order(), (await _index.ListedAsync(CancellationToken.None)).Order());
    }

    [Fact]
    public async Task A_fresh_listing_survives_an_empty_outbox_and_an_old_one_does_not()
    {
        await _index.ListAsync("test/conversations/a", CancellationToken.None);

        _clock.Advance(TimeSpan.FromMinutes(2));
        await _index.UnlistIfIdleAsync("test/conversations/a", CancellationToken.None);
        Assert.Contains("test/conversations/a", await _index.ListedAsync(CancellationToken.None));

        _clock.Advance(TimeSpan.FromMinutes(9));
        await _index.UnlistIfIdleAsync("test/conversations/a", CancellationToken.None);
        Assert.Empty(await _index.ListedAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_turn_on_an_ageing_listing_renews_it()
    {
        await _index.ListAsync("test/conversations/b", CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(6));
        await _index.ListAsync("test/conversations/b", CancellationToken.None);

        _clock.Advance(TimeSpan.FromMinutes(6));
        await _index.UnlistIfIdleAsync("test/conversations/b", CancellationToken.None);

        Assert.Contains("test/conversations/b", await _index.ListedAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_turn_on_a_fresh_listing_writes_nothing()
    {
        await _index.ListAsync("test/conversations/c", CancellationToken.None);
        var before = await ShardETagsAsync();

        _clock.Advance(TimeSpan.FromMinutes(1));
        await _index.ListAsync("test/conversations/c", CancellationToken.None);

        Assert.Equal(before, await ShardETagsAsync());
    }

    private async Task<string[]> ShardETagsAsync()
    {
        var items = await _storage.ReadAsync([.. Enumerable.Range(0, 16).Select(i => $"petitionbot/outbox-index/{i}")], CancellationToken.None);
        return [.. items.OrderBy(i => i.Key).Select(i => i.Value.ETag)];
    }
}

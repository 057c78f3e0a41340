using System.Text;
using PetitionBot.Conversation.State;
using PetitionBot.Conversation.State.Memory;

namespace PetitionBot.Conversation.Tests.State.Memory;

public class MemoryStorageTests : StateStorageContractTests
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8)));

    protected override TimeSpan ShortTtl => TimeSpan.FromMinutes(30);

    protected override Task<IStateStorage> NewStorageAsync(TimeSpan? slidingTtl) =>
        Task.FromResult<IStateStorage>(new MemoryStorage(new MemoryStorageOptions { SlidingTtl = slidingTtl }, _clock));

    protected override Task LetTimePassAsync(TimeSpan duration)
    {
        _clock.Advance(duration);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Idle_conversations_are_swept_out_of_memory_by_later_writes()
    {
        var ttl = TimeSpan.FromMinutes(30);
        var storage = new MemoryStorage(new MemoryStorageOptions { SlidingTtl = ttl }, _clock);
        var changes = Enumerable.Range(0, 10_000).ToDictionary(
            i => $"webchat/conversations/{i}", _ => StateWrite.Always(Encoding.UTF8.GetBytes("{}")));
        await storage.WriteAsync(changes, Ct);
        Assert.Equal(10_000, storage.Count);

        _clock.Advance(ttl * 2);
        await storage.WriteAsync("webchat/conversations/new", StateWrite.Always(Encoding.UTF8.GetBytes("{}")), Ct);

        Assert.Equal(1, storage.Count);
    }

    [Fact]
    public async Task Without_a_ttl_items_live_until_deleted()
    {
        var storage = new MemoryStorage(timeProvider: _clock);
        await storage.WriteAsync("k", StateWrite.Always(Encoding.UTF8.GetBytes("{}")), Ct);

        _clock.Advance(TimeSpan.FromDays(3650));

        Assert.NotNull(await storage.ReadAsync("k", Ct));
    }

    [Fact]
    public void A_ttl_that_is_not_positive_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            () => new MemoryStorage(new MemoryStorageOptions { SlidingTtl = TimeSpan.Zero }));
    }
}

using Microsoft.Extensions.Logging.Abstractions;
using PetitionBot.Conversation.State;
using PetitionBot.Conversation.State.Memory;
using PetitionBot.Conversation.State.Redis;
using PetitionBot.Conversation.Turns;
using PetitionBot.Testing.Servers;

namespace PetitionBot.Conversation.Tests.Turns;

/// <summary>The turn pipeline's promises, run against each storage.</summary>
public abstract class TurnPipelineTests
{
    protected abstract Task<IStateStorage> CreateStorageAsync();

    private static TurnPipeline Pipeline(IStateStorage storage, IBot bot) =>
        new(storage, bot, TimeProvider.System, NullLogger<TurnPipeline>.Instance, maxAttempts: 200);

    [Fact]
    public async Task Concurrent_messages_from_two_instances_apply_every_increment()
    {
        var storage = await CreateStorageAsync();
        var bot = new CounterBot();
        // Two pipelines share one storage like two bot instances behind a load balancer: only compare-and-set keeps them honest.
        var instances = new[] { Pipeline(storage, bot), Pipeline(storage, bot) };
        var conversation = $"counter-{Guid.NewGuid():N}";
        const int messages = 60;

        var results = await Task.WhenAll(Enumerable.Range(0, messages).Select(i =>
            Task.Run(() => instances[i % 2].ProcessAsync(TurnActivities.Message(conversation, $"m{i}"), CancellationToken.None))));

        var final = await Pipeline(storage, bot).ProcessAsync(TurnActivities.Message(conversation, "final"), CancellationToken.None);
        Assert.Equal($"计数：{messages + 1}", final.Replies.Single().Text);
        // Each committed turn's reply shows a distinct counter value: no two runs committed on the same state.
        var committed = results.Select(r => r.Replies.Single().Text).ToHashSet();
        Assert.Equal(messages, committed.Count);
        Assert.True(bot.Runs >= messages + 1);
    }

    [Fact]
    public async Task A_redelivered_activity_is_acknowledged_and_not_run_again()
    {
        var storage = await CreateStorageAsync();
        var bot = new CounterBot();
        var pipeline = Pipeline(storage, bot);
        var conversation = $"redelivery-{Guid.NewGuid():N}";

        var first = await pipeline.ProcessAsync(TurnActivities.Message(conversation, "same-id"), CancellationToken.None);
        var again = await pipeline.ProcessAsync(TurnActivities.Message(conversation, "same-id"), CancellationToken.None);
        var next = await pipeline.ProcessAsync(TurnActivities.Message(conversation, "other-id"), CancellationToken.None);

        Assert.Equal("计数：1", first.Replies.Single().Text);
        Assert.True(again.IsDuplicate);
        Assert.Empty(again.Replies);
        Assert.Equal("计数：2", next.Replies.Single().Text);
    }

    [Fact]
    public async Task Only_the_winning_run_replies_are_returned()
    {
        var storage = await CreateStorageAsync();
        var bot = new CounterBot();
        var a = Pipeline(storage, bot);
        var b = Pipeline(storage, bot);
        var conversation = $"winner-{Guid.NewGuid():N}";

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Task.Run(() => (i % 2 == 0 ? a : b).ProcessAsync(TurnActivities.Message(conversation, $"w{i}"), CancellationToken.None))));

        Assert.All(results, r => Assert.Single(r.Replies));
        var values = results.Select(r => int.Parse(r.Replies[0].Text!.Split('：')[1])).Order().ToArray();
        Assert.Equal(Enumerable.Range(1, 20), values);
    }
}

public sealed class MemoryTurnPipelineTests : TurnPipelineTests
{
    protected override Task<IStateStorage> CreateStorageAsync() => Task.FromResult<IStateStorage>(new MemoryStorage());
}

public sealed class RedisTurnPipelineTests(RedisServerFixture redis) : TurnPipelineTests, IClassFixture<RedisServerFixture>, IAsyncDisposable
{
    private readonly SharedRedis _connection = new(new SharedRedisOptions { Configuration = redis.Server.ConnectionString, KeyPrefix = $"t{Guid.NewGuid():N}:" });

    protected override Task<IStateStorage> CreateStorageAsync() => Task.FromResult<IStateStorage>(new RedisStorage(_connection));

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}

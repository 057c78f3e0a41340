using Microsoft.Extensions.Logging.Abstractions;
using PetitionBot.Conversation.State;
using PetitionBot.Conversation.State.Memory;
using PetitionBot.Conversation.Tests.State;
using PetitionBot.Conversation.Turns;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Conversation.Tests.Turns;

/// <summary>Where a turn's replies go: kept for a re-delivered expectReplies activity, or saved in the outbox with the turn.</summary>
public sealed class TurnPipelineReplyTests
{
    private readonly MemoryStorage _storage = new();
    private readonly ManualTimeProvider _clock = new(DateTimeOffset.Parse("2026-03-18T02:00:00Z"));
    private readonly CounterBot _bot = new();
    private readonly string _conversation = $"replies-{Guid.NewGuid():N}";

    private TurnPipeline Pipeline(TimeSpan? replayFor = null, int replayCount = 8) =>
        new(_storage, _bot, _clock, NullLogger<TurnPipeline>.Instance, new TurnPipelineOptions
        {
            ReplayRepliesFor = replayFor ?? TimeSpan.FromMinutes(10),
            ReplayRepliesCount = replayCount,
            OutboxClaimFor = TimeSpan.FromMinutes(3),
        });

    private Activity ExpectingReplies(string id)
    {
        var activity = TurnActivities.Message(_conversation, id);
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        return activity;
    }

    private async Task<ConversationData> StoredAsync()
    {
        var item = await _storage.ReadAsync(StateKeys.Conversation(TurnActivities.Message(_conversation, "x")), CancellationToken.None);
        return item!.Deserialize<ConversationData>(ProtocolJson.Options)!;
    }

    [Fact]
    public async Task An_expect_replies_activity_sent_again_gets_the_replies_of_its_first_run()
    {
        var pipeline = Pipeline();

        var first = await pipeline.ProcessAsync(ExpectingReplies("a1"), CancellationToken.None);
        var again = await pipeline.ProcessAsync(ExpectingReplies("a1"), CancellationToken.None);

        Assert.True(again.IsDuplicate);
        Assert.Equal("计数：1", Assert.Single(first.Replies).Text);
        Assert.Equal("计数：1", Assert.Single(again.Replies).Text);
        Assert.Equal(1, _bot.Runs);
    }

    [Fact]
    public async Task Replies_are_replayed_only_for_the_configured_while()
    {
        var pipeline = Pipeline(replayFor: TimeSpan.FromMinutes(10));
        await pipeline.ProcessAsync(ExpectingReplies("a1"), CancellationToken.None);

        _clock.Advance(TimeSpan.FromMinutes(11));
        var late = await pipeline.ProcessAsync(ExpectingReplies("a1"), CancellationToken.None);

        Assert.True(late.IsDuplicate);
        Assert.Empty(late.Replies);
        Assert.Equal(1, _bot.Runs);
    }

    [Fact]
    public async Task Only_the_configured_number_of_activities_keep_their_replies()
    {
        var pipeline = Pipeline(replayCount: 2);
        foreach (var id in new[] { "a1", "a2", "a3" })
            await pipeline.ProcessAsync(ExpectingReplies(id), CancellationToken.None);

        Assert.Empty((await pipeline.ProcessAsync(ExpectingReplies("a1"), CancellationToken.None)).Replies);
        Assert.Equal("计数：3", Assert.Single((await pipeline.ProcessAsync(ExpectingReplies("a3"), CancellationToken.None)).Replies).Text);
        Assert.Equal(["a2", "a3"], (await StoredAsync()).RecentReplies.Select(r => r.ActivityId));
    }

    [Fact]
    public async Task Replies_of_normal_delivery_are_not_kept_for_replay()
    {
        var pipeline = Pipeline();
        await pipeline.ProcessAsync(TurnActivities.Message(_conversation, "n1"), CancellationToken.None);

        Assert.Empty((await StoredAsync()).RecentReplies);
    }

    [Fact]
    public async Task Outbox_replies_are_saved_in_the_same_write_as_the_turn_and_claimed_by_it()
    {
        var pipeline = Pipeline();

        var result = await pipeline.ProcessAsync(TurnActivities.Message(_conversation, "o1"), ReplyRoute.Outbox, CancellationToken.None);

        Assert.True(result.OutboxClaimed);
        var stored = await StoredAsync();
        Assert.Contains("o1", stored.ProcessedActivityIds);
        var pending = Assert.Single(stored.Outbox!.Replies);
        Assert.Equal("计数：1", pending.Activity.Text);
        Assert.Equal("o1", pending.Activity.ReplyToId);
        Assert.Equal(_clock.GetUtcNow(), pending.QueuedAt);
        Assert.Equal(_clock.GetUtcNow().AddMinutes(3), stored.Outbox.NextTryAt);
    }

    [Fact]
    public async Task A_turn_behind_a_claimed_outbox_queues_after_it_without_claiming()
    {
        var pipeline = Pipeline();
        await pipeline.ProcessAsync(TurnActivities.Message(_conversation, "o1"), ReplyRoute.Outbox, CancellationToken.None);

        _clock.Advance(TimeSpan.FromSeconds(1));
        var second = await pipeline.ProcessAsync(TurnActivities.Message(_conversation, "o2"), ReplyRoute.Outbox, CancellationToken.None);

        Assert.False(second.OutboxClaimed);
        Assert.Equal(["计数：1", "计数：2"], (await StoredAsync()).Outbox!.Replies.Select(r => r.Activity.Text));
    }

    [Fact]
    public async Task A_turn_takes_over_an_outbox_whose_claim_ran_out()
    {
        var pipeline = Pipeline();
        await pipeline.ProcessAsync(TurnActivities.Message(_conversation, "o1"), ReplyRoute.Outbox, CancellationToken.None);

        _clock.Advance(TimeSpan.FromMinutes(4));
        var second = await pipeline.ProcessAsync(TurnActivities.Message(_conversation, "o2"), ReplyRoute.Outbox, CancellationToken.None);

        Assert.True(second.OutboxClaimed);
        Assert.Equal(2, (await StoredAsync()).Outbox!.Replies.Count);
    }

    [Fact]
    public async Task Replies_returned_to_the_caller_leave_no_outbox()
    {
        var result = await Pipeline().ProcessAsync(TurnActivities.Message(_conversation, "c1"), CancellationToken.None);

        Assert.False(result.OutboxClaimed);
        Assert.Null((await StoredAsync()).Outbox);
    }

    [Fact]
    public async Task A_change_outside_a_turn_is_written_with_compare_and_set_and_keeps_the_turn_state()
    {
        var pipeline = Pipeline();
        var key = StateKeys.Conversation(TurnActivities.Message(_conversation, "x"));
        await pipeline.ProcessAsync(TurnActivities.Message(_conversation, "o1"), ReplyRoute.Outbox, CancellationToken.None);

        var removed = await pipeline.UpdateConversationAsync(key, data =>
        {
            var count = data.Outbox!.Replies.Count;
            data.Outbox = null;
            return count;
        }, CancellationToken.None);

        Assert.Equal(1, removed);
        var stored = await StoredAsync();
        Assert.Null(stored.Outbox);
        Assert.Equal(1, stored.Values["counter"]!.GetValue<int>());
    }
}

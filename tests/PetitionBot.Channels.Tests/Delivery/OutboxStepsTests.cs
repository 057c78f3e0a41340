using PetitionBot.Conversation.Turns;
using PetitionBot.Protocol.Schema;
using PetitionBot.Channels.Delivery;
using PetitionBot.Channels;

namespace PetitionBot.Channels.Tests.Delivery;

/// <summary>The outbox rules: one holder at a time, oldest first, back-off that doubles to a cap, too old given up.</summary>
public sealed class OutboxStepsTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-03-18T02:00:00Z");
    private readonly SteppedClock _clock = new(Start);
    private readonly OutboxSteps _steps;

    public OutboxStepsTests() => _steps = new OutboxSteps(new MessagesOptions
    {
        DeliveryRetryFirst = TimeSpan.FromSeconds(5),
        DeliveryRetryMax = TimeSpan.FromSeconds(30),
        DeliveryClaimFor = TimeSpan.FromMinutes(3),
        DeliveryGiveUpAfter = TimeSpan.FromHours(6),
    }, _clock);

    private static ConversationData WithOutbox(DateTimeOffset? nextTryAt, params (string Id, DateTimeOffset QueuedAt)[] replies) => new()
    {
        Outbox = new ConversationOutbox
        {
            NextTryAt = nextTryAt,
            Replies = [.. replies.Select(r => new PendingReply { Id = r.Id, QueuedAt = r.QueuedAt, Activity = new Activity { Type = ActivityTypes.Message, Text = r.Id } })],
        },
    };

    [Fact]
    public void An_outbox_another_instance_holds_is_left_alone()
    {
        var conversation = WithOutbox(Start.AddMinutes(1), ("a", Start));

        var step = _steps.TakeNext(conversation, holds: false);

        Assert.False(step.IsEmpty);
        Assert.Null(step.Reply);
        Assert.Equal(Start.AddMinutes(1), conversation.Outbox!.NextTryAt);
    }

    [Fact]
    public void A_free_outbox_is_claimed_and_its_oldest_reply_taken()
    {
        var conversation = WithOutbox(null, ("a", Start), ("b", Start));

        var step = _steps.TakeNext(conversation, holds: false);

        Assert.Equal("a", step.Reply!.Id);
        Assert.Equal(Start.AddMinutes(3), conversation.Outbox!.NextTryAt);
    }

    [Fact]
    public void Replies_older_than_the_give_up_age_are_dropped_and_the_rest_kept_in_order()
    {
        var conversation = WithOutbox(null, ("old", Start), ("new", Start.AddHours(5)), ("newer", Start.AddHours(5)));
        _clock.Advance(TimeSpan.FromHours(6.5));

        var step = _steps.TakeNext(conversation, holds: false);

        Assert.Equal(["old"], step.GivenUp.Select(r => r.Id));
        Assert.Equal("new", step.Reply!.Id);
        Assert.Equal(["new", "newer"], conversation.Outbox!.Replies.Select(r => r.Id));
    }

    [Fact]
    public void An_outbox_of_only_expired_replies_is_emptied()
    {
        var conversation = WithOutbox(null, ("old", Start));
        _clock.Advance(TimeSpan.FromHours(7));

        var step = _steps.TakeNext(conversation, holds: false);

        Assert.True(step.IsEmpty);
        Assert.Single(step.GivenUp);
        Assert.Null(conversation.Outbox);
    }

    [Fact]
    public void The_back_off_doubles_up_to_its_cap_and_frees_the_outbox_until_then()
    {
        var conversation = WithOutbox(Start.AddMinutes(3), ("a", Start));

        var waits = Enumerable.Range(0, 5).Select(_ => _steps.BackOff(conversation, "a")!.Value.TotalSeconds).ToArray();

        Assert.Equal([5, 10, 20, 30, 30], waits);
        Assert.Equal(Start.AddSeconds(30), conversation.Outbox!.NextTryAt);
        Assert.Null(_steps.TakeNext(conversation, holds: false).Reply);
        _clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal("a", _steps.TakeNext(conversation, holds: false).Reply!.Id);
    }

    [Fact]
    public void A_sent_reply_is_removed_the_failure_count_reset_and_the_last_one_empties_the_outbox()
    {
        var conversation = WithOutbox(Start.AddMinutes(3), ("a", Start), ("b", Start));
        _steps.BackOff(conversation, "a");

        Assert.True(_steps.Remove(conversation, "a"));
        Assert.Equal(0, conversation.Outbox!.FailedTries);
        Assert.Equal(["b"], conversation.Outbox.Replies.Select(r => r.Id));
        Assert.True(_steps.Remove(conversation, "b"));
        Assert.Null(conversation.Outbox);
    }

    [Fact]
    public void A_back_off_for_a_reply_no_longer_first_changes_nothing()
    {
        var conversation = WithOutbox(Start.AddMinutes(3), ("b", Start));

        Assert.Null(_steps.BackOff(conversation, "a"));
        Assert.Equal(0, conversation.Outbox!.FailedTries);
    }

    [Fact]
    public void A_released_outbox_is_free_for_anyone()
    {
        var conversation = WithOutbox(Start.AddMinutes(3), ("a", Start));

        _steps.Release(conversation);

        Assert.Equal("a", _steps.TakeNext(conversation, holds: false).Reply!.Id);
    }
}

using PetitionBot.Cases.Retention;

namespace PetitionBot.Cases.Tests.Retention;

public sealed class RetentionOptionsTests
{
    [Fact]
    public void The_defaults_are_accepted()
    {
        var options = new RetentionOptions().Validated();

        Assert.Equal(TimeSpan.FromDays(30), options.DeliveredReminders);
        Assert.True(options.FailedReminders > options.DeliveredReminders);
    }

    public static TheoryData<Action<RetentionOptions>> Unsafe => new()
    {
        // Shorter than two days would drop today's digest rows and transitions while they still stop repeats.
        o => o.DeliveredReminders = TimeSpan.FromHours(12),
        o => o.FailedReminders = TimeSpan.FromDays(1),
        o => o.Transitions = TimeSpan.Zero,
        o => o.CancelledSubscriptions = TimeSpan.FromDays(-1),
        o => o.ConversationState = TimeSpan.FromMinutes(5),
        o => o.BatchSize = 0,
        o => o.MaxBatchesPerRound = 0,
        o => o.PruneEvery = TimeSpan.FromSeconds(5),
    };

    [Theory]
    [MemberData(nameof(Unsafe))]
    public void A_setting_that_would_prune_what_is_in_use_or_never_progress_is_refused(Action<RetentionOptions> change)
    {
        var options = new RetentionOptions();
        change(options);

        Assert.Throws<InvalidOperationException>(() => options.Validated());
    }
}

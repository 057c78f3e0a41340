using PetitionBot.Channels.WebChat.SignIn;

namespace PetitionBot.Channels.Tests.WebChat.SignIn;

public sealed class PasswordCheckGateTests
{
    [Fact]
    public async Task Past_the_bound_a_check_gets_no_turn_until_one_is_given_back()
    {
        using var gate = new PasswordCheckGate(new SignInLimitOptions { MaxConcurrentHashes = 2, HashWait = TimeSpan.Zero });

        var first = await gate.EnterAsync(CancellationToken.None);
        var second = await gate.EnterAsync(CancellationToken.None);
        var third = await gate.EnterAsync(CancellationToken.None);
        first!.Dispose();
        first.Dispose();
        var fourth = await gate.EnterAsync(CancellationToken.None);
        var fifth = await gate.EnterAsync(CancellationToken.None);

        Assert.NotNull(second);
        Assert.Null(third);
        Assert.NotNull(fourth);
        Assert.Null(fifth);
    }

    [Fact]
    public void By_default_there_is_one_turn_per_processor_and_the_limits_are_five_and_twenty_in_fifteen_minutes()
    {
        var defaults = new SignInLimitOptions();

        Assert.Equal(Environment.ProcessorCount, defaults.ConcurrentHashes);
        Assert.Equal(new SignInLockRule(5, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(15), TimeSpan.FromHours(4)), defaults.AccountRule);
        Assert.Equal(20, defaults.AddressRule.MaxFailures);
    }
}

using System.Net;
using PetitionBot.EndToEnd.Tests.Hosting;
using PetitionBot.EndToEnd.Tests.Scheduling;
using PetitionBot.Testing.Servers;

namespace PetitionBot.EndToEnd.Tests.WebChat.SignIn;

/// <summary>Two instances behind one load balancer count failures together in Redis: spreading guesses does not help.</summary>
[LongRunning]
public sealed class SignInLimitScaleOutTests : IAsyncLifetime
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("petitionbot-signin-scale-").FullName;
    private RedisServer _redis = null!;
    private BotHostProcess _a = null!;
    private BotHostProcess _b = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        Dictionary<string, string> Settings(string name) => new()
        {
            ["Redis__Configuration"] = _redis.ConnectionString,
            ["Cases__Sqlite__Path"] = Path.Combine(_dataFolder, name + ".db"),
            ["WebChat__SignIn__MaxFailuresPerAccount"] = "3",
        };
        var a = BotHostProcess.StartAsync(Settings("a"));
        var b = BotHostProcess.StartAsync(Settings("b"));
        _a = await a;
        _b = await b;
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _redis.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }

    [Fact]
    public async Task Wrong_passwords_spread_over_two_instances_lock_the_account_on_both()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAttempts.SignInAsync(_a.Client, "officer-li", "wrong-1")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAttempts.SignInAsync(_b.Client, "officer-li", "wrong-2")).Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAttempts.SignInAsync(_a.Client, "officer-li", "wrong-3")).Status);

        var onB = await SignInAttempts.SignInAsync(_b.Client, "officer-li", "demo1234");
        var otherAccount = await SignInAttempts.SignInAsync(_b.Client, "supervisor-zhao", "demo1234");

        Assert.Equal(HttpStatusCode.TooManyRequests, onB.Status);
        Assert.Contains("再试", onB.Error);
        Assert.Equal(HttpStatusCode.OK, otherAccount.Status);
    }
}

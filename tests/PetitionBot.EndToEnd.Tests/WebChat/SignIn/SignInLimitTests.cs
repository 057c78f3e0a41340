using System.Net;

namespace PetitionBot.EndToEnd.Tests.WebChat.SignIn;

/// <summary>
/// Guessing passwords is limited per account and per client address: past the limit the sign-in answers 429 with
/// when to try again, does not even check the password, and one audit line says a lock started.
/// </summary>
public sealed class SignInLimitTests(SignInLimitHostFixture fixture) : IClassFixture<SignInLimitHostFixture>
{
    private HttpClient Client => fixture.Host.Client;

    /// <summary>Waits for the audit line of a lock that names <paramref name="subject"/>.</summary>
    private async Task AuditLineAsync(string subject)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!fixture.Host.Output.Split('\n').Any(l => l.Contains("Sign-in locked") && l.Contains(subject)))
        {
            Assert.True(DateTime.UtcNow < deadline, $"no audit line names {subject}:\n{fixture.Host.Output}");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task After_too_many_wrong_passwords_the_account_is_locked_and_even_the_right_password_gets_429()
    {
        var account = fixture.FreshAccount();
        for (var i = 1; i < SignInLimitHostFixture.MaxFailuresPerAccount; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAttempts.SignInAsync(Client, account, "wrong-" + i, "198.51.100.1")).Status);

        var locking = await SignInAttempts.SignInAsync(Client, account, "wrong-last", "198.51.100.1");
        var right = await SignInAttempts.SignInAsync(Client, account, SignInLimitHostFixture.Password, "198.51.100.1");
        var elsewhere = await SignInAttempts.SignInAsync(Client, account, SignInLimitHostFixture.Password, "198.51.100.2");

        Assert.Equal(HttpStatusCode.TooManyRequests, locking.Status);
        foreach (var answer in new[] { right, elsewhere })
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, answer.Status);
            Assert.DoesNotContain("token", answer.Body);
            Assert.Contains("分钟后再试", answer.Error);
            Assert.Contains("密码正确也无法登录", answer.Error);
            Assert.InRange(answer.RetryAfterSeconds ?? 0, 1, SignInLimitHostFixture.LockDuration.TotalSeconds);
        }
        await AuditLineAsync(account);
        Assert.DoesNotContain("wrong-last", fixture.Host.Output);
    }

    [Fact]
    public async Task A_typed_name_that_is_no_account_is_locked_the_same_way_and_never_logged()
    {
        const string typed = "冒名顶替者";
        for (var i = 1; i < SignInLimitHostFixture.MaxFailuresPerAccount; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAttempts.SignInAsync(Client, typed, "guess-" + i, "198.51.100.10")).Status);
        var locking = await SignInAttempts.SignInAsync(Client, typed, "guess-last", "198.51.100.11");

        Assert.Equal(HttpStatusCode.TooManyRequests, locking.Status);
        Assert.Contains("分钟后再试", locking.Error);
        await AuditLineAsync("unknown-account#");
        Assert.DoesNotContain(typed, fixture.Host.Output);
    }

    [Fact]
    public async Task Wrong_passwords_from_one_address_lock_that_address_for_every_account_and_no_other_address()
    {
        const string address = "203.0.113.7";
        for (var i = 1; i < SignInLimitHostFixture.MaxFailuresPerAddress; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAttempts.SignInAsync(Client, $"无此人{i}", "guess", address)).Status);
        var locking = await SignInAttempts.SignInAsync(Client, "无此人-最后", "guess", address);

        var account = fixture.FreshAccount();
        var fromThere = await SignInAttempts.SignInAsync(Client, account, SignInLimitHostFixture.Password, address);
        var fromElsewhere = await SignInAttempts.SignInAsync(Client, account, SignInLimitHostFixture.Password, "203.0.113.8");

        Assert.Equal(HttpStatusCode.TooManyRequests, locking.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, fromThere.Status);
        Assert.Contains("分钟后再试", fromThere.Error);
        Assert.Equal(HttpStatusCode.OK, fromElsewhere.Status);
        // The log keeps the network, not the address (personal data).
        await AuditLineAsync("203.0.113.*");
        Assert.DoesNotContain(address, fixture.Host.Output);
    }

    [Fact]
    public async Task A_right_password_clears_the_account_count()
    {
        var account = fixture.FreshAccount();
        for (var round = 0; round < 2; round++)
        {
            for (var i = 1; i < SignInLimitHostFixture.MaxFailuresPerAccount; i++)
                Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAttempts.SignInAsync(Client, account, "typo", $"198.51.100.{20 + round}")).Status);
            Assert.Equal(HttpStatusCode.OK, (await SignInAttempts.SignInAsync(Client, account, SignInLimitHostFixture.Password, $"198.51.100.{20 + round}")).Status);
        }
    }

    [Fact]
    public async Task Sign_ins_past_the_hashing_bound_get_503_instead_of_queueing_for_the_processor()
    {
        var attempts = Enumerable.Range(1, 6).Select(i => SignInAttempts.SignInAsync(Client, $"并发{i}", "guess", $"192.0.2.{i}"));

        var answers = await Task.WhenAll(attempts);

        Assert.Contains(answers, a => a.Status == HttpStatusCode.Unauthorized);
        Assert.Contains(answers, a => a.Status == HttpStatusCode.ServiceUnavailable);
        var refused = answers.First(a => a.Status == HttpStatusCode.ServiceUnavailable);
        Assert.Contains("稍后再试", refused.Error);
        Assert.NotNull(refused.RetryAfterSeconds);
        Assert.All(answers, a => Assert.Contains(a.Status, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.ServiceUnavailable }));
    }
}

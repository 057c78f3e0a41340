using PetitionBot.Chat.Users;

namespace PetitionBot.Chat.Tests.Users;

public sealed class PasswordHasherTests
{
    [Fact]
    public void A_hash_verifies_its_password_only_and_is_salted()
    {
        var first = PasswordHasher.Hash("信访-2026");
        var second = PasswordHasher.Hash("信访-2026");

        Assert.True(PasswordHasher.Verify("信访-2026", first));
        Assert.False(PasswordHasher.Verify("信访-2027", first));
        Assert.NotEqual(first, second);
        Assert.DoesNotContain("信访-2026", first);
        Assert.StartsWith("pbkdf2-sha512$", first);
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain-text-password")]
    [InlineData("pbkdf2-sha512$1$AAAA$AAAA")]
    [InlineData("pbkdf2-sha512$210000$not base64$AAAA")]
    public void A_malformed_or_weak_hash_never_verifies(string encoded)
    {
        Assert.False(PasswordHasher.Verify("plain-text-password", encoded));
    }

    [Fact]
    public void The_command_prints_a_hash_that_verifies()
    {
        using var output = new StringWriter();

        var ran = PasswordHashCommand.TryRun(["hash-password", "demo-2026"], TextReader.Null, output);

        Assert.True(ran);
        Assert.True(PasswordHasher.Verify("demo-2026", output.ToString().Trim()));
        Assert.False(PasswordHashCommand.TryRun(["--urls", "http://x"], TextReader.Null, output));
    }
}

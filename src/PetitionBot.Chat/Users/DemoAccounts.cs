namespace PetitionBot.Chat.Users;

/// <summary>
/// The embedded demo's sign-ins as the page offers them: empty unless the demo users were loaded (no configured
/// users, embedded store, demo data on), so a real deployment never lists anyone.
/// </summary>
public sealed class DemoAccounts(IReadOnlyList<DemoAccount> accounts, string? password)
{
    public static DemoAccounts None { get; } = new([], null);

    public IReadOnlyList<DemoAccount> Accounts { get; } = accounts;

    /// <summary>The demo's shared password (public, in the README); null outside the demo.</summary>
    public string? Password { get; } = password;
}

/// <summary>One demo sign-in: the account id to type, and who it is (role in Chinese).</summary>
public sealed record DemoAccount(string Id, string Name, string Role, string Unit);

namespace PetitionBot.Chat.Users;

/// <summary>The configured chat users: found by id for what they may do, by id or display name for signing in.</summary>
public sealed class UserDirectory(UserOptions options)
{
    // Verifying against this keeps an unknown name as slow as a wrong password.
    private static readonly string DummyHash = PasswordHasher.Hash("not-a-user-password");

    /// <summary>The user a channel-given id names. Never by display name: an unverified caller could send
    /// "from.id": "李明" and be taken for him.</summary>
    public ChatUser? Find(string id)
    {
        var key = (id ?? "").Trim();
        return key.Length == 0 ? null : options.Users.FirstOrDefault(u => string.Equals(u.Id, key, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The user typed on the sign-in page, by account id or display name (the password still decides).</summary>
    public ChatUser? FindForSignIn(string idOrName)
    {
        var key = (idOrName ?? "").Trim();
        if (key.Length == 0)
            return null;
        return options.Users.FirstOrDefault(u => string.Equals(u.Id, key, StringComparison.OrdinalIgnoreCase))
            ?? options.Users.FirstOrDefault(u => string.Equals(u.Name, key, StringComparison.Ordinal));
    }

    /// <summary><paramref name="user"/> (as <see cref="FindForSignIn"/> found it) when the password matches; null otherwise, same work either way.</summary>
    public static ChatUser? Verify(ChatUser? user, string password)
    {
        var hash = user is { PasswordHash.Length: > 0 } ? user.PasswordHash : DummyHash;
        var matches = PasswordHasher.Verify(password ?? "", hash);
        return matches && user is { PasswordHash.Length: > 0 } ? user : null;
    }
}

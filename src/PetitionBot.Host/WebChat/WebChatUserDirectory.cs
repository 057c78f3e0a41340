namespace PetitionBot.Host.WebChat;

/// <summary>The configured chat users, looked up by id or by display name.</summary>
public sealed class WebChatUserDirectory(WebChatOptions options)
{
    // Verifying against this keeps an unknown name as slow as a wrong password.
    private static readonly string DummyHash = PasswordHasher.Hash("not-a-user-password");

    public WebChatUser? Find(string idOrName)
    {
        var key = (idOrName ?? "").Trim();
        if (key.Length == 0)
            return null;
        return options.Users.FirstOrDefault(u => string.Equals(u.Id, key, StringComparison.OrdinalIgnoreCase))
            ?? options.Users.FirstOrDefault(u => string.Equals(u.Name, key, StringComparison.Ordinal));
    }

    /// <summary>The user when the password matches their hash; null otherwise (same work either way).</summary>
    public WebChatUser? SignIn(string idOrName, string password)
    {
        var user = Find(idOrName);
        var hash = user is { PasswordHash.Length: > 0 } ? user.PasswordHash : DummyHash;
        var matches = PasswordHasher.Verify(password ?? "", hash);
        return matches && user is { PasswordHash.Length: > 0 } ? user : null;
    }
}

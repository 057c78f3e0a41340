namespace PetitionBot.Host.Admin;

/// <summary>Section <c>Admin</c>: the operators' endpoints, off until a key is configured.</summary>
public sealed class AdminOptions
{
    /// <summary>Shortest key accepted: a guessable key would open the send log to anyone who can reach the host.</summary>
    public const int MinimumKeyLength = 16;

    /// <summary>The bearer key the operators' endpoints require; empty: they answer 404.</summary>
    public string? ApiKey { get; set; }

    public bool Enabled => !string.IsNullOrEmpty(ApiKey);

    public static AdminOptions From(IConfiguration configuration) => configuration.GetSection("Admin").Get<AdminOptions>() ?? new AdminOptions();

    public IEnumerable<string> Problems()
    {
        if (Enabled && ApiKey!.Length < MinimumKeyLength)
            yield return $"Admin:ApiKey must be at least {MinimumKeyLength} characters (or empty to turn the admin endpoints off).";
    }
}

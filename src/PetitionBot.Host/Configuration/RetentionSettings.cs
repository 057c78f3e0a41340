using PetitionBot.Cases.Retention;

namespace PetitionBot.Host.Configuration;

/// <summary>Section <c>Retention</c>, read and checked once; the reminder scheduler prunes by it, state storage expires by it.</summary>
public static class RetentionSettings
{
    public static RetentionOptions From(IConfiguration configuration) =>
        (configuration.GetSection("Retention").Get<RetentionOptions>() ?? new RetentionOptions()).Validated();

    /// <summary>The state storage's sliding expiry: its own setting when given, else <see cref="RetentionOptions.ConversationState"/>.</summary>
    public static TimeSpan? StateExpiry(TimeSpan? ownSetting, RetentionOptions retention) =>
        ownSetting ?? (retention.ConversationState > TimeSpan.Zero ? retention.ConversationState : null);
}

namespace PetitionBot.Cases.Reminders;

/// <summary>
/// One person in one conversation asking for reminders. <see cref="Address"/> is the channel's conversation
/// reference as JSON: the domain stores it and hands it back, the host knows what it means.
/// </summary>
public sealed record ReminderSubscription
{
    /// <summary>Assigned by the store on first subscription; stays the same when preferences change.</summary>
    public string Id { get; init; } = "";

    public required string ChannelId { get; init; }
    public required string ConversationId { get; init; }
    public required string UserId { get; init; }
    public string? UserName { get; init; }

    public required ReminderScope Scope { get; init; }

    /// <summary>For <see cref="ReminderScope.Units"/>: the units, as written on cases.</summary>
    public IReadOnlyList<string> Units { get; init; } = [];

    /// <summary>For <see cref="ReminderScope.OwnCases"/>: the 承办人 id (the user's id).</summary>
    public string? OfficerId { get; init; }

    /// <summary>China time of the daily digest; case reminders of the day are held until then too.</summary>
    public required TimeOnly DigestTime { get; init; }

    public required string Address { get; init; }

    public bool IsActive { get; init; } = true;

    public DateTimeOffset SubscribedAt { get; init; }

    public bool Covers(DueCase c) => Scope switch
    {
        ReminderScope.All => true,
        ReminderScope.Units => Units.Contains(c.RegisteringUnit) || (c.ResponsibleUnit is { } r && Units.Contains(r)),
        ReminderScope.OwnCases => OfficerId is not null && OfficerId == c.HandlingOfficer,
        _ => false,
    };
}

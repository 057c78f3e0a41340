namespace PetitionBot.Cases.Reminders;

/// <summary>Where a row of the send log stands.</summary>
public enum DeliveryStatus
{
    /// <summary>Waiting to be sent (again) from its not-before instant.</summary>
    Pending,

    /// <summary>Held for the next working day's digest (it would have fired on a rest day).</summary>
    Folded,

    /// <summary>Reported in a digest instead of its own message.</summary>
    Digested,

    Sent,

    /// <summary>Given up after the attempt bound, or refused by the channel; the error is recorded.</summary>
    Failed,

    /// <summary>Not sent: by the time it could go, the case had moved on (handled, or turned red).</summary>
    Obsolete,

    /// <summary>The subscriber cancelled before it was sent.</summary>
    Cancelled,
}

namespace PetitionBot.Cases.Model;

/// <summary>The dates that start and stop a case's clocks; null until the step happens.</summary>
public sealed record CaseDates
{
    public required DateOnly Received { get; init; }
    public DateOnly? Registered { get; init; }
    /// <summary>转送 or 交办: either starts the receiving agency's 受理告知 clock.</summary>
    public DateOnly? Transferred { get; init; }
    public DateOnly? Accepted { get; init; }
    public DateOnly? NotAccepted { get; init; }
    public DateOnly? Concluded { get; init; }
    public DateOnly? ReplyDelivered { get; init; }
    public DateOnly? Evaluated { get; init; }
    public DateOnly? ReviewRequested { get; init; }
    public DateOnly? ReviewDecided { get; init; }
    public DateOnly? ReviewReplyDelivered { get; init; }
    public DateOnly? ReReviewRequested { get; init; }
    public DateOnly? ReReviewDecided { get; init; }
    public DateOnly? ReReviewReplyDelivered { get; init; }
    public DateOnly? Closed { get; init; }
}

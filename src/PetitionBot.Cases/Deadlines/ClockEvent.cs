namespace PetitionBot.Cases.Deadlines;

/// <summary>The event whose date starts a period (that day itself is not counted).</summary>
public enum ClockEvent
{
    Received,
    Transferred,
    Accepted,
    ConcludeDue,
    ReplyDelivered,
    ReviewRequested,
    ReviewReplyDelivered,
    ReReviewRequested,
}

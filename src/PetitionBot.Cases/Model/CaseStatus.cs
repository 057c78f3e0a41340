namespace PetitionBot.Cases.Model;

/// <summary>Where a case stands in its lifecycle.</summary>
public enum CaseStatus
{
    Registered,
    Transferred,
    Assigned,
    NotAccepted,
    InProgress,
    Concluded,
    ReplyDelivered,
    Evaluated,
    ReviewRequested,
    ReviewDecided,
    ReReviewRequested,
    ReReviewDecided,
    Closed,
}

namespace PetitionBot.Cases.Deadlines;

/// <summary>A step of a petition that has a time limit. Policy files name them in kebab-case.</summary>
public enum DeadlineStep
{
    /// <summary>信访部门 registers and routes (转送/交办/告知).</summary>
    Register,
    /// <summary>Written notice whether accepted, for a petition received directly.</summary>
    AcceptanceNotice,
    /// <summary>Written notice whether accepted, for a transferred or assigned matter.</summary>
    TransferAcceptanceNotice,
    /// <summary>Objection that a transferred matter is not the receiving agency's.</summary>
    JurisdictionObjection,
    /// <summary>办结 after 受理.</summary>
    Conclude,
    /// <summary>The longest 延期 allowed, counted from the end of the 办结 period.</summary>
    Extension,
    ReviewRequest,
    ReviewDecision,
    ReReviewRequest,
    ReReviewDecision,
}

namespace PetitionBot.Regulations.Accountability;

/// <summary>What an advisor reply is, so the caller knows whether to send it or answer the message another way.</summary>
public enum AdvisorReplyKind
{
    /// <summary>结论 first, with the clauses cited.</summary>
    Advice,

    /// <summary>One missing fact asked, with buttons; the facts wait in <see cref="AdvisorReply.Facts"/>.</summary>
    Question,

    /// <summary>
    /// Not a "which measure applies" case (an appeal's deadline, who decides, a time limit, what a clause says): the
    /// reply has no text worth sending; answer the message as a regulation question.
    /// </summary>
    NotApplicable,
}

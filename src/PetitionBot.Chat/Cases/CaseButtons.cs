using PetitionBot.Cases.Model;

namespace PetitionBot.Chat.Cases;

/// <summary>The next steps worth a button for a case in its status (each button text is itself a command).</summary>
public static class CaseButtons
{
    public const string History = "完整记录";

    public static string[] For(PetitionCase c) => c.Status switch
    {
        CaseStatus.Registered => ["受理", "转送", History],
        CaseStatus.Transferred or CaseStatus.Assigned => ["受理", "不予受理", History],
        CaseStatus.InProgress when c.Extension is null => ["记录进展", "申请延期", History],
        CaseStatus.InProgress => ["记录进展", "办结", History],
        CaseStatus.Concluded => ["答复送达", History],
        CaseStatus.ReplyDelivered => ["评价", "复查申请", History],
        CaseStatus.Evaluated => ["复查申请", "终结", History],
        CaseStatus.ReviewRequested => ["复查决定", History],
        CaseStatus.ReviewDecided => ["复核申请", "终结", History],
        CaseStatus.ReReviewRequested => ["复核决定", History],
        CaseStatus.ReReviewDecided or CaseStatus.NotAccepted => ["终结", History],
        _ => [History],
    };
}

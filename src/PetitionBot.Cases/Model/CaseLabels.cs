namespace PetitionBot.Cases.Model;

/// <summary>The Chinese words users see for the case enums.</summary>
public static class CaseLabels
{
    public static string ToChinese(this PetitionForm form) => form switch
    {
        PetitionForm.Visit => "来访",
        PetitionForm.Letter => "来信",
        PetitionForm.Phone => "来电",
        PetitionForm.Online => "网上",
        PetitionForm.Fax => "传真",
        _ => form.ToString(),
    };

    public static string ToChinese(this MatterNature nature) => nature switch
    {
        MatterNature.Suggestion => "建议意见类",
        MatterNature.Complaint => "检举控告类",
        MatterNature.Claim => "申诉求决类",
        _ => nature.ToString(),
    };

    public static string ToChinese(this HandlingOpinion opinion) => opinion switch
    {
        HandlingOpinion.Support => "支持",
        HandlingOpinion.Explanation => "解释说明",
        HandlingOpinion.NotSupported => "不予支持",
        _ => opinion.ToString(),
    };

    public static string ToChinese(this Satisfaction satisfaction) => satisfaction switch
    {
        Satisfaction.Satisfied => "满意",
        Satisfaction.BasicallySatisfied => "基本满意",
        Satisfaction.Dissatisfied => "不满意",
        _ => satisfaction.ToString(),
    };

    public static string ToChinese(this CaseStatus status) => status switch
    {
        CaseStatus.Registered => "已登记",
        CaseStatus.Transferred => "已转送",
        CaseStatus.Assigned => "已交办",
        CaseStatus.NotAccepted => "不予受理",
        CaseStatus.InProgress => "办理中",
        CaseStatus.Concluded => "已办结",
        CaseStatus.ReplyDelivered => "已答复",
        CaseStatus.Evaluated => "已评价",
        CaseStatus.ReviewRequested => "复查中",
        CaseStatus.ReviewDecided => "已复查",
        CaseStatus.ReReviewRequested => "复核中",
        CaseStatus.ReReviewDecided => "已复核",
        CaseStatus.Closed => "已终结",
        _ => status.ToString(),
    };
}

using PetitionBot.Cases.Model;

namespace PetitionBot.Chat.Cases;

/// <summary>A case's status with the date it got there: 办理中（3月20日受理）.</summary>
public static class CaseStatusText
{
    public static string Describe(PetitionCase c)
    {
        var d = c.Dates;
        (DateOnly? date, string step) = c.Status switch
        {
            CaseStatus.Registered => (d.Registered ?? d.Received, "登记"),
            CaseStatus.Transferred => (d.Transferred, "转送"),
            CaseStatus.Assigned => (d.Transferred, "交办"),
            CaseStatus.NotAccepted => (d.NotAccepted, "决定不予受理"),
            CaseStatus.InProgress => (d.Accepted, "受理"),
            CaseStatus.Concluded => (d.Concluded, "办结"),
            CaseStatus.ReplyDelivered => (d.ReplyDelivered, "答复送达"),
            CaseStatus.Evaluated => (d.Evaluated, "评价"),
            CaseStatus.ReviewRequested => (d.ReviewRequested, "申请复查"),
            CaseStatus.ReviewDecided => (d.ReviewDecided, "作出复查决定"),
            CaseStatus.ReReviewRequested => (d.ReReviewRequested, "申请复核"),
            CaseStatus.ReReviewDecided => (d.ReReviewDecided, "作出复核决定"),
            CaseStatus.Closed => (d.Closed, "终结"),
            _ => (null, ""),
        };
        var text = c.Status.ToChinese();
        if (date is { } day)
            text += $"（{day.Month}月{day.Day}日{step}）";
        if (c.Extension is { } extension && c.Status == CaseStatus.InProgress)
            text += $"，已延期{extension.Days}日";
        return text;
    }

    /// <summary>"已受理", "已记录复查申请": what the officer just did, for the reply after an action.</summary>
    public static string Done(string label) => label switch
    {
        "受理" or "转送" or "交办" or "延期" or "办结" or "评价" or "终结" => $"已{label}",
        "不予受理" => "已决定不予受理",
        _ => $"已记录{label}",
    };
}

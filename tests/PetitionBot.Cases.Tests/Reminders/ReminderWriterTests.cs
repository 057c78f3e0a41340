using PetitionBot.Cases.Deadlines;
using PetitionBot.Cases.Lifecycle;
using PetitionBot.Cases.Model;
using PetitionBot.Cases.Reminders;

namespace PetitionBot.Cases.Tests.Reminders;

public sealed class ReminderWriterTests
{
    private static readonly PetitionCase Handled = new()
    {
        Number = "XF-2026-000123", QueryCode = "7K3Q9P", Jurisdiction = "national", Form = PetitionForm.Visit,
        Petitioners = [new Petitioner("王秀兰", "13812345678")], PeopleCount = 1, ProblemLocation = "城关镇",
        Category = "劳动社保", Claim = new PetitionClaim("拖欠工资"), RegisteringUnit = "城关镇信访办", HandlingOfficer = "officer-li",
        Status = CaseStatus.InProgress, ReceivedAt = new DateTimeOffset(2026, 3, 17, 15, 0, 0, TimeSpan.FromHours(8)),
        Dates = new CaseDates { Received = new DateOnly(2026, 3, 17) }, Version = 3,
    };

    private static readonly NextDue Yellow = new(DeadlineStep.Conclude, "办结", new DateOnly(2026, 5, 19), false, null,
        "《信访工作条例》第三十四条", DeadlineParty.Office, DeadlineColour.Yellow, 3, 0);

    [Fact]
    public void An_alert_names_the_handling_officer_as_people_know_them_not_by_account_id()
    {
        var alert = ReminderWriter.CaseAlert(Handled, Yellow, officerName: "李明");

        Assert.Equal("⏰ 到期提醒\n🟡 XF-2026-000123 办结 截止5月19日（周二），还剩3个工作日\n城关镇信访办 · 劳动社保 · 承办：李明\n依据《信访工作条例》第三十四条",
            alert.Text);
        Assert.True(alert.StayWithMessage);
        Assert.Equal(["XF-2026-000123 进展", "XF-2026-000123 记录进展"], alert.Buttons.Select(b => b.Value));
    }

    [Fact]
    public void Without_a_known_name_the_alert_falls_back_to_the_id()
    {
        Assert.Contains("承办：officer-li", ReminderWriter.CaseAlert(Handled, Yellow).Text);
    }
}

using PetitionBot.Cases.Deadlines;
using PetitionBot.Cases.Reminders;
using static PetitionBot.Cases.Tests.TestData;

namespace PetitionBot.Cases.Tests.Reminders;

public sealed class ReminderCalendarTests
{
    private readonly ReminderCalendar _calendar = new(CaseFactory.StatusMachine.Deadlines);

    [Theory]
    [InlineData("2026-03-27", "2026-04-01")] // Fri: Mon, Tue, Wed are the three working days left
    [InlineData("2026-03-28", "2026-04-01")] // Sat: the same three
    [InlineData("2026-04-02", "2026-04-08")] // 清明 4–6 April are rest days
    [InlineData("2026-09-29", "2026-10-09")] // 国庆 1–7 Oct; Sat 10 Oct is a 调休 working day, the fourth
    public void Yellow_reaches_the_day_before_the_fourth_working_day(string today, string lastYellow)
    {
        Assert.Equal(D(lastYellow), _calendar.YellowTo(D(today)));
        Assert.Equal(DeadlineColour.Yellow, _calendar.Colour(D(lastYellow), D(today)));
        Assert.Equal(DeadlineColour.Normal, _calendar.Colour(D(lastYellow).AddDays(1), D(today)));
    }

    [Fact]
    public void Yellow_starts_on_a_working_day_and_red_the_day_after_the_due_date()
    {
        Assert.Equal(D("2026-03-27"), _calendar.ColourStart(D("2026-04-01"), DeadlineColour.Yellow));
        Assert.Equal(D("2026-03-21"), _calendar.ColourStart(D("2026-03-20"), DeadlineColour.Red));
    }

    [Fact]
    public void Only_rest_days_between_start_and_today_means_it_would_have_fired_on_a_rest_day()
    {
        Assert.True(_calendar.StartedOnRestDaysOnly(D("2026-03-21"), D("2026-03-23")));
        Assert.False(_calendar.StartedOnRestDaysOnly(D("2026-03-20"), D("2026-03-23")));
        Assert.False(_calendar.StartedOnRestDaysOnly(D("2026-03-23"), D("2026-03-23")));
    }
}

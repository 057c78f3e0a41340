using PetitionBot.Cases.Deadlines;
using static PetitionBot.Cases.Tests.TestData;

namespace PetitionBot.Cases.Tests.Deadlines;

public class DeadlineCalculatorTests
{
    // The three worked examples of the domain notes.
    [Theory]
    [InlineData("2026-02-03", 15, "2026-02-24")] // day 15 is 02-18, inside 春节 (02-15..02-23) → Tue 02-24
    [InlineData("2025-12-17", 15, "2026-01-04")] // day 15 is 01-01 元旦 (01-01..01-03) → Sun 01-04, a 调休 working day
    public void Worked_examples_in_days(string start, int days, string expected)
    {
        var due = Calculator.DueDate(D(start), TimeLimit.Days(days));
        Assert.Equal(new DueDate(D(expected), false), due);
    }

    [Fact]
    public void Worked_example_in_working_days()
    {
        // 10-01..10-07 国庆节; Thu 08 (1), Fri 09 (2), Sat 10 调休 (3), Sun 11 rest, Mon 12 (4), Tue 13 (5).
        var due = Calculator.DueDate(D("2026-09-30"), TimeLimit.WorkingDays(5));
        Assert.Equal(new DueDate(D("2026-10-13"), false), due);
    }

    // 15日 periods whose 15th day lands on each 2025–2026 holiday or 调休 working day.
    [Theory]
    [InlineData("2024-12-17", "2025-01-02")] // 01-01 元旦 (Wed) → Thu 01-02
    [InlineData("2025-01-13", "2025-02-05")] // 01-28 春节 (01-28..02-04) → Wed 02-05
    [InlineData("2025-01-11", "2025-01-26")] // Sun 01-26 is worked (调休) → stays
    [InlineData("2025-01-24", "2025-02-08")] // Sat 02-08 is worked (调休) → stays
    [InlineData("2025-03-20", "2025-04-07")] // 04-04 清明 (04-04..04-06) → Mon 04-07
    [InlineData("2025-04-12", "2025-04-27")] // Sun 04-27 is worked (调休) → stays
    [InlineData("2025-04-16", "2025-05-06")] // 05-01 劳动节 (05-01..05-05) → Tue 05-06
    [InlineData("2025-05-16", "2025-06-03")] // Sat 05-31 端午 (05-31..06-02) → Tue 06-03
    [InlineData("2025-09-13", "2025-09-28")] // Sun 09-28 is worked (调休) → stays
    [InlineData("2025-09-16", "2025-10-09")] // 10-01 国庆中秋 (10-01..10-08) → Thu 10-09
    [InlineData("2025-09-26", "2025-10-11")] // Sat 10-11 is worked (调休) → stays
    [InlineData("2026-01-30", "2026-02-14")] // Sat 02-14 is worked (调休) → stays
    [InlineData("2026-01-31", "2026-02-24")] // Sun 02-15 春节 (02-15..02-23) → Tue 02-24
    [InlineData("2026-02-13", "2026-02-28")] // Sat 02-28 is worked (调休) → stays
    [InlineData("2026-02-27", "2026-03-16")] // Sat 03-14, an ordinary weekend → Mon 03-16
    [InlineData("2026-03-20", "2026-04-07")] // Sat 04-04 清明 (04-04..04-06) → Tue 04-07
    [InlineData("2026-04-16", "2026-05-06")] // Fri 05-01 劳动节 (05-01..05-05) → Wed 05-06
    [InlineData("2026-04-24", "2026-05-09")] // Sat 05-09 is worked (调休) → stays
    [InlineData("2026-06-04", "2026-06-22")] // Fri 06-19 端午 (06-19..06-21) → Mon 06-22
    [InlineData("2026-09-05", "2026-09-20")] // Sun 09-20 is worked (调休) → stays
    [InlineData("2026-09-10", "2026-09-28")] // Fri 09-25 中秋 (09-25..09-27) → Mon 09-28
    [InlineData("2026-09-16", "2026-10-08")] // Thu 10-01 国庆 (10-01..10-07) → Thu 10-08
    [InlineData("2026-09-25", "2026-10-10")] // Sat 10-10 is worked (调休) → stays
    [InlineData("2026-12-10", "2026-12-25")] // Fri 12-25, an ordinary working day → stays
    public void Fifteen_days_across_every_holiday_and_adjusted_day(string start, string expected)
    {
        var due = Calculator.DueDate(D(start), TimeLimit.Days(15));
        Assert.Equal(new DueDate(D(expected), false), due);
    }

    [Theory]
    // Fri 01-24: Sat 25 rest, Sun 26 调休 (1), Mon 27 (2), 01-28..02-04 春节, Wed 05 (3), Thu 06 (4), Fri 07 (5).
    [InlineData("2025-01-24", 5, "2025-02-07")]
    // Fri 09-26: Sat 27 rest, Sun 28 调休 (1), Mon 29 (2), Tue 30 (3), 10-01..10-08 holiday, Thu 09 (4), Fri 10 (5).
    [InlineData("2025-09-26", 5, "2025-10-10")]
    // Thu 02-12: Fri 13 (1), Sat 14 调休 (2), 02-15..02-23 春节, Tue 24 (3), Wed 25 (4), Thu 26 (5).
    [InlineData("2026-02-12", 5, "2026-02-26")]
    // Thu 04-30: 05-01..05-05 劳动节, Wed 06 (1), Thu 07 (2), Fri 08 (3), Sat 09 调休 (4), Sun 10 rest, Mon 11 (5).
    [InlineData("2026-04-30", 5, "2026-05-11")]
    // Wed 2025-12-31: 01-01..01-03 元旦, Sun 04 调休 (1), Mon 05 (2), Tue 06 (3).
    [InlineData("2025-12-31", 3, "2026-01-06")]
    // Fri 09-18: Sat 19 rest, Sun 20 调休 (1), Mon 21 (2), Tue 22 (3).
    [InlineData("2026-09-18", 3, "2026-09-22")]
    public void Working_days_skip_holidays_and_count_adjusted_days(string start, int count, string expected)
    {
        var due = Calculator.DueDate(D(start), TimeLimit.WorkingDays(count));
        Assert.Equal(new DueDate(D(expected), false), due);
    }

    [Theory]
    [InlineData("2026-12-17", 15, "2027-01-01")] // Fri 2027-01-01 is surely 元旦, but 2027 is not loaded: weekends only
    [InlineData("2026-12-18", 15, "2027-01-04")] // Sat 01-02 → Mon 01-04
    [InlineData("2026-11-10", 60, "2027-01-11")] // Sat 01-09 → Mon 01-11
    public void Dates_past_the_loaded_years_are_provisional(string start, int days, string expected)
    {
        var due = Calculator.DueDate(D(start), TimeLimit.Days(days));
        Assert.Equal(new DueDate(D(expected), true), due);
        Assert.Contains("2027年节假日安排尚未公布", due.ProvisionalNote);
    }

    [Fact]
    public void Working_days_reaching_into_an_unloaded_year_are_provisional()
    {
        // Fri 12-25: Mon 28 (1), Tue 29 (2), Wed 30 (3), Thu 31 (4), Fri 2027-01-01 (5, unknown year).
        var due = Calculator.DueDate(D("2026-12-25"), TimeLimit.WorkingDays(5));
        Assert.Equal(new DueDate(D("2027-01-01"), true), due);
    }

    [Fact]
    public void A_final_date_has_no_provisional_note() =>
        Assert.Null(Calculator.DueDate(D("2026-12-10"), TimeLimit.Days(15)).ProvisionalNote);

    [Fact]
    public void Extension_runs_from_the_end_of_the_sixty_days()
    {
        // 受理 03-20 + 60日 = Tue 05-19; + 30日 = Thu 06-18, a working day (端午 starts the day after).
        var conclude = Calculator.DueDate(D("2026-03-20"), TimeLimit.Days(60));
        Assert.Equal(D("2026-05-19"), conclude.Date);
        Assert.Equal(new DueDate(D("2026-06-18"), false), Calculator.Extend(conclude, 30));
    }

    [Fact]
    public void Extension_ending_on_a_weekend_moves_to_monday()
    {
        // 受理 03-01 + 60日 = Thu 04-30; + 30日 = Sat 05-30 → Mon 06-01.
        var conclude = Calculator.DueDate(D("2026-03-01"), TimeLimit.Days(60));
        Assert.Equal(D("2026-04-30"), conclude.Date);
        Assert.Equal(D("2026-06-01"), Calculator.Extend(conclude, 30).Date);
    }

    [Fact]
    public void Extension_of_a_provisional_date_stays_provisional()
    {
        var provisional = new DueDate(D("2027-01-04"), true);
        Assert.True(Calculator.Extend(provisional, 30).IsProvisional);
    }

    [Fact]
    public void Hearing_days_do_not_count_for_a_re_review_decision()
    {
        // Without a hearing: Mon 03-02 + 30日 = Wed 04-01.
        Assert.Equal(D("2026-04-01"), Calculator.DueDate(D("2026-03-02"), TimeLimit.Days(30)).Date);
        // A hearing 03-10..03-12 pushes the 30th counted day to Sat 04-04 (清明 04-04..04-06) → Tue 04-07.
        var due = Calculator.DueDate(D("2026-03-02"), TimeLimit.Days(30), [new DateRange(D("2026-03-10"), D("2026-03-12"))]);
        Assert.Equal(new DueDate(D("2026-04-07"), false), due);
    }

    [Theory]
    // Due Tue 2026-05-19: working days left after Thu 05-14 are Fri 15, Mon 18, Tue 19 = 3.
    [InlineData("2026-05-13", "2026-05-19", 4, DeadlineColour.Normal)]
    [InlineData("2026-05-14", "2026-05-19", 3, DeadlineColour.Yellow)]
    [InlineData("2026-05-16", "2026-05-19", 2, DeadlineColour.Yellow)] // a Saturday
    [InlineData("2026-05-19", "2026-05-19", 0, DeadlineColour.Yellow)] // due today is not yet overdue
    [InlineData("2026-05-20", "2026-05-19", 0, DeadlineColour.Red)]
    // Due Fri 2026-10-09: from Tue 09-29 only 09-30, 10-08, 10-09 are working days (国庆节 between).
    [InlineData("2026-09-29", "2026-10-09", 3, DeadlineColour.Yellow)]
    [InlineData("2026-09-28", "2026-10-09", 4, DeadlineColour.Normal)]
    public void Yellow_and_red_boundaries(string today, string due, int left, DeadlineColour colour)
    {
        Assert.Equal(left, Calculator.WorkingDaysLeft(D(today), D(due)));
        Assert.Equal(colour, Calculator.Colour(D(due), D(today), yellowWorkingDays: 3));
    }

    [Fact]
    public void Yellow_threshold_is_configurable()
    {
        Assert.Equal(DeadlineColour.Normal, Calculator.Colour(D("2026-10-09"), D("2026-09-28"), yellowWorkingDays: 3));
        Assert.Equal(DeadlineColour.Yellow, Calculator.Colour(D("2026-10-09"), D("2026-09-28"), yellowWorkingDays: 4));
    }
}

using PetitionBot.Language.Durations;

namespace PetitionBot.Language.Tests.Durations;

public sealed class DurationRecognizerTests
{
    [Theory]
    [InlineData("5个工作日内", 5, DurationUnit.WorkingDays)]
    [InlineData("半个月", 0.5, DurationUnit.Months)]
    [InlineData("一个半月", 1.5, DurationUnit.Months)]
    public void Reads_amount_and_unit(string text, double amount, DurationUnit unit) =>
        Assert.Equal(new Duration((decimal)amount, unit), Assert.Single(DurationRecognizer.Recognize(text)).Value);

    [Theory]
    [InlineData("3月5日")]
    [InlineData("下周一")]
    [InlineData("2026年")]
    public void Dates_are_not_durations(string text) => Assert.Empty(DurationRecognizer.Recognize(text));
}

using PetitionBot.Cases.Deadlines;
using static PetitionBot.Cases.Tests.TestData;

namespace PetitionBot.Cases.Tests.Deadlines;

public class DeadlinePolicyTests
{
    [Theory]
    [InlineData(DeadlineStep.Register, "15日", ClockEvent.Received, "《信访工作条例》第二十二条")]
    [InlineData(DeadlineStep.AcceptanceNotice, "15日", ClockEvent.Received, "《信访工作条例》第二十三条第二款")]
    [InlineData(DeadlineStep.TransferAcceptanceNotice, "15日", ClockEvent.Transferred, "《信访工作条例》第二十三条第三款")]
    [InlineData(DeadlineStep.JurisdictionObjection, "5个工作日", ClockEvent.Transferred, "《信访工作条例》第二十三条第三款")]
    [InlineData(DeadlineStep.Conclude, "60日", ClockEvent.Accepted, "《信访工作条例》第三十四条")]
    [InlineData(DeadlineStep.Extension, "30日", ClockEvent.ConcludeDue, "《信访工作条例》第三十四条")]
    [InlineData(DeadlineStep.ReviewRequest, "30日", ClockEvent.ReplyDelivered, "《信访工作条例》第三十五条")]
    [InlineData(DeadlineStep.ReviewDecision, "30日", ClockEvent.ReviewRequested, "《信访工作条例》第三十五条")]
    [InlineData(DeadlineStep.ReReviewRequest, "30日", ClockEvent.ReviewReplyDelivered, "《信访工作条例》第三十六条")]
    [InlineData(DeadlineStep.ReReviewDecision, "30日", ClockEvent.ReReviewRequested, "《信访工作条例》第三十六条")]
    public void National_rules_follow_the_2022_regulation(DeadlineStep step, string limit, ClockEvent starts, string citation)
    {
        var rule = Policy.Rule(step);
        Assert.Equal("national", rule.Jurisdiction);
        Assert.Equal(limit, rule.Limit.ToString());
        Assert.Equal(starts, rule.Starts);
        Assert.Equal(citation, rule.Citation);
    }

    [Fact]
    public void Zhejiang_overrides_three_limits_and_falls_back_for_the_rest()
    {
        Assert.Equal(TimeLimit.WorkingDays(5), Policy.Rule(DeadlineStep.Register, "zhejiang").Limit);
        Assert.Equal(TimeLimit.Days(30), Policy.Rule(DeadlineStep.Conclude, "zhejiang").Limit);
        Assert.Equal(TimeLimit.Days(60), Policy.Rule(DeadlineStep.Extension, "zhejiang").Limit);
        var review = Policy.Rule(DeadlineStep.ReviewDecision, "zhejiang");
        Assert.Equal("national", review.Jurisdiction);
        Assert.Equal("《信访工作条例》第三十五条", review.Citation);
    }

    [Fact]
    public void Defaults_come_from_the_file()
    {
        Assert.Equal("national", Policy.DefaultJurisdiction);
        Assert.Equal(3, Policy.YellowWorkingDays);
        Assert.Contains(Policy.Jurisdictions, j => j.Id == "zhejiang" && j.FallsBackTo == "national");
    }

    [Fact]
    public void Unknown_jurisdiction_is_refused() =>
        Assert.Throws<KeyNotFoundException>(() => Policy.Rule(DeadlineStep.Conclude, "atlantis"));

    [Fact]
    public void A_rule_with_both_days_and_working_days_is_rejected()
    {
        var path = Path.Combine(Path.GetTempPath(), $"policy-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            { "jurisdictions": [ { "id": "national", "name": "全国" } ],
              "rules": [ { "jurisdiction": "national", "step": "register", "due": "登记", "days": 15, "working_days": 5,
                           "starts": "received", "citation": "《信访工作条例》第二十二条" } ] }
            """);
        try
        {
            Assert.Throws<InvalidDataException>(() => DeadlinePolicy.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

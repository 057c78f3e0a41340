using System.Net.Http.Headers;
using PetitionBot.Protocol.Connector;

namespace PetitionBot.Protocol.Tests.Connector;

public sealed class RetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Delta_seconds_are_read() =>
        Assert.Equal(TimeSpan.FromSeconds(7), RetryAfter.From(RetryConditionHeaderValue.Parse("7"), Now));

    [Fact]
    public void Http_date_becomes_the_time_left_until_it() =>
        Assert.Equal(TimeSpan.FromSeconds(90), RetryAfter.From(RetryConditionHeaderValue.Parse("Mon, 02 Mar 2026 08:01:30 GMT"), Now));

    [Fact]
    public void Http_date_in_the_past_means_retry_now() =>
        Assert.Equal(TimeSpan.Zero, RetryAfter.From(RetryConditionHeaderValue.Parse("Mon, 02 Mar 2026 07:00:00 GMT"), Now));

    [Fact]
    public void No_header_means_no_hint() => Assert.Null(RetryAfter.From(null, Now));
}

using System.Text.RegularExpressions;
using PetitionBot.EndToEnd.Tests.Conversations;
using PetitionBot.EndToEnd.Tests.Hosting;

namespace PetitionBot.EndToEnd.Tests.Cases;

/// <summary>
/// Filing follows the reading policy: staff and unknown users are refused and told whom to ask, officers file into
/// their own unit, a supervisor into a unit of their jurisdiction — so whoever files a case can always see it.
/// </summary>
public sealed class CaseFilingTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Wednesday = DateTimeOffset.Parse("2026-03-18T10:00:00+08:00");
    private const string Visit = "登记来访 韩志强 13855556666 昨天下午三点 走访 1人 劳动社保 反映拖欠工资 属地城关镇";
    private BotHostProcess _host = null!;

    public async Task InitializeAsync() => _host = await UnitUsersHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private BotConversation As(string user) => new(_host.Client, $"{user}-{Guid.NewGuid():N}", userId: user) { LocalTime = Wednesday };

    private static async Task<string> SayAsync(BotConversation who, string text) =>
        string.Join("\n", (await who.SayAsync(text)).Select(r => r.Text));

    [Theory]
    [InlineData("staff-x")]
    [InlineData("someone-else")]
    public async Task Staff_and_unknown_users_cannot_file_a_case(string user)
    {
        var who = As(user);
        var reply = await SayAsync(who, Visit);
        Assert.Contains("没有登记来访的权限", reply);
        Assert.Contains("信访部门", reply);
        var submitted = await SayAsync(who, "提交");
        Assert.DoesNotContain("已登记", submitted);
    }

    [Theory]
    [InlineData("officer-a")]
    [InlineData("supervisor-s")]
    [InlineData("supervisor-east")]
    public async Task Whoever_files_a_case_can_see_it(string user)
    {
        var who = As(user);
        var opening = await SayAsync(who, Visit);
        Assert.Contains("请核对", opening);
        var filed = await SayAsync(who, "提交");
        var number = Regex.Match(filed, @"XF-\d{4}-\d{6}").Value;
        Assert.NotEmpty(number);
        Assert.DoesNotContain("没有找到", await SayAsync(As(user), $"{number} 进展"));
    }
}

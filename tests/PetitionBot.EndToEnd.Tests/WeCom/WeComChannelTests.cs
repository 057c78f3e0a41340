using System.Net;
using System.Text.RegularExpressions;
using PetitionBot.EndToEnd.Tests.Hosting;
using PetitionBot.EndToEnd.Tests.Reminders;
using PetitionBot.EndToEnd.Tests.Scheduling;
using PetitionBot.Testing.Peers;
using PetitionBot.Testing.Servers;
using static PetitionBot.EndToEnd.Tests.WeCom.WeComMember;

namespace PetitionBot.EndToEnd.Tests.WeCom;

/// <summary>
/// WeCom members talking to the real host over real HTTP: encrypted callbacks in, message/send out through the
/// stand-in WeCom, state in a real Redis. The clock is the host's test clock, so callbacks are stamped with it.
/// </summary>
[LongRunning]
public sealed partial class WeComChannelTests : IAsyncLifetime
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("petitionbot-wecom-").FullName;
    private readonly ClockFile _clock = new("2026-03-18 10:00");
    private RedisServer _redis = null!;
    private WeComServer _weCom = null!;
    private BotHostProcess _host = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        _weCom = await WeComServer.StartAsync();
        _host = await WeComHost.StartAsync(_weCom, _redis.ConnectionString, _clock, _dataFolder);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _weCom.DisposeAsync();
        await _redis.DisposeAsync();
        _clock.Dispose();
        Directory.Delete(_dataFolder, recursive: true);
    }

    private WeComMember Member(string userId) => new(_weCom, _host, _clock, userId);

    [Fact]
    public async Task Saving_the_callback_URL_in_the_admin_console_is_answered_with_the_echo()
    {
        var echo = "echo-" + Guid.NewGuid().ToString("N");

        using var response = await _host.Client.GetAsync(_weCom.Callback.UrlVerification(CallbackPath, echo, _clock.Now));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(echo, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_officer_logs_a_visit_answering_its_choices_with_card_buttons()
    {
        var li = Member("LiMing");
        var welcome = await li.OpenApplicationAsync(Offering("登记来访"));
        Assert.Contains(welcome, m => (string?)m["msgtype"] == "template_card");

        await li.SayAsync("登记来访 张三 13812345678 昨天下午三点 5人 反映拖欠工资 属地城关镇", Offering("走访"));
        await li.PressAsync("走访", Offering("劳动社保"));
        await li.PressAsync("劳动社保", Offering("提交"));
        var filed = await li.PressAsync("提交", m => CaseNumber().IsMatch(WeComServer.Readable(m)));

        var text = string.Join("\n", filed.Select(WeComServer.Readable));
        Assert.Contains("已登记", text);
        Assert.All(li.Received, m => Assert.Equal(WeComServer.AgentId, (int?)m["agentid"]));
        // The case is the officer's: asked by number over WeCom, it is shown.
        var number = CaseNumber().Match(text).Value;
        var shown = await li.SayAsync(number, Saying("承办：城关镇信访办"));
        Assert.Contains(shown, m => WeComServer.Readable(m).Contains(number, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reminder_digest_reaches_a_supervisor_on_WeCom()
    {
        var zhao = Member("ZhaoMin");

        await zhao.SayAsync("订阅到期提醒", Saying("已订阅到期提醒"));
        // Subscribed after 08:30 on a working day: today's digest follows, sent proactively to the member.
        var digest = await zhao.WaitAsync(0, Saying("今天没有临期或超期的案件"));

        Assert.Contains(digest, m => (string?)m["touser"] == "ZhaoMin" && WeComServer.Readable(m).Contains("每日到期汇总", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_token_WeCom_expires_mid_conversation_is_refreshed_once_and_the_reply_delivered()
    {
        var li = Member("LiMing");
        await li.SayAsync("帮助", Offering("登记来访"));
        var tokensBefore = _weCom.TokenRequests;
        _weCom.ExpireToken();

        await li.SayAsync("我的提醒设置", m => WeComServer.Readable(m).Length > 0);

        Assert.Equal(tokensBefore + 1, _weCom.TokenRequests);
        Assert.True(_weCom.RefusedForToken >= 1);
    }

    [Fact]
    public async Task A_callback_with_a_forged_signature_is_refused_and_logged_without_its_content()
    {
        var (pathAndQuery, body) = _weCom.Callback.Sign(CallbackPath,
            WeComCallbackClient.TextXml("LiMing", "本周到期", _weCom.Callback.NextMsgId(), _clock.Now), _clock.Now,
            forgedSignature: new string('0', 40));

        using var response = await _host.Client.PostAsync(pathAndQuery, new StringContent(body, System.Text.Encoding.UTF8, "text/xml"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var line = await _host.WaitForOutputLineAsync("msg_signature does not match", TimeSpan.FromSeconds(5));
        Assert.DoesNotContain("LiMing", line, StringComparison.OrdinalIgnoreCase);
        // A stale timestamp, correctly signed, is refused too.
        using var stale = await _weCom.Callback.PostAsync(_host.Client, CallbackPath,
            WeComCallbackClient.TextXml("LiMing", "本周到期", _weCom.Callback.NextMsgId(), _clock.Now), _clock.Now.AddMinutes(-30));
        Assert.Equal(HttpStatusCode.Forbidden, stale.StatusCode);
        Assert.DoesNotContain(_host.Output.Split('\n'), l => l.Contains("LiMing", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(Member("LiMing").Received);
    }

    [Fact]
    public async Task A_callback_WeCom_delivers_again_is_answered_once()
    {
        var li = Member("LiMing");
        var (pathAndQuery, body) = _weCom.Callback.Sign(CallbackPath,
            WeComCallbackClient.TextXml("LiMing", "帮助", _weCom.Callback.NextMsgId(), _clock.Now), _clock.Now);

        for (var i = 0; i < 3; i++)
        {
            using var response = await _host.Client.PostAsync(pathAndQuery, new StringContent(body, System.Text.Encoding.UTF8, "text/xml"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        await li.WaitAsync(0, Offering("登记来访"));
        // A later message's reply comes after anything still queued for the conversation, so the count is final.
        await li.SayAsync("我的提醒设置", Saying("提醒"));

        Assert.Equal(1, li.Received.Count(Offering("登记来访")));
    }

    [Fact]
    public async Task A_member_not_on_the_user_list_is_told_whom_to_ask_and_sees_no_case()
    {
        var stranger = Member("wangwu");

        var replies = await stranger.SayAsync("本周到期", Saying("管理员"));

        var text = string.Join("\n", replies.Select(WeComServer.Readable));
        Assert.Contains("wangwu", text);
        Assert.Contains("企业微信账号加入用户名单", text);
        Assert.DoesNotContain("XF-", text);
    }

    [GeneratedRegex(@"XF-2026-\d{6}")]
    private static partial Regex CaseNumber();
}

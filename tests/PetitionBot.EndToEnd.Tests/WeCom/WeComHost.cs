using PetitionBot.EndToEnd.Tests.Hosting;
using PetitionBot.EndToEnd.Tests.Reminders;
using PetitionBot.Testing.Peers;

namespace PetitionBot.EndToEnd.Tests.WeCom;

/// <summary>
/// The host configured for a WeCom application at the stand-in WeCom, with Redis, on the test's clock, and two users
/// whose WeCom accounts are listed: 李明 (officer of 城关镇信访办, WeCom LiMing) and 赵敏 (supervisor, WeCom ZhaoMin).
/// </summary>
public static class WeComHost
{
    public static Task<BotHostProcess> StartAsync(WeComServer weCom, string redis, ClockFile clock, string dataFolder) =>
        BotHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["Redis__Configuration"] = redis,
            ["Cases__Sqlite__Path"] = Path.Combine(dataFolder, "cases.db"),
            ["Cases__SeedDemoData"] = "false",
            ["Reminders__TickInterval"] = "00:00:00.2",
            ["Reminders__TestClock__File"] = clock.Path,
            ["WeCom__CorpId"] = WeComServer.CorpId,
            ["WeCom__AgentId"] = WeComServer.AgentId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["WeCom__Secret"] = WeComServer.Secret,
            ["WeCom__Token"] = WeComServer.Token,
            ["WeCom__EncodingAesKey"] = WeComServer.EncodingAesKey,
            ["WeCom__ApiBaseUrl"] = weCom.ApiBaseUrl,
            ["WebChat__Users__0__Id"] = "officer-li",
            ["WebChat__Users__0__Name"] = "李明",
            ["WebChat__Users__0__Unit"] = "城关镇信访办",
            ["WebChat__Users__0__Role"] = "officer",
            ["WebChat__Users__0__WeComUserId"] = "LiMing",
            ["WebChat__Users__1__Id"] = "supervisor-zhao",
            ["WebChat__Users__1__Name"] = "赵敏",
            ["WebChat__Users__1__Unit"] = "县信访局",
            ["WebChat__Users__1__Role"] = "supervisor",
            ["WebChat__Users__1__WeComUserId"] = "ZhaoMin",
            ["Logging__LogLevel__PetitionBot.WeCom"] = "Information",
            ["Logging__LogLevel__PetitionBot.Channels.WeCom"] = "Information",
        });
}

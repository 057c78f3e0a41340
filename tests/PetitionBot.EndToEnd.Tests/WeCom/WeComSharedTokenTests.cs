using PetitionBot.EndToEnd.Tests.Hosting;
using PetitionBot.EndToEnd.Tests.Reminders;
using PetitionBot.EndToEnd.Tests.Scheduling;
using PetitionBot.Testing.Peers;
using PetitionBot.Testing.Servers;
using static PetitionBot.EndToEnd.Tests.WeCom.WeComMember;

namespace PetitionBot.EndToEnd.Tests.WeCom;

/// <summary>Two host instances on one Redis share WeCom's access token: WeCom is asked for it once.</summary>
[LongRunning]
public sealed class WeComSharedTokenTests
{
    [Fact]
    public async Task Two_instances_on_one_Redis_ask_WeCom_for_the_token_once()
    {
        var dataFolder = Directory.CreateTempSubdirectory("petitionbot-wecom-").FullName;
        using var clock = new ClockFile("2026-03-18 10:00");
        await using var redis = await RedisServer.StartAsync();
        await using var weCom = await WeComServer.StartAsync();
        try
        {
            await using var first = await WeComHost.StartAsync(weCom, redis.ConnectionString, clock, dataFolder);
            await using var second = await WeComHost.StartAsync(weCom, redis.ConnectionString, clock, dataFolder);

            await new WeComMember(weCom, first, clock, "LiMing").SayAsync("帮助", Offering("登记来访"));
            await new WeComMember(weCom, second, clock, "ZhaoMin").SayAsync("帮助", Offering("登记来访"));

            Assert.Equal(1, weCom.TokenRequests);
            Assert.Equal(["LiMing", "ZhaoMin"], weCom.Sent.Select(m => (string?)m["touser"]).Distinct());
        }
        finally
        {
            Directory.Delete(dataFolder, recursive: true);
        }
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PetitionBot.Chat;
using PetitionBot.Chat.Users;
using PetitionBot.Host.Configuration;

namespace PetitionBot.EndToEnd.Tests.WebChat;

/// <summary>The page lists demo accounts exactly when the embedded demo's users load, never in a real deployment.</summary>
public sealed class DemoAccountsTests
{
    private static DemoAccounts Resolve(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        using var services = new ServiceCollection().AddPetitionChat(configuration, DemoMode.IsOn(configuration)).BuildServiceProvider();
        return services.GetRequiredService<DemoAccounts>();
    }

    [Fact]
    public void The_embedded_demo_lists_its_three_sign_ins_with_roles_in_chinese_and_the_password()
    {
        var demo = Resolve();

        Assert.Equal(
            new[]
            {
                new DemoAccount("officer-li", "李明", "办理人员", "城关镇信访办"),
                new DemoAccount("supervisor-zhao", "赵敏", "督办人员", "县信访局"),
                new DemoAccount("staff-wang", "王强", "工作人员", "东关街道办事处"),
            },
            demo.Accounts);
        Assert.Equal(ChatServices.DemoPassword, demo.Password);
    }

    [Theory]
    [InlineData("ConnectionStrings:PostgreSQL", "Host=127.0.0.1;Database=petitions")]
    [InlineData("Cases:SeedDemoData", "false")]
    [InlineData("WebChat:Users:0:Id", "officer-1")]
    public void Real_users_postgres_or_the_demo_switched_off_list_nobody(string key, string value)
    {
        var demo = Resolve((key, value));

        Assert.Empty(demo.Accounts);
        Assert.Null(demo.Password);
    }
}

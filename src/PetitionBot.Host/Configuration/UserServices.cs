using PetitionBot.Cases.Demo;
using PetitionBot.Cases.Model;
using PetitionBot.Host.Cases;
using PetitionBot.Host.WebChat;

namespace PetitionBot.Host.Configuration;

/// <summary>
/// The people who use the bot (section "WebChat:Users": id, name, unit, role, password hash): the page's sign-in and
/// case visibility both read it. The embedded demo adds its three demo users when none are configured, and the page
/// lists them.
/// </summary>
public static class UserServices
{
    /// <summary>The demo sign-ins' password; demo data only ever loads on the embedded store.</summary>
    public const string DemoPassword = "demo1234";

    public static IServiceCollection AddUsers(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("WebChat").Get<WebChatOptions>() ?? new WebChatOptions();
        var demo = DemoAccounts.None;
        if (options.Users.Count == 0 && DemoMode.IsOn(configuration))
        {
            var hash = PasswordHasher.Hash(DemoPassword);
            options.Users.AddRange(DemoCaseSeeder.SignIns.Select(d => new WebChatUser
            {
                Id = d.Id, Name = d.Name, Unit = d.Unit, Role = d.Role, PasswordHash = hash,
            }));
            demo = new DemoAccounts(DemoCaseSeeder.SignIns.Select(d => new DemoAccount(d.Id, d.Name, UserRoleNames.InChinese(d.Role), d.Unit)).ToList(), DemoPassword);
        }
        services.AddSingleton(options);
        services.AddSingleton(demo);
        services.AddSingleton<WebChatUserDirectory>();
        services.AddSingleton<CaseAccess>();
        services.AddSingleton<IPersonNames, DirectoryPersonNames>();
        return services;
    }
}

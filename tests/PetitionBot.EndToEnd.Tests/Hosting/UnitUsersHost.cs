namespace PetitionBot.EndToEnd.Tests.Hosting;

/// <summary>
/// A host with no demo data and a directory of users in two units: officer-a (城关镇信访办), officer-b (东关街道办事处),
/// supervisor-s (every unit), supervisor-east (东关街道办事处 only), staff-x (staff).
/// </summary>
public static class UnitUsersHost
{
    public static Task<BotHostProcess> StartAsync()
    {
        var settings = new Dictionary<string, string>
        {
            ["Cases__Sqlite__Path"] = Path.Combine(Path.GetTempPath(), $"petitionbot-access-{Guid.NewGuid():N}.db"),
            ["Cases__SeedDemoData"] = "false",
        };
        (string Id, string Name, string Unit, string Role)[] users =
        [
            ("officer-a", "张卫国", "城关镇信访办", "officer"), ("officer-b", "刘红梅", "东关街道办事处", "officer"),
            ("supervisor-s", "赵敏", "县信访局", "supervisor"), ("staff-x", "王强", "县发改委", "staff"),
        ];
        for (var i = 0; i < users.Length; i++)
        {
            settings[$"WebChat__Users__{i}__Id"] = users[i].Id;
            settings[$"WebChat__Users__{i}__Name"] = users[i].Name;
            settings[$"WebChat__Users__{i}__Unit"] = users[i].Unit;
            settings[$"WebChat__Users__{i}__Role"] = users[i].Role;
        }
        // A supervisor whose jurisdiction is one unit, seated in another.
        settings["WebChat__Users__4__Id"] = "supervisor-east";
        settings["WebChat__Users__4__Unit"] = "东关街道信访办";
        settings["WebChat__Users__4__Role"] = "supervisor";
        settings["WebChat__Users__4__Units__0"] = "东关街道办事处";
        return BotHostProcess.StartAsync(settings);
    }
}

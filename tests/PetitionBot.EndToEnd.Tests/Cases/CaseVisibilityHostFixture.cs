using PetitionBot.EndToEnd.Tests.Hosting;

namespace PetitionBot.EndToEnd.Tests.Cases;

/// <summary>
/// One host for the visibility tests: officers of two units, a supervisor of all, one with a jurisdiction of one
/// unit, and staff. Started once for the class rather than once per test.
/// </summary>
public sealed class CaseVisibilityHostFixture : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"petitionbot-access-{Guid.NewGuid():N}.db");

    public BotHostProcess Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string>
        {
            ["Cases__Sqlite__Path"] = _database,
            ["Cases__SeedDemoData"] = "false",
        };
        (string Id, string Unit, string Role)[] users =
        [
            ("officer-a", "城关镇信访办", "officer"), ("officer-b", "东关街道办事处", "officer"),
            ("supervisor-s", "县信访局", "supervisor"), ("staff-x", "县发改委", "staff"),
        ];
        for (var i = 0; i < users.Length; i++)
        {
            settings[$"WebChat__Users__{i}__Id"] = users[i].Id;
            settings[$"WebChat__Users__{i}__Name"] = users[i].Id;
            settings[$"WebChat__Users__{i}__Unit"] = users[i].Unit;
            settings[$"WebChat__Users__{i}__Role"] = users[i].Role;
        }
        // A supervisor whose jurisdiction is one unit.
        settings["WebChat__Users__4__Id"] = "supervisor-east";
        settings["WebChat__Users__4__Unit"] = "东关街道信访办";
        settings["WebChat__Users__4__Role"] = "supervisor";
        settings["WebChat__Users__4__Units__0"] = "东关街道办事处";
        Host = await BotHostProcess.StartAsync(settings);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
            File.Delete(file);
    }
}

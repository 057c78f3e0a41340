using PetitionBot.Cases.Deadlines;
using PetitionBot.Cases.Demo;
using PetitionBot.Cases.Store;
using static PetitionBot.Cases.Tests.TestData;

namespace PetitionBot.Cases.Tests.Demo;

public sealed class DemoCaseSeederTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("petitionbot-demo-").FullName;
    private SqliteCaseStore? _store;

    private SqliteCaseStore Store => _store!;

    public async Task InitializeAsync() =>
        _store = await SqliteCaseStore.OpenAsync(Path.Combine(_directory, "demo.db"), CaseFactory.StatusMachine, CancellationToken.None);

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Theory]
    [InlineData("2026-05-18")]
    [InlineData("2026-10-09")] // just after 国庆节, when working days are scarce
    [InlineData("2026-02-25")] // just after 春节
    public async Task Seeds_cases_in_two_units_with_yellow_and_red_among_them(string day)
    {
        var today = D(day);
        var deadlines = CaseFactory.StatusMachine.Deadlines;
        var seeded = await new DemoCaseSeeder(Store, deadlines).SeedAsync(today, CancellationToken.None);

        Assert.Equal(6, (await Store.FindAsync(new CaseQuery(), CancellationToken.None)).Count);
        var colours = seeded.Select(c => deadlines.NextDue(c, today)).ToList();
        Assert.Contains(colours, d => d is { Step: DeadlineStep.Conclude, Colour: DeadlineColour.Yellow });
        Assert.Contains(colours, d => d is { Step: DeadlineStep.TransferAcceptanceNotice, Colour: DeadlineColour.Red });
        Assert.Contains(seeded, c => c.IsCollective);
        Assert.Contains(seeded, c => c.Extension is not null);
        Assert.Equal(["东关街道办事处", "城关镇信访办"], seeded.Select(c => c.ResponsibleUnit ?? c.RegisteringUnit).Distinct().Order());
        Assert.NotEmpty(await Store.FindAsync(new CaseQuery { HandlingOfficer = DemoCaseSeeder.DefaultOfficerA.Id }, CancellationToken.None));
    }

    [Fact]
    public async Task Seeds_only_an_empty_store()
    {
        var seeder = new DemoCaseSeeder(Store, CaseFactory.StatusMachine.Deadlines);
        Assert.NotEmpty(await seeder.SeedAsync(D("2026-05-18"), CancellationToken.None));
        Assert.Empty(await seeder.SeedAsync(D("2026-05-18"), CancellationToken.None));
        Assert.Equal(6, (await Store.FindAsync(new CaseQuery(), CancellationToken.None)).Count);
    }
}

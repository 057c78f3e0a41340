using PetitionBot.Cases.Demo;
using PetitionBot.Language.DateTimes;

namespace PetitionBot.Host.Cases;

/// <summary>
/// Seeds the demo cases around today (Asia/Shanghai) into an empty embedded store at start-up, after the schema
/// migration. Registered only without a PostgreSQL connection string and unless <c>Cases:SeedDemoData</c> is false.
/// </summary>
public sealed class DemoCaseSeeding(DemoCaseSeeder seeder, TimeProvider time, ILogger<DemoCaseSeeding> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var today = ShanghaiClock.Today(time);
        var seeded = await seeder.SeedAsync(today, cancellationToken);
        if (seeded.Count > 0)
            logger.LogInformation("Seeded {Count} demo cases around {Today}", seeded.Count, today);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

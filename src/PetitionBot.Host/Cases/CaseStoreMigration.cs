using PetitionBot.Cases.Store;

namespace PetitionBot.Host.Cases;

/// <summary>Applies pending schema migrations before the host takes traffic.</summary>
public sealed class CaseStoreMigration(RelationalCaseStore store, ILogger<CaseStoreMigration> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.MigrateAsync(cancellationToken);
        logger.LogInformation("Case store schema is up to date");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using PetitionBot.EndToEnd.Tests.Hosting;

namespace PetitionBot.EndToEnd.Tests.Cases;

/// <summary>One host for the visibility tests (<see cref="UnitUsersHost"/>), started once for the class rather than once per test.</summary>
public sealed class CaseVisibilityHostFixture : IAsyncLifetime
{
    public BotHostProcess Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await UnitUsersHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

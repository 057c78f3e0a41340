using PetitionBot.Regulations.Accountability;
using PetitionBot.Regulations.Corpus;

namespace PetitionBot.Regulations.Tests.Accountability;

/// <summary>The repository's texts and accountability rules, loaded once per test class.</summary>
public sealed class LoadedAdvisor : IAsyncLifetime
{
    public RegulationCorpus Corpus { get; private set; } = null!;
    public AccountabilityRules Rules { get; private set; } = null!;
    public AccountabilityAdvisor Advisor { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Corpus = await RegulationCorpus.LoadAsync(LoadedCorpus.Folder, CancellationToken.None);
        Rules = await AccountabilityRules.LoadAsync(LoadedCorpus.Folder, CancellationToken.None);
        Advisor = new AccountabilityAdvisor(Corpus, Rules);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

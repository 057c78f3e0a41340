using PetitionBot.Chat.Regulations;
using PetitionBot.Regulations.Accountability;

namespace PetitionBot.Chat.Accountability;

/// <summary>The advisor over the loaded texts, built once the regulation library has loaded them; callers await <see cref="GetAsync"/>.</summary>
public sealed class AccountabilityAdvisorLibrary
{
    private readonly Lazy<Task<AccountabilityAdvisor>> _advisor;

    public AccountabilityAdvisorLibrary(RegulationLibrary regulations, string folder)
    {
        _advisor = new(async () =>
        {
            var assistant = await regulations.GetAsync().ConfigureAwait(false);
            return await AccountabilityAdvisor.LoadAsync(assistant.Corpus, folder, CancellationToken.None).ConfigureAwait(false);
        });
    }

    public Task<AccountabilityAdvisor> GetAsync() => _advisor.Value;
}

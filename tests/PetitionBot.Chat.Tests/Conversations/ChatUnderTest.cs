using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PetitionBot.Cases;
using PetitionBot.Cases.Reminders;
using PetitionBot.Cases.Store;
using PetitionBot.Conversation.State;
using PetitionBot.Conversation.State.Memory;
using PetitionBot.Conversation.Turns;
using PetitionBot.Testing;

namespace PetitionBot.Chat.Tests.Conversations;

/// <summary>
/// The chat layer composed as the host composes it, in this process: the dialogs and regulation texts of the
/// repository, cases in a fresh SQLite file, state in memory, no users configured (the bot is open), and a turn
/// pipeline to talk to. No HTTP and no channel.
/// </summary>
public sealed class ChatUnderTest : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "petitionbot-chat-" + Guid.NewGuid().ToString("N"));
    private ServiceProvider? _services;

    public TurnPipeline Pipeline => Services.GetRequiredService<TurnPipeline>();

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Dialogs:Folder"] = RepositoryRoot.Combine("dialogs"),
            ["Regulations:Folder"] = RepositoryRoot.Combine("regulations"),
            ["Dialogs:Places:0"] = "城关镇",
            ["Dialogs:Places:1"] = "东关街道",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IStateStorage>(sp => new MemoryStorage(new MemoryStorageOptions(), sp.GetRequiredService<TimeProvider>()));
        services.AddCaseRecords(new CaseStoreOptions { SqlitePath = Path.Combine(_folder, "cases.db") }, RepositoryRoot.Combine("regulations"));
        services.AddSingleton(new ReminderOptions());
        services.AddPetitionChat(configuration, demoUsers: false);
        services.AddSingleton(sp => new TurnPipeline(sp.GetRequiredService<IStateStorage>(), sp.GetRequiredService<IBot>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<TurnPipeline>>()));
        _services = services.BuildServiceProvider();
        await _services.GetRequiredService<RelationalCaseStore>().MigrateAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
            await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }
}

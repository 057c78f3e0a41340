using PetitionBot.Cases.Model;
using PetitionBot.Conversation.Dialogs;
using PetitionBot.Conversation.Dialogs.Fields;
using PetitionBot.Conversation.State;
using PetitionBot.Conversation.State.Memory;
using PetitionBot.Conversation.State.Redis;
using PetitionBot.Conversation.Turns;
using PetitionBot.Host.Accountability;
using PetitionBot.Host.Bot;
using PetitionBot.Host.Bot.Handlers;
using PetitionBot.Host.Delivery;
using PetitionBot.Host.Endpoints;
using PetitionBot.Host.Reminders;
using PetitionBot.Host.WebChat;
using PetitionBot.Protocol.Authentication;
using PetitionBot.Protocol.Connector;

namespace PetitionBot.Host.Configuration;

/// <summary>Wires the bot from configuration: embedded defaults, Redis when <c>Redis:Configuration</c> is set.</summary>
public static class PetitionBotServices
{
    public static IServiceCollection AddPetitionBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddEscapedConsoleLog();
        services.AddSingleton(TimeProvider.System);
        var messages = configuration.GetSection("Messages").Get<MessagesOptions>() ?? new MessagesOptions();
        services.AddSingleton(messages);
        // Loopback channels (Emulator, Agents Playground, local tests) only in development unless configured.
        services.AddSingleton(sp => messages.ServiceUrlPolicy(sp.GetService<IHostEnvironment>()?.IsDevelopment() ?? false));

        var auth = new BotAuthenticationOptions();
        configuration.Bind(auth);
        services.AddSingleton(auth);
        services.AddSingleton(UnauthenticatedCallers.From(auth, configuration, []));
        services.AddHttpClient("openid");
        services.AddSingleton(sp => new InboundRequestAuthenticator(auth, sp.GetRequiredService<IHttpClientFactory>().CreateClient("openid")));

        AddStateStorage(services, configuration);
        AddDialogs(services, configuration);
        services.AddDirectLine(configuration);
        // After AddDirectLine: this user directory (with the embedded demo's sign-ins) is the one resolved.
        services.AddUsers(configuration);
        services.AddCases(configuration);
        // After AddCases: the case schema migrates first; a configured test clock replaces the TimeProvider.
        services.AddReminders(configuration);
        // Before AddRegulations: the advisor takes "which measure applies" before the plain question handler does.
        services.AddAccountabilityAdvisor(configuration);
        services.AddRegulations(configuration);

        services.AddSingleton<MainMenu>();
        services.AddSingleton<IMainMenu>(sp => sp.GetRequiredService<MainMenu>());
        services.AddSingleton<IIntentHandler, LogVisitHandler>();
        services.AddSingleton<IIntentHandler, HelpHandler>();
        services.AddSingleton<IIntentHandler, SmalltalkHandler>();
        services.AddHostedService<RouterWarmUp>();
        services.AddSingleton<MessageRouter>();
        services.AddSingleton<IBot, PetitionAssistant>();
        services.AddSingleton(sp => new TurnPipeline(
            sp.GetRequiredService<IStateStorage>(), sp.GetRequiredService<IBot>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<TurnPipeline>>(), new TurnPipelineOptions
            {
                ReplayRepliesFor = messages.ReplayRepliesFor,
                ReplayRepliesCount = messages.ReplayRepliesCount,
                OutboxClaimFor = messages.DeliveryClaimFor,
            }));
        services.AddHttpClient("connector");
        services.AddSingleton(sp => BotTokenProviderFactory.Create(auth, sp.GetRequiredService<IHttpClientFactory>().CreateClient("token")));
        services.AddSingleton(sp => new ConnectorClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient("connector"), sp.GetRequiredService<IBotTokenProvider>(),
            timeProvider: sp.GetRequiredService<TimeProvider>(), serviceUrls: sp.GetRequiredService<ServiceUrlPolicy>()));
        services.AddSingleton<OutboxIndex>();
        services.AddSingleton<OutboxDelivery>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDelivery>());
        return services;
    }

    private static void AddStateStorage(IServiceCollection services, IConfiguration configuration)
    {
        var redis = configuration.GetSection("Redis").Get<RedisStorageOptions>();
        if (redis is { Configuration.Length: > 0 })
        {
            services.AddSingleton<IStateStorage>(_ => new RedisStorage(redis));
            return;
        }
        var memory = configuration.GetSection("MemoryState").Get<MemoryStorageOptions>() ?? new MemoryStorageOptions();
        services.AddSingleton<IStateStorage>(sp => new MemoryStorage(memory, sp.GetRequiredService<TimeProvider>()));
    }

    private static void AddDialogs(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(sp => new FieldTypeRegistry(
        [
            new TextFieldType(), new NumberFieldType(), new PeopleCountFieldType(), new DateFieldType(), new DateTimeFieldType(),
            new ChoiceFieldType(), new YesNoFieldType(), new PhoneFieldType(), new IdNumberFieldType(), new PersonNameFieldType(),
            new ListFieldType(), new PlaceFieldType(KnownPlaces(configuration, sp.GetRequiredService<WebChatOptions>())),
        ]));
        var folder = configuration["Dialogs:Folder"] ?? Path.Combine(AppContext.BaseDirectory, "dialogs");
        services.AddSingleton(sp => FormCatalog.Load(folder, sp.GetRequiredService<FieldTypeRegistry>()));
        services.AddSingleton<IFormValueMasker, FormValueMasker>();
        services.AddSingleton<FormEngine>();
    }

    /// <summary>Places a 属地 answer is checked against: Dialogs:Places, and the places the configured users' units serve.</summary>
    private static IEnumerable<string> KnownPlaces(IConfiguration configuration, WebChatOptions users) =>
        (configuration.GetSection("Dialogs:Places").Get<string[]>() ?? [])
            .Concat(users.Users.SelectMany(u => u.Units.Append(u.Unit)).Where(u => !string.IsNullOrWhiteSpace(u)).Select(UnitPlace.Of));

    public static void WarnWhenAuthenticationIsDisabled(this WebApplication app)
    {
        if (app.Services.GetRequiredService<BotAuthenticationOptions>().IsAuthenticationDisabled)
            app.Logger.LogWarning(
                "MicrosoftAppId is not set: /api/messages accepts unauthenticated requests from {UnauthenticatedCallers} (Messages:AllowUnauthenticatedFrom allows more; a reverse proxy on this machine makes every caller local unless ForwardedHeaders:KnownProxies names it). Set MicrosoftAppId and MicrosoftAppPassword before exposing the bot.",
                app.Services.GetRequiredService<UnauthenticatedCallers>().Description);
    }
}

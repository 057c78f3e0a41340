using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PetitionBot.Cases.Demo;
using PetitionBot.Cases.Model;
using PetitionBot.Chat.Accountability;
using PetitionBot.Chat.CaseActions;
using PetitionBot.Chat.CaseQueries;
using PetitionBot.Chat.Cases;
using PetitionBot.Chat.Help;
using PetitionBot.Chat.Regulations;
using PetitionBot.Chat.Reminders;
using PetitionBot.Chat.Routing;
using PetitionBot.Chat.Statistics;
using PetitionBot.Chat.Statistics.Charts;
using PetitionBot.Chat.Users;
using PetitionBot.Chat.Visits;
using PetitionBot.Conversation.Dialogs;
using PetitionBot.Conversation.Dialogs.Fields;
using PetitionBot.Conversation.Turns;
using PetitionBot.Regulations.Llm;

namespace PetitionBot.Chat;

/// <summary>
/// The bot's jobs, composed in one place: who the users are, the forms, each job's handler and the router over them.
/// The case store, deadlines and reminder tables come from the host; this adds what the chat says about them.
/// </summary>
public static class ChatServices
{
    /// <summary>The demo sign-ins' password; demo data only ever loads on the embedded store.</summary>
    public const string DemoPassword = "demo1234";

    /// <param name="demoUsers">Add the embedded demo's three users when none are configured (embedded store only).</param>
    public static IServiceCollection AddPetitionChat(this IServiceCollection services, IConfiguration configuration, bool demoUsers)
    {
        var users = AddUsers(services, configuration, demoUsers);
        AddForms(services, configuration, users);
        var regulations = configuration.GetSection("Regulations").Get<RegulationOptions>() ?? new RegulationOptions();
        AddRegulationLibrary(services, configuration, regulations);

        services.AddSingleton<MainMenu>();
        services.AddSingleton<IMainMenu>(sp => sp.GetRequiredService<MainMenu>());
        services.AddSingleton<CaseCard>();
        services.AddSingleton<CaseListReply>();
        services.AddSingleton<CaseAnswers>();
        services.AddSingleton<CaseLocator>();
        services.AddSingleton<CaseFilingPolicy>();
        services.AddSingleton<CaseActionRunner>();
        services.AddSingleton<CallerJurisdiction>();
        services.AddSingleton<AccountabilityHandler>();
        services.AddSingleton<RegulationQuestionHandler>();
        services.AddSingleton<IFormSubmitHandler, LogVisitSubmitHandler>();
        services.AddSingleton<IFormSubmitHandler, CaseActionSubmitHandler>();
        services.AddSingleton(_ => ChartFont.Find(configuration["Statistics:ChartFontFile"]));
        services.AddSingleton<StatisticsChart>();
        services.AddSingleton<StatisticsReply>();
        services.AddHostedService<ChartFontCheck>();

        // The order is the router's order of asking: the advisor takes "which measure applies" before the plain
        // regulation question handler, which also takes accountability intents.
        // Statistics are case queries of their own kind, so they are asked before the other case queries.
        services.AddSingleton<IIntentHandler, StatisticsHandler>();
        services.AddSingleton<IIntentHandler, CaseQueryHandler>();
        services.AddSingleton<IIntentHandler, CaseActionHandler>();
        services.AddSingleton<IIntentHandler, CaseFollowUpHandler>();
        services.AddSingleton<SendLogReply>();
        services.AddSingleton<IIntentHandler, ReminderChatHandler>();
        services.AddSingleton<SubscriptionNarrowing>();
        services.AddSingleton<IIntentHandler>(sp => sp.GetRequiredService<AccountabilityHandler>());
        services.AddSingleton<IIntentHandler>(sp => sp.GetRequiredService<RegulationQuestionHandler>());
        services.AddSingleton<IIntentHandler, LogVisitHandler>();
        services.AddSingleton<IIntentHandler, HelpHandler>();
        services.AddSingleton<IIntentHandler, SmalltalkHandler>();

        services.AddHostedService<RouterWarmUp>();
        services.AddSingleton<MessageRouter>();
        services.AddSingleton<IBot, PetitionAssistant>();
        return services;
    }

    private static UserOptions AddUsers(IServiceCollection services, IConfiguration configuration, bool demoUsers)
    {
        var options = configuration.GetSection("WebChat").Get<UserOptions>() ?? new UserOptions();
        var demo = DemoAccounts.None;
        if (options.Users.Count == 0 && demoUsers)
        {
            var hash = PasswordHasher.Hash(DemoPassword);
            options.Users.AddRange(DemoCaseSeeder.SignIns.Select(d => new ChatUser
            {
                Id = d.Id, Name = d.Name, Unit = d.Unit, Role = d.Role, PasswordHash = hash,
            }));
            demo = new DemoAccounts([.. DemoCaseSeeder.SignIns.Select(d => new DemoAccount(d.Id, d.Name, UserRoleNames.InChinese(d.Role), d.Unit))], DemoPassword);
        }
        services.AddSingleton(options);
        services.AddSingleton(demo);
        services.AddSingleton<UserDirectory>();
        services.AddSingleton<CaseAccess>();
        services.AddSingleton<IPersonNames, DirectoryPersonNames>();
        return options;
    }

    private static void AddForms(IServiceCollection services, IConfiguration configuration, UserOptions users)
    {
        // A 属地 answer is checked against Dialogs:Places and the places the configured users' units serve.
        var places = (configuration.GetSection("Dialogs:Places").Get<string[]>() ?? [])
            .Concat(users.Users.SelectMany(u => u.Units.Append(u.Unit)).Where(u => !string.IsNullOrWhiteSpace(u)).Select(UnitPlace.Of))
            .ToList();
        services.AddSingleton(_ => new FieldTypeRegistry(
        [
            new TextFieldType(), new NumberFieldType(), new PeopleCountFieldType(), new DateFieldType(), new DateTimeFieldType(),
            new ChoiceFieldType(), new YesNoFieldType(), new PhoneFieldType(), new IdNumberFieldType(), new PersonNameFieldType(),
            new ListFieldType(), new PlaceFieldType(places),
        ]));
        var folder = configuration["Dialogs:Folder"] ?? Path.Combine(AppContext.BaseDirectory, "dialogs");
        services.AddSingleton(sp => FormCatalog.Load(folder, sp.GetRequiredService<FieldTypeRegistry>()));
        services.AddSingleton<IFormValueMasker, FormValueMasker>();
        services.AddSingleton<FormEngine>();
    }

    /// <summary>The regulation texts with the advisor over them; an LLM only when <c>Llm:Enabled</c> is true.</summary>
    private static void AddRegulationLibrary(IServiceCollection services, IConfiguration configuration, RegulationOptions options)
    {
        var folder = options.Folder ?? Path.Combine(AppContext.BaseDirectory, "regulations");
        var llm = configuration.GetSection("Llm").Get<LlmOptions>() ?? new LlmOptions();
        services.AddSingleton(options);
        services.AddSingleton(sp => new RegulationLibrary(folder, llm, new LlmTelemetry(
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("PetitionBot.Regulations.Llm"),
            sp.GetService<IMeterFactory>()?.Create(LlmTelemetry.MeterName))));
        services.AddHostedService<RegulationLibraryWarmUp>();
        services.AddSingleton(sp => new AccountabilityAdvisorLibrary(sp.GetRequiredService<RegulationLibrary>(), folder));
    }
}

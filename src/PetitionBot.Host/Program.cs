using PetitionBot.Channels;
using PetitionBot.Channels.Callers;
using PetitionBot.Host.Admin;
using PetitionBot.Host.Endpoints;
using PetitionBot.Host.Hosting;
using PetitionBot.Host.Configuration;
using PetitionBot.Host.Regulations;
using PetitionBot.Host.Telemetry;
using PetitionBot.Chat.Users;

// `hash-password` prints a hash for WebChat:Users:n:PasswordHash and exits; nothing else starts.
if (PasswordHashCommand.TryRun(args, Console.In, Console.Out)) return;

var builder = WebApplication.CreateBuilder(args);
// A missing or contradictory setting stops the start with one line naming the key, not a stack trace.
if (StartupConfiguration.Problems(builder.Configuration) is { Count: > 0 } problems)
{
    foreach (var problem in problems) Console.Error.WriteLine("Configuration error: " + problem);
    Environment.ExitCode = 1;
    return;
}
builder.WebHost.UseUrls(builder.Configuration["Urls"] ?? "http://localhost:3978");
// The process's one Redis connection (null without Redis:Configuration), closed once the host and all its users have stopped.
await using var redis = PetitionBotServices.SharedRedisFrom(builder.Configuration);
builder.Services.AddPetitionBot(builder.Configuration, redis);

var app = builder.Build();
app.UseForwardedClientAddress();
app.AnnounceAddressesWhenStarted();
app.UseSecurityHeaders();
MetricsEndpoint.Map(app);
app.MapChannels();
HealthEndpoints.Map(app);
RegulationPageEndpoint.Map(app);
DeliveryLogEndpoint.Map(app, AdminOptions.From(app.Configuration));
await app.RunAsync();

/// <summary>Entry point type, visible to end-to-end tests.</summary>
public partial class Program;

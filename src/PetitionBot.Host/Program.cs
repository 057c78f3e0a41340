using PetitionBot.Host.Configuration;
using PetitionBot.Host.Endpoints;
using PetitionBot.Host.Regulations;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseUrls(builder.Configuration["Urls"] ?? "http://localhost:3978");
builder.Services.AddPetitionBot(builder.Configuration);

var app = builder.Build();
app.WarnWhenAuthenticationIsDisabled();
MessagesEndpoint.Map(app);
HealthEndpoints.Map(app);
RegulationPageEndpoint.Map(app);
app.MapGet("/", () => Results.Content(
    "<!doctype html><meta charset=utf-8><title>信访工作助手</title><p>信访工作助手正在运行。机器人接口：POST /api/messages</p>", "text/html; charset=utf-8"));
app.Run();

/// <summary>Entry point type, visible to end-to-end tests.</summary>
public partial class Program;

using Microsoft.Extensions.FileProviders;

namespace PetitionBot.Channels.WebChat;

/// <summary>Serves the chat page at "/" and its assets (our page script and style, Web Chat's bundle under /lib).</summary>
public static class WebChatPage
{
    public static void Map(WebApplication app)
    {
        var root = FindAssets(app.Environment);
        if (!File.Exists(Path.Combine(root, "lib", "webchat.js")))
            app.Logger.LogWarning("Web Chat's webchat.js is missing under {Folder}; the build fetches it with npm (see WebChat.targets).", root);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(root),
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        });
        var index = Path.Combine(root, "index.html");
        app.MapGet("/", () => File.Exists(index)
            ? Results.File(index, "text/html; charset=utf-8")
            : Results.Problem("聊天页面文件缺失（index.html not found）。", statusCode: StatusCodes.Status500InternalServerError));
    }

    /// <summary>The build output's copy first (tests, deployments), then the project's wwwroot (dotnet run).</summary>
    private static string FindAssets(IWebHostEnvironment environment)
    {
        string?[] candidates = [Path.Combine(AppContext.BaseDirectory, "wwwroot"), environment.WebRootPath];
        return candidates.FirstOrDefault(c => c is not null && File.Exists(Path.Combine(c, "index.html")))
            ?? Path.Combine(AppContext.BaseDirectory, "wwwroot");
    }
}

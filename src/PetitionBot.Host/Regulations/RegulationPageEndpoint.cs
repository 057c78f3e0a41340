using PetitionBot.Chat.Regulations;
namespace PetitionBot.Host.Regulations;

/// <summary>GET /regulations/{docId}: the document with an anchor per clause, where citations link to; GET /regulations:
/// the list of loaded documents.</summary>
public static class RegulationPageEndpoint
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/regulations", async (RegulationLibrary library) =>
            Results.Content((await library.GetAsync()).RenderIndex(), "text/html; charset=utf-8"));
        app.MapGet("/regulations/{docId}", async (string docId, RegulationLibrary library) =>
        {
            var assistant = await library.GetAsync();
            return assistant.RenderPage(docId) is { } html
                ? Results.Content(html, "text/html; charset=utf-8")
                : Results.Content(
                    $"<!doctype html><meta charset=utf-8><title>未找到</title><p>没有编号为“{System.Net.WebUtility.HtmlEncode(docId)}”的文件。</p><p><a href=\"../regulations\">已加载的文件</a></p>",
                    "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        });
    }
}

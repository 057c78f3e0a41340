using Microsoft.AspNetCore.Http;

namespace PetitionBot.DirectLine.Http;

/// <summary>CORS for pages on other origins: the headers DirectLineJS sends must be allowed, preflight answered.</summary>
public sealed class DirectLineCors(DirectLineOptions options)
{
    private const string AllowedHeaders = "Authorization, Content-Type, Accept, x-ms-bot-agent, x-requested-with";

    public void Apply(HttpContext http)
    {
        var origin = http.Request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(origin))
            return;
        var headers = http.Response.Headers;
        if (options.AllowedOrigins.Contains("*"))
            headers.AccessControlAllowOrigin = "*";
        else if (options.AllowedOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase))
        {
            headers.AccessControlAllowOrigin = origin;
            headers.Vary = "Origin";
        }
        else
            return;
        headers.AccessControlAllowHeaders = AllowedHeaders;
        headers.AccessControlAllowMethods = "GET, POST, OPTIONS";
        headers.AccessControlExposeHeaders = "Retry-After";
        headers.AccessControlMaxAge = "600";
    }
}

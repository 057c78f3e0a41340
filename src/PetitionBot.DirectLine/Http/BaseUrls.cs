using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace PetitionBot.DirectLine.Http;

/// <summary>The host's own URLs: serviceUrl for activities and streamUrl for the WebSocket.</summary>
public static class BaseUrls
{
    public static string Service(HttpRequest request, DirectLineOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.PublicBaseUrl))
            return options.PublicBaseUrl.EndsWith('/') ? options.PublicBaseUrl : options.PublicBaseUrl + "/";
        return $"{request.Scheme}://{request.Host}{request.PathBase}/";
    }

    public static string Stream(HttpRequest request, DirectLineOptions options, string conversationId, string token, long? watermark)
    {
        var service = Service(request, options);
        var socketBase = service.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? "wss://" + service[8..]
            : service.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? "ws://" + service[7..]
            : service;
        var url = $"{socketBase}v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(token)}";
        return watermark is { } w ? url + "&watermark=" + w.ToString(CultureInfo.InvariantCulture) : url;
    }
}

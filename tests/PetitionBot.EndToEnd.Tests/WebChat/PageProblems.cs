using Microsoft.Playwright;

namespace PetitionBot.EndToEnd.Tests.WebChat;

/// <summary>What a person would see in the browser's console: errors, uncaught exceptions, and failed (4xx/5xx) requests.</summary>
public sealed class PageProblems
{
    private readonly List<string> _seen = [];

    public PageProblems(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error") Add($"console error: {message.Text}");
        };
        page.PageError += (_, error) => Add($"uncaught: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400) Add($"{response.Status} {response.Request.Method} {response.Url}");
        };
    }

    public IReadOnlyList<string> Seen
    {
        get { lock (_seen) return _seen.ToList(); }
    }

    private void Add(string problem)
    {
        lock (_seen) _seen.Add(problem);
    }
}

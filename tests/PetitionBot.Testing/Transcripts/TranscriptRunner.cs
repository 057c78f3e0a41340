using System.Text.RegularExpressions;
using PetitionBot.Protocol.Schema;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PetitionBot.Testing.Transcripts;

/// <summary>
/// Plays a transcript against the bot and fails with the whole exchange so far when a reply differs. The transcripts
/// live beside the chat layer's tests; the same files are played in process and over HTTP.
/// </summary>
public static partial class TranscriptRunner
{
    private static readonly string Folder = RepositoryRoot.Combine("tests", "PetitionBot.Chat.Tests", "Transcripts");

    public static Transcript Load(string name)
    {
        var path = Path.Combine(Folder, name + ".yaml");
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        return deserializer.Deserialize<Transcript>(File.ReadAllText(path));
    }

    public static IEnumerable<object[]> All() =>
        Directory.EnumerateFiles(Folder, "*.yaml")
            .Select(Path.GetFileNameWithoutExtension).Order().Select(name => new object[] { name! });

    public static async Task RunAsync(Transcript transcript, IChatConversation conversation, CancellationToken ct = default)
    {
        conversation.LocalTime = transcript.LocalTime;
        var log = new List<string>();
        IReadOnlyList<Activity> previous = [];
        foreach (var (step, index) in transcript.Steps.Select((s, i) => (s, i + 1)))
        {
            var said = step.Tap is { } tap ? TapValue(previous, tap, $"{transcript.Name} step {index}") : step.User ?? "";
            var replies = step.Join ? await conversation.JoinAsync(ct) : await conversation.SayAsync(said, ct);
            previous = replies;
            log.Add(step.Join ? "[join]" : step.Tap is not null ? $"用户：[点 {said}]" : $"用户：{step.User}");
            log.AddRange(replies.Select(r => $"机器人：{r.Text} {Buttons(r)}{(HasPng(r) ? " [图片]" : "")}"));
            var where = $"{transcript.Name} step {index}:\n{string.Join("\n", log)}";
            Assert.True(step.Expect.Count == replies.Count, $"expected {step.Expect.Count} replies, got {replies.Count}. {where}");
            if (step.Tap is not null)
                Assert.True(replies.Count > 0 && (replies[0].Text ?? "").Contains(said), $"the tap did not open {said}. {where}");
            foreach (var (expected, reply) in step.Expect.Zip(replies))
            {
                var text = reply.Text ?? "";
                foreach (var piece in expected.Contains)
                    Assert.True(text.Contains(piece), $"reply lacks “{piece}”. {where}");
                foreach (var piece in expected.NotContains)
                    Assert.False(text.Contains(piece), $"reply should not contain “{piece}”. {where}");
                if (expected.Matches is not null)
                    Assert.True(Regex.IsMatch(text, expected.Matches), $"reply does not match /{expected.Matches}/. {where}");
                var offered = reply.SuggestedActions?.Actions.Select(a => a.Title).ToHashSet() ?? [];
                foreach (var button in expected.Buttons)
                    Assert.True(offered.Contains(button), $"button [{button}] not offered. {where}");
                if (expected.Image)
                    Assert.True(HasPng(reply), $"the reply has no PNG image attachment. {where}");
                if (expected.CaseButtons)
                {
                    var numbers = CaseNumber().Matches(text).Select(m => m.Value).ToList();
                    Assert.True(numbers.Count > 0, $"no case number in the reply. {where}");
                    Assert.True(numbers.SequenceEqual(CardButtons(reply).Select(b => b.Value)), $"the case numbers are not the card's buttons. {where}");
                }
            }
        }
    }

    private static string Buttons(Activity reply) =>
        string.Concat(reply.SuggestedActions?.Actions.Select(a => $"[{a.Title}]") ?? [])
        + string.Concat(CardButtons(reply).Select(b => $"<{b.Title}>"));

    /// <summary>The imBack buttons of the reply's hero cards: what a tap shows and what it sends.</summary>
    private static IEnumerable<(string Title, string Value)> CardButtons(Activity reply) =>
        (reply.Attachments ?? []).Where(a => a.ContentType == HeroCard.ContentType)
            .SelectMany(a => a.Content?["buttons"]?.AsArray() ?? [])
            .Select(b => ((string?)b?["title"] ?? "", (string?)b?["value"] ?? ""));

    private static bool HasPng(Activity reply)
    {
        const string prefix = "data:image/png;base64,";
        var image = (reply.Attachments ?? []).FirstOrDefault(a => a.ContentType == "image/png");
        if (image?.ContentUrl is not { } url || !url.StartsWith(prefix, StringComparison.Ordinal))
            return false;
        var bytes = Convert.FromBase64String(url[prefix.Length..]);
        // The PNG signature: \x89 P N G \r \n \x1a \n.
        return bytes.Length > 8 && bytes.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
    }

    private static string TapValue(IReadOnlyList<Activity> replies, int n, string where)
    {
        var buttons = replies.Select(r => CardButtons(r).ToList()).LastOrDefault(b => b.Count > 0) ?? [];
        Assert.True(n >= 1 && n <= buttons.Count, $"{where}: no card button {n} to tap (the last replies have {buttons.Count}).");
        return buttons[n - 1].Value;
    }

    [GeneratedRegex(@"XF-\d{4}-\d{6}")]
    private static partial Regex CaseNumber();
}

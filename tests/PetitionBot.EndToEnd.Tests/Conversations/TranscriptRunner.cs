using System.Text.RegularExpressions;
using PetitionBot.Testing;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PetitionBot.EndToEnd.Tests.Conversations;

/// <summary>Plays a transcript against the bot and fails with the whole exchange so far when a reply differs.</summary>
public static class TranscriptRunner
{
    public static Transcript Load(string name)
    {
        var path = RepositoryRoot.Combine("tests", "PetitionBot.EndToEnd.Tests", "Transcripts", name + ".yaml");
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        return deserializer.Deserialize<Transcript>(File.ReadAllText(path));
    }

    public static IEnumerable<object[]> All() =>
        Directory.EnumerateFiles(RepositoryRoot.Combine("tests", "PetitionBot.EndToEnd.Tests", "Transcripts"), "*.yaml")
            .Select(Path.GetFileNameWithoutExtension).Order().Select(name => new object[] { name! });

    public static async Task RunAsync(Transcript transcript, BotConversation conversation, CancellationToken ct = default)
    {
        conversation.LocalTime = transcript.LocalTime;
        var log = new List<string>();
        foreach (var (step, index) in transcript.Steps.Select((s, i) => (s, i + 1)))
        {
            var replies = step.Join ? await conversation.JoinAsync(ct) : await conversation.SayAsync(step.User ?? "", ct);
            log.Add(step.Join ? "[join]" : $"用户：{step.User}");
            log.AddRange(replies.Select(r => $"机器人：{r.Text} {Buttons(r)}"));
            var where = $"{transcript.Name} step {index}:\n{string.Join("\n", log)}";
            Assert.True(step.Expect.Count == replies.Count, $"expected {step.Expect.Count} replies, got {replies.Count}. {where}");
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
            }
        }
    }

    private static string Buttons(PetitionBot.Protocol.Schema.Activity reply) =>
        string.Concat(reply.SuggestedActions?.Actions.Select(a => $"[{a.Title}]") ?? []);
}

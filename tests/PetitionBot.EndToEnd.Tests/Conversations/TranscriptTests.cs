using PetitionBot.EndToEnd.Tests.Hosting;
using PetitionBot.Testing.Transcripts;

namespace PetitionBot.EndToEnd.Tests.Conversations;

/// <summary>Every transcript in Transcripts/ played over HTTP against the bot with Redis state.</summary>
[Collection(RedisBotHostCollection.Name)]
public sealed class TranscriptTests(RedisBotHostFixture fixture)
{
    public static IEnumerable<object[]> Transcripts() => TranscriptRunner.All();

    [Theory]
    [MemberData(nameof(Transcripts))]
    public async Task Transcript_plays_as_written(string name)
    {
        var transcript = TranscriptRunner.Load(name);
        var conversation = new BotConversation(fixture.Host.Client, $"{name}-{Guid.NewGuid():N}");
        try
        {
            await TranscriptRunner.RunAsync(transcript, conversation);
        }
        catch (Exception) when (Dump(fixture.Host))
        {
            throw;
        }
    }

    private static bool Dump(BotHostProcess host)
    {
        Console.WriteLine(host.Output);
        return false;
    }
}

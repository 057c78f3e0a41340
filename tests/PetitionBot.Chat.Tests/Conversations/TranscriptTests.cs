using PetitionBot.Testing.Transcripts;

namespace PetitionBot.Chat.Tests.Conversations;

/// <summary>Every transcript played in process against the chat layer (the end-to-end suite plays them again over HTTP).</summary>
public sealed class TranscriptTests(ChatUnderTest chat) : IClassFixture<ChatUnderTest>
{
    public static IEnumerable<object[]> Transcripts() => TranscriptRunner.All();

    [Theory]
    [MemberData(nameof(Transcripts))]
    public async Task Transcript_plays_as_written(string name) =>
        await TranscriptRunner.RunAsync(TranscriptRunner.Load(name), new InProcessConversation(chat.Pipeline, $"{name}-{Guid.NewGuid():N}"));
}

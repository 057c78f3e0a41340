using PetitionBot.EndToEnd.Tests.Hosting;
using PetitionBot.Testing.Transcripts;

namespace PetitionBot.EndToEnd.Tests.Conversations;

/// <summary>The case transcripts (filing, lifecycle steps with their deadlines, queries) again with cases in PostgreSQL.</summary>
public sealed class PostgresTranscriptTests(PostgresBotHostFixture fixture) : IClassFixture<PostgresBotHostFixture>
{
    public static IEnumerable<object[]> CaseTranscripts() =>
        TranscriptRunner.All().Where(t => t[0] is string name && (name.StartsWith("case-") || name.StartsWith("log-visit-")));

    [Theory]
    [MemberData(nameof(CaseTranscripts))]
    public async Task Transcript_plays_as_written_with_postgres(string name)
    {
        var transcript = TranscriptRunner.Load(name);
        await TranscriptRunner.RunAsync(transcript, new BotConversation(fixture.Host.Client, $"{name}-pg-{Guid.NewGuid():N}"));
    }
}

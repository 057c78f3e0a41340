using PetitionBot.Regulations.Answers;

namespace PetitionBot.Regulations.Tests.Answers;

public class CitationMarkersTests
{
    private static Citation C(int position) => new()
    {
        Position = position, ClauseId = $"d#{position}", DocumentTitle = "T", DocumentShortName = "t",
        ClauseLabel = $"第{position}条", Quote = "q", Excerpt = "q", Url = $"/regulations/d#{position}",
    };

    [Fact]
    public void DropsUnusedCitationsAndUnknownMarkersAndRenumbers()
    {
        var (text, citations) = CitationMarkers.Reconcile("甲[3]，乙[7]，丙[1]。", [C(1), C(2), C(3)]);
        Assert.Equal("甲[1]，乙，丙[2]。", text);
        Assert.Equal(["d#3", "d#1"], citations.Select(c => c.ClauseId));
        Assert.Equal([1, 2], citations.Select(c => c.Position));
    }
}

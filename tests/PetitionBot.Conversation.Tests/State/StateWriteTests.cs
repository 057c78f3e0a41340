using System.Text;
using PetitionBot.Conversation.State;

namespace PetitionBot.Conversation.Tests.State;

public class StateWriteTests
{
    private static readonly byte[] Document = Encoding.UTF8.GetBytes("""{"a":1}""");

    [Theory]
    [InlineData(null, StateWriteCondition.Always, null)]
    [InlineData("*", StateWriteCondition.Always, null)]
    [InlineData("17", StateWriteCondition.IfMatch, "17")]
    public void Bot_framework_etag_rules_map_to_conditions(string? etag, StateWriteCondition condition, string? expected)
    {
        var write = new StateWrite(Document, etag);

        Assert.Equal(condition, write.Condition);
        Assert.Equal(expected, write.ExpectedETag);
    }

    [Fact]
    public void An_empty_etag_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new StateWrite(Document, ""));
        Assert.Throws<ArgumentException>(() => StateWrite.IfMatch(Document, ""));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"a\":1}{\"b\":2}")]
    [InlineData("not json")]
    public void Anything_but_one_json_document_is_rejected(string text)
    {
        Assert.Throws<ArgumentException>(() => StateWrite.Always(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Replacing_what_was_read_matches_its_etag_and_replacing_nothing_requires_absence()
    {
        var read = new StateItem(Document, "e1");

        var update = StateWrite.Replacing(read, Document);
        var create = StateWrite.Replacing(null, Document);

        Assert.Equal((StateWriteCondition.IfMatch, "e1"), (update.Condition, update.ExpectedETag));
        Assert.Equal((StateWriteCondition.IfAbsent, (string?)null), (create.Condition, create.ExpectedETag));
    }
}

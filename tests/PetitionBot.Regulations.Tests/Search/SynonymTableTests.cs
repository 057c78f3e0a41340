using PetitionBot.Regulations.Search;

namespace PetitionBot.Regulations.Tests.Search;

public class SynonymTableTests
{
    [Fact]
    public void FoldsLongestVariantFirstInOnePass()
    {
        var table = new SynonymTable([["追责", "责任追究", "追究责任", "追究"], ["信访人", "信访群众"]]);
        Assert.Equal("应当追责", table.Normalize("应当追究责任"));
        Assert.Equal("信访工作追责办法", table.Normalize("信访工作责任追究办法"));
        Assert.Equal("对待信访人态度", table.Normalize("对待信访群众态度"));
    }

    [Fact]
    public void AGroupLedByAnEmptyWordDropsItsWords() =>
        Assert.Equal("所称党政机关", new SynonymTable([["", "的"]]).Normalize("所称的党政机关"));

    [Fact]
    public void TheShippedTableLoads() =>
        Assert.Equal("集体访", SynonymTable.Default.Normalize("集体上访"));
}

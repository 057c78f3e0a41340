using PetitionBot.Regulations.Llm;
using PetitionBot.Regulations.Tests.Llm;

namespace PetitionBot.Regulations.Tests;

public class RegulationAssistantTests(LoadedCorpus loaded) : IClassFixture<LoadedCorpus>
{
    [Fact]
    public async Task AnswersExtractivelyWithoutAModel()
    {
        var assistant = new RegulationAssistant(loaded.Corpus);
        var answer = await assistant.AnswerAsync("江苏市级党政领导每月接待群众来访不少于几次？", null, CancellationToken.None);
        Assert.False(answer.IsAiGenerated);
        Assert.Contains("不少于1次", answer.DirectAnswer);
        Assert.Equal("jiangsu-2003#6", answer.Citations[0].ClauseId);
    }

    [Fact]
    public async Task UsesTheModelWhenConfigured()
    {
        await using var server = new ScriptedChatServer();
        server.Reply("江苏要求市级党政领导每月接待群众来访不少于1次[1]。");
        var assistant = new RegulationAssistant(loaded.Corpus, new LlmOptions { Enabled = true, Endpoint = server.BaseUrl, Model = "m" });
        var answer = await assistant.AnswerAsync("江苏市级党政领导每月接待群众来访不少于几次？", null, CancellationToken.None);
        Assert.True(answer.IsAiGenerated);
        Assert.StartsWith("江苏要求市级党政领导", answer.Text);
    }

    [Fact]
    public async Task LoadsFromAFolderAndListsAndRendersDocuments()
    {
        var assistant = await RegulationAssistant.LoadAsync(LoadedCorpus.Folder, null, CancellationToken.None);
        var list = assistant.DescribeDocuments();
        Assert.StartsWith("已加载5份文件：", list);
        Assert.Contains("2. 上海细则：《上海市信访工作责任制实施细则》（中共上海市委办公厅 上海市人民政府办公厅，沪委办〔2017〕68号，2017年12月15日起施行）", list);
        Assert.Contains("id=\"4.12\"", assistant.RenderPage("hunan-2016"));
        Assert.Null(assistant.RenderPage("no-such-document"));
    }
}

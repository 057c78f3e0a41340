using System.Text;
using PetitionBot.Regulations.Corpus;

namespace PetitionBot.Regulations.Answers;

/// <summary>The reply to "规定列表": which documents are loaded, with issuer and date.</summary>
public static class DocumentList
{
    public static string Render(RegulationCorpus corpus)
    {
        var text = new StringBuilder($"已加载{corpus.Documents.Count}份文件：");
        var n = 0;
        foreach (var d in corpus.Documents)
        {
            text.Append('\n').Append(++n).Append(". ").Append(d.ShortName).Append("：《").Append(d.Title).Append('》');
            var facts = new List<string>();
            if (d.Issuer is { } issuer) facts.Add(issuer);
            if (d.DocumentNumber is { } number) facts.Add(number);
            if (d.Effective is { } date) facts.Add($"{date.Year}年{date.Month}月{date.Day}日起施行");
            if (facts.Count > 0) text.Append('（').Append(string.Join("，", facts)).Append('）');
        }
        return text.ToString();
    }
}

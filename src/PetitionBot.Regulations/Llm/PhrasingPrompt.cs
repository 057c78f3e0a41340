using System.Text;
using PetitionBot.Regulations.Answers;
using PetitionBot.Regulations.Corpus;

namespace PetitionBot.Regulations.Llm;

/// <summary>The instructions and material given to the model: the question and the retrieved clauses, nothing else.</summary>
public static class PhrasingPrompt
{
    public const string System =
        "你是信访工作规定的查询助手。只能依据下面给出的条文回答，不得使用条文以外的知识，不得编造条款编号。" +
        "用简体中文，先直接回答，再说明依据；适合手机阅读，不超过150字。" +
        "每句依据条文的话后面用[编号]标注来源，编号只能是给出的条文编号。" +
        "如果引用原文，必须一字不差并放在“”中。条文不能回答时，只说“所给条文中没有相关规定”。";

    public static string User(string question, IReadOnlyList<Citation> citations, RegulationCorpus corpus)
    {
        var text = new StringBuilder("问题：").Append(question.Trim()).Append("\n\n条文：\n");
        foreach (var c in citations.OrderBy(c => c.Position))
        {
            var clause = corpus.FindClause(c.ClauseId);
            var parent = clause?.ParentId is { } id ? corpus.FindClause(id) : null;
            text.Append($"[{c.Position}]{c.Label}");
            if (parent?.Lead is { } lead) text.Append($"（{parent.Label}：{lead}）");
            text.Append('：').Append(clause?.Text ?? c.Quote).Append('\n');
        }
        return text.ToString();
    }
}

using PetitionBot.Language.Text;

namespace PetitionBot.Language.Filling;

/// <summary>Short yes/no answers: 对/是的/好/确认 …, 不对/不是/否/没有 ….</summary>
public static class YesNoRecognizer
{
    private static readonly string[] No = ["不对", "不是", "不要", "不需要", "不用", "不同意", "不行", "不确认", "没有", "错了", "否", "不", "无", "错", "no", "n"];
    private static readonly string[] Yes = ["是的", "是", "对的", "对", "好的", "好", "确认", "没错", "可以", "行", "嗯", "需要", "要", "有", "同意", "正确", "ok", "yes", "y"];

    /// <summary>Reads an answer that starts with yes or no ("对，就是这个" → true). Null if it does neither.</summary>
    public static Recognition<bool>? Recognize(string text)
    {
        var folded = TextNormalizer.Fold(text);
        var start = 0;
        while (start < folded.Length && (char.IsWhiteSpace(folded[start]) || char.IsPunctuation(folded[start])))
        {
            start++;
        }
        var rest = folded[start..].ToLowerInvariant();
        // No before yes: "不是" must not read as "是".
        foreach (var (words, value) in new[] { (No, false), (Yes, true) })
        {
            foreach (var word in words)
            {
                if (rest.StartsWith(word, StringComparison.Ordinal) && EndsWord(rest, word.Length))
                {
                    var confidence = rest.Length - word.Length <= 2 ? 1.0 : 0.7;
                    return new Recognition<bool>(TextSpan.Of(text, start, start + word.Length), value, Confidence: confidence);
                }
            }
        }
        return null;
    }

    // "有" starts "有人来访"; an ASCII "n" starts "no thanks". Accept a word only at a clause end.
    private static bool EndsWord(string rest, int length) =>
        length >= rest.Length || !char.IsAsciiLetter(rest[length]) && (rest.Length - length <= 2 || char.IsPunctuation(rest[length]) || char.IsWhiteSpace(rest[length]) || rest[length] is '的' or '了' or '啊' or '吧');
}

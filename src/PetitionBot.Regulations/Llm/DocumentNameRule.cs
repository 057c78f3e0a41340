using System.Text.RegularExpressions;
using PetitionBot.Regulations.Corpus;

namespace PetitionBot.Regulations.Llm;

/// <summary>
/// Every document the sentence names is the cited clause's own or named in it: a title in 《…》, the full title
/// or short name of any loaded document (湖南办法, 上海细则 …), and 本办法/该细则, whose kind must be the cited one's.
/// </summary>
public sealed partial class DocumentNameRule(RegulationCorpus corpus, GuardVocabulary vocabulary) : IGuardRule
{
    private readonly Regex _selfReference = new($"(?:本|该|此)(?<kind>{string.Join("|", vocabulary.DocumentKinds.Select(Regex.Escape))})", RegexOptions.CultureInvariant);

    public string Name => "document";

    public string? Violation(AnswerSentence sentence, CitedSource source)
    {
        var text = NormalForm.Of(sentence.Text, vocabulary);
        foreach (Match m in Bracketed().Matches(sentence.Text))
        {
            var name = NormalForm.Of(m.Groups[1].Value, vocabulary);
            if (!source.Normal.Contains(name, StringComparison.Ordinal)) return $"《{m.Groups[1].Value}》";
        }
        foreach (var document in corpus.Documents)
        {
            foreach (var name in new[] { document.Title, document.ShortName })
            {
                var normal = NormalForm.Of(name, vocabulary);
                if (text.Contains(normal, StringComparison.Ordinal) && !source.Documents.Contains(document) && !source.Normal.Contains(normal, StringComparison.Ordinal))
                    return name;
            }
        }
        foreach (Match m in _selfReference.Matches(text))
        {
            var kind = m.Groups["kind"].Value;
            if (!source.Documents.Any(d => d.Title.EndsWith(kind, StringComparison.Ordinal)) && !source.Normal.Contains(m.Value, StringComparison.Ordinal))
                return m.Value;
        }
        return null;
    }

    [GeneratedRegex("《([^》]{1,60})》")]
    private static partial Regex Bracketed();
}

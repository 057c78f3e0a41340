using PetitionBot.Language.Display;
using PetitionBot.Language.Identity;
using PetitionBot.Language.Intents;
using PetitionBot.Language.Tests.Evaluation;
using PetitionBot.Language.Text;

namespace PetitionBot.Language.Tests.Intents;

/// <summary>The entity extractor skips recognizers by the characters a text holds: a recognizer it skips finds nothing there.</summary>
public sealed class EntityGateTests
{
    private const string Alphabet = "0123456789٠١٢٣٤٥６７ XxFfABCDKQ-_ ()+第条十一二三省规苏浙来访电话";

    private static IEnumerable<string> Texts()
    {
        string[] categories = ["id", "phone", "intent", "sentence", "number"];
        foreach (var item in categories.SelectMany(LabelledItem.Load))
        {
            yield return item.Text;
            // The same with digits of another script, which \d matches too: no 0–9 left.
            yield return new string(item.Text.Select(c => char.IsAsciiDigit(c) ? (char)('٠' + (c - '0')) : c).ToArray());
        }
        var random = new Random(20261122);
        for (var i = 0; i < 20000; i++)
        {
            yield return new string(Enumerable.Range(0, random.Next(6, 24)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
        }
    }

    [Fact]
    public void A_recognizer_skipped_for_a_text_finds_nothing_in_it()
    {
        var today = new DateOnly(2026, 3, 18);
        var found = new Dictionary<EntityKind, int>();
        foreach (var text in Texts())
        {
            var folded = TextNormalizer.Fold(text);
            var classes = CharacterClasses.Of(folded);
            Check(EntityKind.CaseNumber, CaseNumberRecognizer.Recognize(text).Count);
            Check(EntityKind.IdNumber, IdNumberRecognizer.Recognize(text, today).Count);
            Check(EntityKind.Phone, PhoneNumberRecognizer.Recognize(text).Count);
            Check(EntityKind.QueryCode, QueryCodeRecognizer.Recognize(text).Count);
            Check(EntityKind.Article, ArticleNumber.Recognize(text).Count);

            void Check(EntityKind kind, int count)
            {
                Assert.True(EntityExtractor.MayHold(kind, folded, classes) || count == 0, $"{kind} found in \"{text}\" but would be skipped");
                found[kind] = found.GetValueOrDefault(kind) + count;
            }
        }
        // The texts do exercise every recognizer.
        Assert.All(found, kv => Assert.True(kv.Value > 0, kv.Key.ToString()));
    }
}
